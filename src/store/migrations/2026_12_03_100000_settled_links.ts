import { sql, type Kysely } from 'kysely';

/*
 * Issue 18: the same inputs give the same canonical events whatever the number of workers or the
 * input order. A save links its events at once (so canonical events are there while a long run
 * goes on), but which canonical event a mention joins depends on what was linked before it. The
 * run's finishing step (`settleMerges`, canonical.repository.ts) links them again in report order;
 * `settled` tells the links it has done (1) from those a save made since (0). Links already stored
 * count as settled. The partial index keeps the finishing step's lookup of unsettled links as small
 * as the run. Portable SQL only (partial indexes: SQLite ≥ 3.8 and PostgreSQL).
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('event_links').addColumn('settled', 'integer', (col) => col.notNull().defaultTo(1)).execute();
  await db.schema.createIndex('event_links_unsettled_idx').on('event_links').column('canonical_id').where(sql.ref('settled'), '=', 0).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('event_links_unsettled_idx').execute();
  await db.schema.alterTable('event_links').dropColumn('settled').execute();
}
