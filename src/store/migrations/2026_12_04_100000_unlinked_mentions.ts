import type { Kysely } from 'kysely';

/*
 * Issue 18: ingest keeps up with coding. An ingest links every mention again in report order at
 * its end (`settleMerges`, canonical.repository.ts), so the links its saves made on the way were
 * thrown away: merging each mention as it was saved, and again for each document the corpus
 * memory's second pass replaced, was about a fifth of the ingest's CPU time. A save may now leave
 * its events to the finishing step (`SaveOptions.merge: 'later'`): it records them here, in its
 * own transaction (a crash keeps the document and its record together), and the finishing step
 * links them with the unsettled links and deletes the rows. Deleting an event (a replaced or
 * demoted document) deletes its row. Portable SQL only.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('unlinked_mentions')
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('unlinked_mentions_pk', ['doc_id', 'event_id'])
    .addForeignKeyConstraint('unlinked_mentions_event_fk', ['doc_id', 'event_id'], 'events', ['doc_id', 'id'], (fk) => fk.onDelete('cascade'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('unlinked_mentions').execute();
}
