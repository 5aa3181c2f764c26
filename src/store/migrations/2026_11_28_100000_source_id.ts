import { sql, type Kysely } from 'kysely';

/*
 * Issue 16: every event names the article it came from by the input's own id (a JSONL `id`, a
 * feed guid, a WARC-Record-ID, the path inside the folder given), not only by the content hash.
 * Documents stored before have no such id; their `uri` (the path or URL they were read from) is
 * the best stand-in, so it is copied in. Portable SQL only.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('source_id', 'text').execute();
  await sql`update documents set source_id = uri`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('source_id').execute();
}
