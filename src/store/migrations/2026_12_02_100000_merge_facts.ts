import { sql, type Kysely } from 'kysely';
import type { CodedEvent } from '../../core/document.js';
import { clusterFacts, encodeClusterFacts } from '../merge/cluster-facts.js';

/*
 * Issue 18: merging compares a new mention with a summary of each candidate canonical event
 * (`merge_facts`: the distinct facts among its mentions, see merge/cluster-facts.ts) instead of
 * loading every stored mention. The backfill reads each canonical event's mentions once, a page of
 * canonical events at a time, in report order. Portable SQL only.
 */

const PAGE = 500;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('canonical_events').addColumn('merge_facts', 'text', (col) => col.notNull().defaultTo('[]')).execute();
  let after = '';
  for (;;) {
    const ids = (await db.selectFrom('canonical_events').select('id').where('id', '>', after).orderBy('id').limit(PAGE).execute()) as { id: string }[];
    if (ids.length === 0) return;
    after = ids.at(-1)!.id;
    const rows = (await db
      .selectFrom('event_links')
      .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_links.doc_id').onRef('events.id', '=', 'event_links.event_id'))
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .select(['event_links.canonical_id', 'events.doc_id', 'events.record', 'documents.published_at'])
      .where('event_links.canonical_id', 'in', ids.map((row) => row.id))
      .orderBy(sql`case when ${sql.ref('documents.published_at')} is null then 1 else 0 end`)
      .orderBy('documents.published_at')
      .orderBy('events.doc_id')
      .orderBy('events.evidence_start')
      .orderBy('events.trigger_start')
      .orderBy('events.id')
      .execute()) as { canonical_id: string; doc_id: string; record: string; published_at: string | null }[];
    const mentions = new Map<string, { docId: string; publishedAt: string | null; event: CodedEvent }[]>();
    for (const row of rows) {
      const list = mentions.get(row.canonical_id) ?? [];
      list.push({ docId: row.doc_id, publishedAt: row.published_at, event: JSON.parse(row.record) as CodedEvent });
      mentions.set(row.canonical_id, list);
    }
    for (const [id, list] of mentions) {
      await db.updateTable('canonical_events').set({ merge_facts: encodeClusterFacts(clusterFacts(list)) }).where('id', '=', id).execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('canonical_events').dropColumn('merge_facts').execute();
}
