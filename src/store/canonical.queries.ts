import { sql, type Kysely, type Selectable } from 'kysely';
import type { CodedEvent, DatePrecision } from '../core/document.js';
import type { CanonicalEventsTable } from './canonical.table.js';
import { chunk } from './chunk.js';
import type { Database } from './database.js';
import type { PartyRole } from './event-actors.table.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from './event-rows.js';
import { canonicalConditions } from './filters.js';
import type { CanonicalFigures } from './merge/figures.js';
import { paginate } from './page.js';
import type { CanonicalEvent, CanonicalEventDetail, CanonicalFilter } from './records.js';

function toCanonical(row: Selectable<CanonicalEventsTable>): CanonicalEvent {
  return {
    id: row.id,
    event: row.event,
    mode: row.mode,
    quad: row.quad,
    date: row.date,
    datePrecision: row.date_precision as DatePrecision | null,
    background: row.background === 1,
    countryCode: row.country_code,
    lat: row.lat,
    lon: row.lon,
    firstReported: row.first_reported,
    mentions: row.mention_count,
    sources: row.source_count,
    dead: row.dead,
    deadRule: row.dead_rule,
    figures: JSON.parse(row.figures) as CanonicalFigures,
    actors: JSON.parse(row.actors) as Record<PartyRole, string[]>,
    locked: row.locked === 1,
    record: JSON.parse(row.record) as CodedEvent,
  };
}

/**
 * Canonical events (one per real-world event) matching the filter, by date (undated last), then id.
 * Read in two steps, as pages of events are (events.repository.ts): the ids of the page (filter
 * and order, which the order index answers with the columns it carries and the filters' own
 * indexes), then their rows by id, so a walk past rare matches does not read a wide row (record,
 * figures, merge facts) for every canonical event it tests.
 * Throws RangeError for a malformed bound, box, pair or page.
 */
export async function queryCanonicalEvents(db: Kysely<Database>, filter: CanonicalFilter = {}): Promise<CanonicalEvent[]> {
  const ids = await paginate(db
    .selectFrom('canonical_events')
    .select('canonical_events.id')
    .where((eb) => canonicalConditions(eb, filter))
    .orderBy('canonical_events.date_sort')
    .orderBy('canonical_events.id'), filter.limit, filter.offset).execute();
  const byId = new Map<string, CanonicalEvent>();
  for (const batch of chunk(ids.map((row) => row.id), ROWS_PER_QUERY)) {
    const rows = await db.selectFrom('canonical_events').selectAll('canonical_events').where('canonical_events.id', 'in', batch).execute();
    for (const row of rows) byId.set(row.id, toCanonical(row));
  }
  return ids.map((row) => byId.get(row.id)!);
}

/** Canonical events read by id per query: far below SQLite's 32,766 parameters. */
const ROWS_PER_QUERY = 1000;

/** One canonical event with every mention, its document and why it was linked; undefined when unknown. */
export async function getCanonicalEvent(db: Kysely<Database>, id: string): Promise<CanonicalEventDetail | undefined> {
  const row = await db.selectFrom('canonical_events').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const links = await db
    .selectFrom('event_links')
    .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_links.doc_id').onRef('events.id', '=', 'event_links.event_id'))
    .innerJoin('documents', 'documents.id', 'events.doc_id')
    .select([
      'event_links.doc_id', 'event_links.event_id', 'event_links.score', 'event_links.reasons', 'event_links.pinned',
      'documents.published_at', 'documents.site_name', 'documents.url', 'documents.title', 'events.record', ...EVENT_SOURCE_COLUMNS,
    ])
    .where('event_links.canonical_id', '=', id)
    .orderBy(sql`case when ${sql.ref('documents.published_at')} is null then 1 else 0 end`)
    .orderBy('documents.published_at')
    .orderBy('events.doc_id')
    .orderBy('events.evidence_start')
    .orderBy('events.id')
    .execute();
  return {
    ...toCanonical(row),
    links: links.map((link) => ({
      docId: link.doc_id,
      eventId: link.event_id,
      score: link.score,
      reasons: JSON.parse(link.reasons) as string[],
      pinned: link.pinned === 1,
      publishedAt: link.published_at,
      siteName: link.site_name,
      url: link.url,
      title: link.title,
      event: fromEventRow(link),
    })),
  };
}

/** The canonical event id a mention is linked to, or undefined. */
export async function canonicalIdOf(db: Kysely<Database>, docId: string, eventId: string): Promise<string | undefined> {
  const row = await db.selectFrom('event_links').select('canonical_id').where('doc_id', '=', docId).where('event_id', '=', eventId).executeTakeFirst();
  return row?.canonical_id;
}
