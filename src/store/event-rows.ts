import type { Insertable } from 'kysely';
import type { CodedEvent, EventParty } from '../core/document.js';
import type { EventActorsTable, PartyRole } from './event-actors.table.js';
import type { EventDyadsTable } from './event-dyads.table.js';
import type { EventsTable } from './events.table.js';
import { monthOf, sortDate, weekOf } from './periods.js';
import { quadClass } from './plover.js';

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
    record: JSON.stringify(event),
    quad: quadClass(event.event),
    week: weekOf(event.date),
    month: monthOf(event.date),
    date_sort: sortDate(event.date),
  };
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
  return dyadsOf(sideCodes(event)).map(([code_a, code_b]) => ({ doc_id: docId, event_id: event.id, code_a, code_b, quad }));
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

/** One `event_actors` row per party, keeping each party's role and position in its array. */
export function toActorRows(event: CodedEvent, docId: string): Insertable<EventActorsTable>[] {
  return PARTY_ROLES.flatMap((role) =>
    event[role].map((party: EventParty, idx) => ({
      doc_id: docId,
      event_id: event.id,
      role,
      idx,
      code: party.code,
      sector: party.sector,
      text: party.text,
      start: party.start,
      end: party.end,
    })),
  );
}

/** The CodedEvent stored in a row's `record` column. */
export function fromEventRow(row: Pick<EventsTable, 'record'>): CodedEvent {
  return JSON.parse(row.record) as CodedEvent;
}
