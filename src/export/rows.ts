import type { CodedEvent } from '../core/document.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from '../store/event-rows.js';
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
 * order, fetched a page at a time. The filter's own `limit`/`offset` bound the whole export.
 */
export async function* exportRows(store: Store, filter: EventFilter = {}, pageSize = PAGE_SIZE): AsyncGenerator<ExportRow> {
  const { limit, offset = 0, ...rest } = filter;
  let done = 0;
  while (limit === undefined || done < limit) {
    const take = limit === undefined ? pageSize : Math.min(pageSize, limit - done);
    const rows = await store.db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .leftJoin('event_links', (join) => join.onRef('event_links.doc_id', '=', 'events.doc_id').onRef('event_links.event_id', '=', 'events.id'))
      .leftJoin('canonical_events', 'canonical_events.id', 'event_links.canonical_id')
      .select([
        'events.record', ...EVENT_SOURCE_COLUMNS, 'documents.language',
        'canonical_events.id as canonical_id', 'canonical_events.mention_count', 'canonical_events.source_count',
      ])
      .where((eb) => eventConditions(eb as never, rest))
      .orderBy('events.date_sort')
      .orderBy('events.doc_id')
      .orderBy('events.evidence_start')
      .orderBy('events.trigger_start')
      .orderBy('events.id')
      .limit(take)
      .offset(offset + done)
      .execute();
    for (const row of rows) {
      yield {
        event: fromEventRow(row),
        language: row.language,
        canonical: row.canonical_id === null ? null : { id: row.canonical_id, mentions: Number(row.mention_count), sources: Number(row.source_count) },
      };
    }
    done += rows.length;
    if (rows.length < take) break;
  }
}
