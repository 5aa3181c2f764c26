import type { CodedEvent } from '../core/document.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from '../store/event-rows.js';
import { orderParts } from '../store/events.repository.js';
import { eventConditions } from '../store/filters.js';
import type { EventFilter, Store } from '../store/index.js';

/**
 * What an export writes for one event mention: the event (with its article in `event.source`),
 * the article's language, and its canonical event. Outside a store (`chronicle code`) `canonical` is null.
 */
export interface ExportRow {
  readonly event: CodedEvent;
  readonly language: string | null;
  /** The real-world event it was merged into, with how many mentions and independent sources. */
  readonly canonical: { readonly id: string; readonly mentions: number; readonly sources: number } | null;
}

/** Rows fetched per query while streaming; memory stays bounded whatever the store's size. */
export const PAGE_SIZE = 2000;

/**
 * The events matching `filter` with their documents and canonical events, in `queryEvents`
 * order (`filter.order`, oldest first by default), fetched a page at a time. The filter's own
 * `limit`/`offset` bound the whole export.
 */
export async function* exportRows(store: Store, filter: EventFilter = {}, pageSize = PAGE_SIZE): AsyncGenerator<ExportRow> {
  const { limit, offset = 0, order, ...rest } = filter;
  let skip = offset;
  let done = 0;
  for (const part of orderParts(order)) {
    const matching = () => store.db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .leftJoin('event_links', (join) => join.onRef('event_links.doc_id', '=', 'events.doc_id').onRef('event_links.event_id', '=', 'events.id'))
      .leftJoin('canonical_events', 'canonical_events.id', 'event_links.canonical_id')
      .where((eb) => eventConditions(eb as never, rest))
      .$if(part.where !== null, (q) => q.where(part.where!));
    if (skip > 0) {
      // The offset may reach past this part: skip all of it without reading it.
      const size = Number((await matching().select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      if (size <= skip) {
        skip -= size;
        continue;
      }
    }
    let read = 0;
    while (limit === undefined || done < limit) {
      const take = limit === undefined ? pageSize : Math.min(pageSize, limit - done);
      const query = matching().select([
        'events.record', ...EVENT_SOURCE_COLUMNS, 'documents.language',
        'canonical_events.id as canonical_id', 'canonical_events.mention_count', 'canonical_events.source_count',
      ]);
      const rows = await part.sort(query).limit(take).offset(skip + read).execute();
      for (const row of rows) {
        yield {
          event: fromEventRow(row),
          language: row.language,
          canonical: row.canonical_id === null ? null : { id: row.canonical_id, mentions: Number(row.mention_count), sources: Number(row.source_count) },
        };
      }
      read += rows.length;
      done += rows.length;
      if (rows.length < take) break;
    }
    skip = 0;
  }
}
