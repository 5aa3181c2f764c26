import type { Kysely } from 'kysely';

/*
 * Near-duplicate detection (src/ingest/near-duplicates.ts): a MinHash signature per document and
 * its LSH band keys, so finding an earlier copy of a wire story is one indexed lookup per band
 * rather than a scan of every signature. `documents.near_duplicate_of` links a skipped copy to the
 * document it repeats. Portable SQL only, as in the init migration.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('near_duplicate_of', 'text').execute();

  await db.schema
    .createTable('near_duplicate_signatures')
    .addColumn('doc_id', 'text', (col) => col.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('signature', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('near_duplicate_bands')
    .addColumn('band_key', 'text', (col) => col.notNull())
    .addColumn('doc_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('near_duplicate_bands_pk', ['band_key', 'doc_id'])
    .execute();
  await db.schema.createIndex('near_duplicate_bands_doc_idx').on('near_duplicate_bands').column('doc_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('near_duplicate_bands').execute();
  await db.schema.dropTable('near_duplicate_signatures').execute();
  await db.schema.alterTable('documents').dropColumn('near_duplicate_of').execute();
}
