import type { Kysely } from 'kysely';
import type { CodedEvent } from '../../core/document.js';
import { searchTextOf } from '../search-text.js';

/*
 * Issue 17 (the dashboard's filters): the place's country of each event (`country_code`, for the
 * country filter, which means "a party in any role, or the place") and the words it is found by
 * (`search_text`, see search-text.ts); an index for sector filters on parties without a country.
 * Portable SQL only; the backfill reads each stored record once, a page at a time.
 */

const PAGE = 1000;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('country_code', 'text').execute();
  await db.schema.alterTable('events').addColumn('search_text', 'text', (col) => col.notNull().defaultTo('')).execute();
  await backfill(db);
  await db.schema.createIndex('events_country_idx').on('events').columns(['country_code', 'date_sort']).execute();
  await db.schema.createIndex('event_actors_sector_idx').on('event_actors').columns(['sector', 'role']).execute();
}

async function backfill(db: Kysely<any>): Promise<void> {
  let after: [string, string] = ['', ''];
  for (;;) {
    const rows = (await db
      .selectFrom('events')
      .select(['doc_id', 'id', 'record'])
      .where((eb) => eb.or([eb('doc_id', '>', after[0]), eb.and([eb('doc_id', '=', after[0]), eb('id', '>', after[1])])]))
      .orderBy('doc_id')
      .orderBy('id')
      .limit(PAGE)
      .execute()) as { doc_id: string; id: string; record: string }[];
    if (rows.length === 0) return;
    // PostgreSQL runs migrations inside a transaction already; SQLite does not, and one per page
    // saves a commit per row.
    const update = async (trx: Kysely<any>) => {
      for (const row of rows) {
        const event = JSON.parse(row.record) as CodedEvent;
        await trx
          .updateTable('events')
          .set({ country_code: event.event_loc?.country_code ?? null, search_text: searchTextOf(event) })
          .where('doc_id', '=', row.doc_id)
          .where('id', '=', row.id)
          .execute();
      }
    };
    await (db.isTransaction ? update(db) : db.transaction().execute(update));
    const last = rows.at(-1)!;
    after = [last.doc_id, last.id];
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('event_actors_sector_idx').execute();
  await db.schema.dropIndex('events_country_idx').execute();
  await db.schema.alterTable('events').dropColumn('search_text').execute();
  await db.schema.alterTable('events').dropColumn('country_code').execute();
}
