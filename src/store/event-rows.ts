import type { Insertable } from 'kysely';
import type { CodedEvent, EventParty, EventSource } from '../core/document.js';
import type { EventActorsTable, PartyRole } from './event-actors.table.js';
import type { EventDyadsTable } from './event-dyads.table.js';
import type { EventsTable } from './events.table.js';
import { monthOf, sortDate, weekOf } from './periods.js';
import { quadClass } from './plover.js';
import { searchTextOf } from './search-text.js';

/** The CodedEvent arrays that become `event_actors` rows, in the order they are stored. */
export const PARTY_ROLES: readonly PartyRole[] = ['actor', 'recipient', 'third_party'];

/**
 * The `events` row for a CodedEvent. `record` keeps the whole event; the other columns are copies
 * for filtering and sorting, so a query never has to parse JSON in SQL (which differs per dialect).
 */
export function toEventRow(event: CodedEvent, docId: string, runId: string): Insertable<EventsTable> {
  const { sentence, trigger } = event.evidence;
  return {
    id: event.id,
    doc_id: docId,
    run_id: runId,
    event: event.event,
    mode: event.mode,
    context: JSON.stringify(event.context),
    date: event.date,
    date_precision: event.date_precision,
    background: event.background ? 1 : 0,
    modality: event.modality,
    confidence: event.confidence,
    cameo: event.cameo,
    event_loc: event.event_loc === null ? null : JSON.stringify(event.event_loc),
    lat: event.event_loc?.lat ?? null,
    lon: event.event_loc?.lon ?? null,
    evidence_start: sentence.start,
    evidence_end: sentence.end,
    evidence_text: sentence.text,
    trigger_start: trigger.start,
    trigger_end: trigger.end,
    trigger_text: trigger.text,
    size: JSON.stringify(event.size),
    // A running total ("the war has killed 500,000 since 2011") stays in `size`, never in the summed column.
    dead: event.size.dead && !event.size.dead.cumulative ? event.size.dead.value : null,
    origin: JSON.stringify(event.origin),
    why: JSON.stringify(event.why),
    record: JSON.stringify(withoutSource(event)),
    quad: quadClass(event.event),
    week: weekOf(event.date),
    month: monthOf(event.date),
    date_sort: sortDate(event.date),
    country_code: event.event_loc?.country_code ?? null,
    search_text: searchTextOf(event),
  };
}

/** The event's page order after its document (`events.date_sort`, `evidence_start`, `trigger_start`), copied to its parties and pairs. */
function pageOrder(event: CodedEvent): { date_sort: string; evidence_start: number; trigger_start: number } {
  return { date_sort: sortDate(event.date), evidence_start: event.evidence.sentence.start, trigger_start: event.evidence.trigger.start };
}

/**
 * Distinct codes of the actors and recipients (third parties are mediators, not sides), sorted.
 * "At least 286 people were killed on both sides" coded actor [AZE, ARM] gives `['ARM', 'AZE']`.
 */
export function sideCodes(event: CodedEvent): string[] {
  const codes = new Set<string>();
  for (const party of [...event.actor, ...event.recipient]) if (party.code !== null) codes.add(party.code);
  return [...codes].sort();
}

/** Every unordered pair of distinct side codes, `code_a < code_b` (none for a one-sided event). */
export function dyadsOf(codes: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) pairs.push([codes[i]!, codes[j]!]);
  return pairs;
}

/** One `event_dyads` row per country pair of the event. */
export function toDyadRows(event: CodedEvent, docId: string): Insertable<EventDyadsTable>[] {
  const quad = quadClass(event.event);
  const order = pageOrder(event);
  return dyadsOf(sideCodes(event)).map(([code_a, code_b]) => ({ doc_id: docId, event_id: event.id, code_a, code_b, quad, ...order }));
}

/**
 * What identifies "the same event" in two codings of one document, since ids (`doc:3`) shift when
 * an earlier event is added or dropped: type, mode, sides, date and the trigger's offset.
 * `RETREAT|release|AZE>ARM|2022-10-04|@17`.
 */
export function eventFingerprint(event: CodedEvent): string {
  const codes = (role: PartyRole) => event[role].map((party) => party.code ?? '?').join('+');
  return [event.event, event.mode ?? '', `${codes('actor')}>${codes('recipient')}`, event.date ?? '', `@${event.evidence.trigger.start}`].join('|');
}

/**
 * The key a party is grouped and filtered by: its code (`ARM`); without one, its sector (`-/REB`:
 * rebels the coder gave no country, whatever their words); without either, its words, lower-cased
 * (`"gunmen"`). The API's party filters read the same three forms (api/params.ts).
 */
export function partyKey(party: Pick<EventParty, 'code' | 'sector' | 'text'>): string {
  if (party.code !== null) return party.code;
  return party.sector !== null ? `-/${party.sector}` : `"${party.text.toLowerCase()}"`;
}

/**
 * One `event_actors` row per party, keeping each party's role and position in its array, its key,
 * and whether it is the first of its key in its role and in the event ("both sides" coded
 * [AZE, AZE] counts AZE once), so counts of events per party need no DISTINCT.
 */
export function toActorRows(event: CodedEvent, docId: string): Insertable<EventActorsTable>[] {
  const inEvent = new Set<string>();
  const order = pageOrder(event);
  return PARTY_ROLES.flatMap((role) => {
    const inRole = new Set<string>();
    return event[role].map((party: EventParty, idx) => {
      const key = partyKey(party);
      const row = {
        doc_id: docId,
        event_id: event.id,
        role,
        idx,
        code: party.code,
        sector: party.sector,
        text: party.text,
        start: party.start,
        end: party.end,
        party_key: key,
        first_in_role: inRole.has(key) ? 0 : 1,
        first_in_event: inEvent.has(key) ? 0 : 1,
        ...order,
      };
      inRole.add(key);
      inEvent.add(key);
      return row;
    });
  });
}

/**
 * The stored record leaves `source` out: it is the document's, kept once in `documents` rather than
 * copied into every event, and documents stored before events had it get it too.
 */
function withoutSource(event: CodedEvent): Omit<CodedEvent, 'source'> {
  const { source: _source, ...rest } = event;
  return rest;
}

/**
 * The documents columns an event's `source` is read from, aliased so they do not clash with the
 * events columns; select them with a join of `documents` on `events.doc_id`.
 */
export const EVENT_SOURCE_COLUMNS = [
  'documents.source_id as source_id', 'documents.uri as source_uri', 'documents.url as source_url', 'documents.title as source_title',
  'documents.site_name as source_outlet', 'documents.published_at as source_published',
] as const;

/** What `EVENT_SOURCE_COLUMNS` selects. */
export interface EventSourceColumns {
  readonly source_id: string | null;
  readonly source_uri: string;
  readonly source_url: string | null;
  readonly source_title: string | null;
  readonly source_outlet: string | null;
  readonly source_published: string | null;
}

/** The `source` of the events of a stored document. */
export function sourceFromColumns(row: EventSourceColumns): EventSource {
  return {
    id: row.source_id ?? row.source_uri, url: row.source_url, title: row.source_title, outlet: row.source_outlet, published: row.source_published,
  };
}

/** The CodedEvent stored in a row's `record` column, with its document's `source`. */
export function fromEventRow(row: Pick<EventsTable, 'record'> & EventSourceColumns): CodedEvent {
  const { kind, id, doc_id, ...rest } = JSON.parse(row.record) as Omit<CodedEvent, 'source'>;
  // `source` right after `doc_id`, where the pipeline puts it, so stored and fresh records print alike.
  return { kind, id, doc_id, source: sourceFromColumns(row), ...rest };
}
