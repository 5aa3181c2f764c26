import type { Kysely } from 'kysely';
import type { CodedEvent } from '../../core/document.js';
import { toActorRows } from '../event-rows.js';
import { searchTextOf } from '../search-text.js';

/*
 * Issue 17 (the dashboard): the place's country of each event (`country_code`, for the country
 * filter, which means "a party in any role, or the place"), the words it is found by
 * (`search_text`, see search-text.ts), each party's key with first-of-its-key flags (so the
 * network and the party list count events per party without DISTINCT), and indexes for sector
 * filters, party counts and the timeline's counts per date and type. Portable SQL only; the
 * backfill reads each stored record once, a page at a time.
 */

const PAGE = 1000;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('country_code', 'text').execute();
  await db.schema.alterTable('events').addColumn('search_text', 'text', (col) => col.notNull().defaultTo('')).execute();
  await db.schema.alterTable('event_actors').addColumn('party_key', 'text', (col) => col.notNull().defaultTo('')).execute();
  await db.schema.alterTable('event_actors').addColumn('first_in_role', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('event_actors').addColumn('first_in_event', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await backfill(db);
  await db.schema.createIndex('events_country_idx').on('events').columns(['country_code', 'date_sort']).execute();
  // Covering for the timeline's counts per (date, type, background), with the date bound's sort key.
  await db.schema.createIndex('events_timeline_idx').on('events').columns(['date', 'event', 'background', 'date_sort']).execute();
  // The events with a death toll, largest first (the table's toll order reads them first).
  await db.schema.createIndex('events_dead_idx').on('events').columns(['dead']).execute();
  await db.schema.createIndex('event_actors_sector_idx').on('event_actors').columns(['sector', 'role']).execute();
  // Covering for events per party and role over the whole store (the party list) and for the actor
  // side of directed pairs (the network); a first row of its key in the event is also the first in its role.
  await db.schema.createIndex('event_actors_key_idx').on('event_actors').columns(['first_in_role', 'party_key', 'role', 'first_in_event', 'doc_id', 'event_id']).execute();
  // Covering for the other side of a pair: an event's parties of one role.
  await db.schema.createIndex('event_actors_pair_idx').on('event_actors').columns(['doc_id', 'event_id', 'role', 'first_in_role', 'party_key']).execute();
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
        for (const party of toActorRows(event, row.doc_id)) {
          await trx
            .updateTable('event_actors')
            .set({ party_key: party.party_key, first_in_role: party.first_in_role, first_in_event: party.first_in_event })
            .where('doc_id', '=', row.doc_id)
            .where('event_id', '=', row.id)
            .where('role', '=', party.role)
            .where('idx', '=', party.idx)
            .execute();
        }
      }
    };
    await (db.isTransaction ? update(db) : db.transaction().execute(update));
    const last = rows.at(-1)!;
    after = [last.doc_id, last.id];
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('event_actors_pair_idx').execute();
  await db.schema.dropIndex('event_actors_key_idx').execute();
  await db.schema.dropIndex('event_actors_sector_idx').execute();
  await db.schema.dropIndex('events_dead_idx').execute();
  await db.schema.dropIndex('events_timeline_idx').execute();
  await db.schema.dropIndex('events_country_idx').execute();
  for (const column of ['first_in_event', 'first_in_role', 'party_key']) await db.schema.alterTable('event_actors').dropColumn(column).execute();
  await db.schema.alterTable('events').dropColumn('search_text').execute();
  await db.schema.alterTable('events').dropColumn('country_code').execute();
}
