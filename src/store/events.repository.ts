import { sql, type Kysely } from 'kysely';
import type { CodedEvent } from '../core/document.js';
import type { Database } from './database.js';
import { fromEventRow } from './event-rows.js';
import { eventConditions } from './filters.js';
import { paginate } from './page.js';
import type { EventFilter } from './records.js';

/**
 * Events matching every given filter, as the CodedEvent records that were saved, ordered by date
 * (undated last), then document, then evidence offset, so pages are stable.
 * Throws RangeError for a malformed `since`/`until`/`bbox`/`dyad`/`limit`/`offset` (with the expected form).
 */
export async function queryEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<CodedEvent[]> {
  const query = db.selectFrom('events').select('events.record').where((eb) => eventConditions(eb, filter));
  // NULLs sort first in SQLite and last in PostgreSQL; an explicit flag gives one order in both.
  const ordered = query
    .orderBy(sql`case when ${sql.ref('events.date')} is null then 1 else 0 end`)
    .orderBy('events.date')
    .orderBy('events.doc_id')
    .orderBy('events.evidence_start')
    .orderBy('events.trigger_start')
    .orderBy('events.id');
  const rows = await paginate(ordered, filter.limit, filter.offset).execute();
  return rows.map(fromEventRow);
}
