import type { Kysely } from 'kysely';

/*
 * Issue 18: reproducible corpus memory (src/memory/settle.ts). A coded document is coded against
 * the memory as it stood when the run began; what it teaches waits here (with its input, so the
 * second pass can code it again exactly) until the run's finishing step applies every lesson in
 * one deterministic merge and re-codes the documents the new memory changes. Portable SQL only.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('memory_pending')
    .addColumn('doc_id', 'text', (col) => col.primaryKey())
    // 'coded': waiting for the finishing step; 'recode': its lessons are applied and it is to be coded
    // again; 'recoding': a finishing step (of run `claimed_by`) is coding it again.
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('published_at', 'text')
    .addColumn('lessons', 'text', (col) => col.notNull())
    .addColumn('raw', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('memory_pending_state_idx').on('memory_pending').column('state').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('memory_pending').execute();
}
