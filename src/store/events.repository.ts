import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { CodedEvent } from '../core/document.js';
import { chunk } from './chunk.js';
import type { Database } from './database.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from './event-rows.js';
import { check, eventConditions } from './filters.js';
import { paginate } from './page.js';
import { sinceSortBound, UNDATED_SORT } from './periods.js';
import type { EventFilter, EventOrder } from './records.js';

/** A query over `events`, possibly joined with other tables (documents for the source, links for exports). */
type EventQuery<TB extends keyof Database, O> = SelectQueryBuilder<Database, TB, O>;

const ref = (column: string) => sql.ref(`events.${column}`);

/** The tie-breakers after the order's own key: document, then place in it, so pages are stable. */
function thenByPosition<TB extends keyof Database, O>(query: EventQuery<TB, O>, direction: 'asc' | 'desc'): EventQuery<TB, O> {
  return query
    .orderBy(ref('doc_id'), direction)
    .orderBy(ref('evidence_start'), direction)
    .orderBy(ref('trigger_start'), direction)
    .orderBy(ref('id'), direction);
}

/** Newest first with undated events last, as the second key of the type and toll orders. */
function thenNewest<TB extends keyof Database, O>(query: EventQuery<TB, O>): EventQuery<TB, O> {
  return thenByPosition(query.orderBy(sql`case when ${ref('date_sort')} = ${UNDATED_SORT} then 1 else 0 end`).orderBy(ref('date_sort'), 'desc'), 'desc');
}

/**
 * One part of an order: the events it holds (a condition) and how they are sorted. Orders whose
 * first key has a "last" group that dialects sort differently, or that no index can serve
 * together with the rest, are read in parts: newest first is the dated events backwards along the
 * date index, then the undated ones; by death toll is the events with a toll (an index on it),
 * then the rest, newest first.
 */
export interface OrderPart {
  readonly where: RawBuilder<SqlBool> | null;
  readonly sort: <TB extends keyof Database, O>(query: EventQuery<TB, O>) => EventQuery<TB, O>;
}

function newestThenUndated<TB extends keyof Database, O>(query: EventQuery<TB, O>): EventQuery<TB, O> {
  return thenByPosition(query.orderBy(ref('date_sort'), 'desc'), 'desc');
}

/** The parts `order` is read in (see OrderPart); most orders are one part. */
export function orderParts(order: EventOrder = 'date'): readonly OrderPart[] {
  switch (order) {
    case 'date':
      return [{ where: null, sort: (q) => thenByPosition(q.orderBy(ref('date_sort'), 'asc'), 'asc') }];
    case '-date':
      return [
        { where: sql<SqlBool>`${ref('date_sort')} < ${UNDATED_SORT}`, sort: newestThenUndated },
        { where: sql<SqlBool>`${ref('date_sort')} = ${UNDATED_SORT}`, sort: (q) => thenByPosition(q, 'asc') },
      ];
    case 'type':
    case '-type':
      return [{ where: null, sort: (q) => thenNewest(q.orderBy(ref('event'), order === 'type' ? 'asc' : 'desc')) }];
    case 'dead':
    case '-dead':
      return [
        { where: sql<SqlBool>`${ref('dead')} is not null`, sort: (q) => thenNewest(q.orderBy(ref('dead'), order === 'dead' ? 'asc' : 'desc')) },
        { where: sql<SqlBool>`${ref('dead')} is null`, sort: (q) => thenNewest(q) },
      ];
  }
}

/**
 * The page order as copied to the rows of parties and pairs (event-dyads.table.ts), and the since
 * bound on the copied sort key (implied by the events' own, as in filters.ts), so the walk seeks
 * to the first date it may keep.
 */
function inPageOrder<TB extends keyof Database, O>(query: EventQuery<TB, O>, table: 'event_dyads' | 'event_actors', filter: EventFilter): EventQuery<TB, O> {
  const { since } = check(filter);
  const bounded = since === undefined ? query : query.where(sql<SqlBool>`${sql.ref(`${table}.date_sort`)} >= ${sinceSortBound(since)}`);
  return ['date_sort', 'doc_id', 'evidence_start', 'trigger_start', 'event_id'].reduce((q, column) => q.orderBy(sql.ref(`${table}.${column}`)), bounded);
}

/**
 * The keys of a page of events of one pair, in page order: the pair's index holds its events in
 * that order (copies of their sort key, event-dyads.table.ts), so the page is its first entries
 * that pass the other filters, not the first events of the whole store that have the pair. Each
 * event has a pair once, so no event is repeated.
 */
