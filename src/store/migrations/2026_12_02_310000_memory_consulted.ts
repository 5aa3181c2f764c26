import type { Kysely } from 'kysely';

/*
 * Issue 18: the second pass of the corpus memory codes again only the documents whose coding asked
 * the memory something its finishing step answers differently (src/memory/settle.ts). What a coding
 * asked is held with the document's lessons: a JSON array of keys (`consultedKey` in
 * src/memory/people.ts). Rows held before this migration have none (NULL): their documents are
 * coded again whatever changed, as the finishing step cannot tell what they asked. Portable SQL only.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('memory_pending').addColumn('consulted', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('memory_pending').dropColumn('consulted').execute();
}
