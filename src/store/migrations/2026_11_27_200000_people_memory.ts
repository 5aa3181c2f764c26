import type { Kysely } from 'kysely';

/*
 * Issue 5: the corpus memory of people (src/memory). A person learned from a title in one article
 * ("Armenian Prime Minister Nikol Pashinyan") resolves the bare name in later ones ("Pashinyan
 * said"); users correct or remove entries with `chronicle memory set|forget`. Portable SQL only.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people_memory')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('surname', 'text', (col) => col.notNull())
    .addColumn('code', 'text')
    .addColumn('sector', 'text')
    .addColumn('title', 'text')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('how', 'text', (col) => col.notNull())
    .addColumn('first_seen', 'text')
    .addColumn('last_seen', 'text')
    .addColumn('document_id', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('people_memory_surname_idx').on('people_memory').column('surname').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('people_memory').execute();
}