async function pairPageKeys(db: Kysely<Database>, filter: EventFilter, [codeA, codeB]: readonly [string, string]): Promise<{ doc_id: string; id: string }[]> {
  const { dyad: _dyad, ...rest } = filter;
  const query = db
    .selectFrom('event_dyads')
    .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_dyads.doc_id').onRef('events.id', '=', 'event_dyads.event_id'))
    .select(['events.doc_id', 'events.id'])
    .where('event_dyads.code_a', '=', codeA)
    .where('event_dyads.code_b', '=', codeB)
    .where((eb) => eventConditions(eb as never, rest));
  return paginate(inPageOrder(query, 'event_dyads', filter), filter.limit, filter.offset).execute();
}

/**
 * The keys of a page of events with a party of one code (any role), the same way: the first party
 * row of its key in each event (`first_in_event`; a coded party's key is its code) is one row per
 * event, walked in page order on its index.
 */
async function actorPageKeys(db: Kysely<Database>, filter: EventFilter, code: string): Promise<{ doc_id: string; id: string }[]> {
  const { actor: _actor, ...rest } = filter;
  const query = db
    .selectFrom('event_actors')
    .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_actors.doc_id').onRef('events.id', '=', 'event_actors.event_id'))
    .select(['events.doc_id', 'events.id'])
    .where('event_actors.code', '=', code)
    .where('event_actors.first_in_event', '=', 1)
    .where((eb) => eventConditions(eb as never, rest));
  return paginate(inPageOrder(query, 'event_actors', filter), filter.limit, filter.offset).execute();
}

/** Events read by primary key per query: 2 parameters each, far below SQLite's 32,766. */
const RECORDS_PER_QUERY = 500;

/** The saved records of `keys` (with their documents' source), in the order of `keys`. */
async function recordsOf(db: Kysely<Database>, keys: readonly { doc_id: string; id: string }[]): Promise<CodedEvent[]> {
  const byKey = new Map<string, CodedEvent>();
  for (const batch of chunk(keys, RECORDS_PER_QUERY)) {
    const rows = await db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .select(['events.doc_id', 'events.id', 'events.record', ...EVENT_SOURCE_COLUMNS])
      .where((eb) => eb(eb.refTuple('events.doc_id', 'events.id'), 'in', batch.map((key) => eb.tuple(key.doc_id, key.id))))
      .execute();
    for (const row of rows) byKey.set(`${row.doc_id}\n${row.id}`, fromEventRow(row));
  }
  return keys.map((key) => byKey.get(`${key.doc_id}\n${key.id}`)!);
}

/**
 * Events matching every given filter, as the CodedEvent records that were saved with their
 * document's `source`, in `filter.order` (by default by date, undated last, then document, then
 * evidence offset), so pages are stable. An order of several parts (see `orderParts`) pages
 * through each in turn; a part that the offset skips whole is counted, not read.
 * A page is read in two steps: the keys of its events (the filter and order, which the order
 * index and the filters' own indexes answer without reading event rows), then their records by
 * primary key. PostgreSQL would otherwise read the whole row of every event it walks past while
 * looking for a page of rare matches (a dyad, an actor): thousands of wide rows for 100. In the
 * default order, a page of one pair or one party code walks that pair's or code's rows in page
 * order instead (`pairPageKeys`, `actorPageKeys`), not the store's events probed one by one.
 * Throws RangeError for a malformed `since`/`until`/`bbox`/`dyad`/`limit`/`offset` (with the expected form).
 */
export async function queryEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<CodedEvent[]> {
  const { limit, offset = 0, order } = filter;
  const { dyad } = check(filter);
  if ((order ?? 'date') === 'date') {
    if (dyad !== undefined) return recordsOf(db, await pairPageKeys(db, filter, dyad));
    if (filter.actor !== undefined) return recordsOf(db, await actorPageKeys(db, filter, filter.actor.toUpperCase()));
  }
  const matching = (part: OrderPart) => db
    .selectFrom('events')
    .where((eb) => eventConditions(eb as never, filter))
    .$if(part.where !== null, (q) => q.where(part.where!));
  const out: CodedEvent[] = [];
  let skip = offset;
  for (const part of orderParts(order)) {
    const want = limit === undefined ? undefined : limit - out.length;
    if (want === 0) break;
    const keys = await paginate(part.sort(matching(part).select(['events.doc_id', 'events.id'])), want, skip).execute();
    out.push(...(await recordsOf(db, keys)));
    if (keys.length > 0 || skip === 0) {
      skip = 0;
      continue;
    }
    // This page starts past the part: count it to know where the next part starts.
    skip -= Number((await matching(part).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  }
  return out;
}
