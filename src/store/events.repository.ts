import { sql, type Kysely } from 'kysely';
import type { CodedEvent } from '../core/document.js';
import type { Database } from './database.js';
import { normalizeBound, sinceCondition, untilCondition } from './date-filter.js';
import { fromEventRow } from './event-rows.js';
import { paginate } from './page.js';
import type { EventFilter } from './records.js';

/**
 * Events matching every given filter, as the CodedEvent records that were saved, ordered by date
 * (undated last), then document, then evidence offset, so pages are stable.
 * Throws RangeError for a malformed `since`/`until`/`limit`/`offset` (with the expected form).
 */
export async function queryEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<CodedEvent[]> {
  const since = filter.since === undefined ? undefined : normalizeBound('since', filter.since);
  const until = filter.until === undefined ? undefined : normalizeBound('until', filter.until);
  let query = db.selectFrom('events').select('events.record');
  if (filter.type !== undefined) query = query.where('events.event', '=', filter.type.toUpperCase());
  if (filter.docId !== undefined) query = query.where('events.doc_id', '=', filter.docId);
  if (filter.background !== undefined) query = query.where('events.background', '=', filter.background ? 1 : 0);
  if (since !== undefined) query = query.where((eb) => sinceCondition(eb, since));
  if (until !== undefined) query = query.where((eb) => untilCondition(eb, until));
  for (const [code, role] of [
    [filter.actor, undefined],
    [filter.recipient, 'recipient'],
  ] as const) {
    if (code === undefined) continue;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_actors')
          .select(eb.lit(1).as('one'))
          .whereRef('event_actors.doc_id', '=', 'events.doc_id')
          .whereRef('event_actors.event_id', '=', 'events.id')
          .where('event_actors.code', '=', code.toUpperCase())
          .$if(role !== undefined, (q) => q.where('event_actors.role', '=', 'recipient')),
      ),
    );
  }
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
