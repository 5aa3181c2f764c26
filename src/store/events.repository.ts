import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { CodedEvent } from '../core/document.js';
import type { Database } from './database.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from './event-rows.js';
import { eventConditions } from './filters.js';
import { paginate } from './page.js';
import { UNDATED_SORT } from './periods.js';
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
 * `query` sorted by `order`. The date orders follow `events_order_idx` forwards or backwards, so a
 * page is read from the index without a sort; `-date` is asked for the dated events only, as the
 * caller puts the undated ones after them (see `queryEvents`).
 */
export function orderEvents<TB extends keyof Database, O>(query: EventQuery<TB, O>, order: EventOrder = 'date'): EventQuery<TB, O> {
  switch (order) {
    case 'date':
      return thenByPosition(query.orderBy(ref('date_sort'), 'asc'), 'asc');
    case '-date':
      return thenByPosition(query.orderBy(ref('date_sort'), 'desc'), 'desc');
    case 'type':
    case '-type':
      return thenNewest(query.orderBy(ref('event'), order === 'type' ? 'asc' : 'desc'));
    case 'dead':
    case '-dead':
      // Events without a toll last in both directions (NULLs sort differently per dialect).
      return thenNewest(query.orderBy(sql`case when ${ref('dead')} is null then 1 else 0 end`).orderBy(ref('dead'), order === 'dead' ? 'asc' : 'desc'));
  }
}

/**
 * Events matching every given filter, as the CodedEvent records that were saved with their
 * document's `source`, in `filter.order`
 * (by default by date, undated last, then document, then evidence offset), so pages are stable.
 * Newest first (`-date`) keeps undated events last too: it pages through the dated events
 * backwards along the date index, then continues with the undated ones.
 * Throws RangeError for a malformed `since`/`until`/`bbox`/`dyad`/`limit`/`offset` (with the expected form).
 */
export async function queryEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<CodedEvent[]> {
  const { limit, offset = 0, order = 'date' } = filter;
  const matching = () => db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.doc_id')
    .select(['events.record', ...EVENT_SOURCE_COLUMNS])
    .where((eb) => eventConditions(eb as never, filter));
  if (order !== '-date') {
    const rows = await paginate(orderEvents(matching(), order), limit, offset).execute();
    return rows.map(fromEventRow);
  }
  const dated = await paginate(orderEvents(matching().where('events.date_sort', '<', UNDATED_SORT), '-date'), limit, offset).execute();
  if (limit !== undefined && dated.length === limit) return dated.map(fromEventRow);
  // The page reaches past the dated events: count them (unless this page holds the last of them) to
  // know where among the undated ones it continues.
  const datedTotal = dated.length > 0 || offset === 0 ? offset + dated.length : Number((await db
    .selectFrom('events').select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => eventConditions(eb, filter)).where('events.date_sort', '<', UNDATED_SORT)
    .executeTakeFirstOrThrow()).n);
  const undated = await paginate(
    orderEvents(matching().where('events.date_sort', '=', UNDATED_SORT), 'date'),
    limit === undefined ? undefined : limit - dated.length,
    Math.max(0, offset - datedTotal),
  ).execute();
  return [...dated, ...undated].map(fromEventRow);
}
