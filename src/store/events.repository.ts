import type { Kysely } from 'kysely';
import type { CodedEvent } from '../core/document.js';
import type { Database } from './database.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from './event-rows.js';
import { eventConditions } from './filters.js';
import { paginate } from './page.js';
import type { EventFilter } from './records.js';

/**
 * Events matching every given filter, as the CodedEvent records that were saved with their
 * document's `source`, ordered by date
 * (undated last), then document, then evidence offset, so pages are stable.
 * Throws RangeError for a malformed `since`/`until`/`bbox`/`dyad`/`limit`/`offset` (with the expected form).
 */
export async function queryEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<CodedEvent[]> {
  const query = db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.doc_id')
    .select(['events.record', ...EVENT_SOURCE_COLUMNS])
    .where((eb) => eventConditions(eb as never, filter));
  // date_sort puts undated events last in both dialects and matches events_order_idx, so a page needs no sort.
  const ordered = query
    .orderBy('events.date_sort')
    .orderBy('events.doc_id')
    .orderBy('events.evidence_start')
    .orderBy('events.trigger_start')
    .orderBy('events.id');
  const rows = await paginate(ordered, filter.limit, filter.offset).execute();
  return rows.map(fromEventRow);
}
