import { sql, type Kysely } from 'kysely';

/*
 * Issue 18 (every typical query under 100 ms at 1,000,000 events), the shapes still slow after
 * 2026_12_02_200000_query_summaries:
 * - a page filtered by a date range with an actor, a bounding box or a type walks the order index
 *   and read each event's row for the columns those filters test (`date` for the exact overlap,
 *   `lat`/`lon`, `event`). The order index now carries them after its key, so the keys step of a
 *   page (events.repository.ts) reads the index alone on both dialects. Appended columns leave the
 *   order of the index, and every plan that seeks it, as they were. The same for canonical events
 *   (with `source_count`), whose pages are now read in two steps too (canonical.queries.ts);
 * - a page of one pair (a dyad filter) or one party code (an actor filter) walked the order index
 *   and probed every event for it, passing 100,000 events for a pair that is rare early in the
 *   store's dates: pairs and parties now carry their event's page order (event-dyads.table.ts,
 *   event-actors.table.ts), and an index of each in page order gives the page from the pair's or
 *   code's first entries (events.repository.ts);
 * - pair totals over the whole store (`dyad_counts`, summaries.ts): the month summary of pairs
 *   holds tens of thousands of rows at a million events, summed for every unbounded dyad count;
 *   the totals are one row per pair, kept by the write path with the month summary.
 * Portable SQL only; the backfill is one INSERT … SELECT from the month summary.
 */

const ORDER = ['date_sort', 'doc_id', 'evidence_start', 'trigger_start', 'id'];
const CANONICAL_ORDER = ['date_sort', 'id'];
/** Documents whose parties and pairs one backfill statement updates. */
const BACKFILL_DOCUMENTS = 2000;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_order_idx').execute();
  await db.schema.createIndex('events_order_idx').on('events').columns([...ORDER, 'date', 'event', 'lat', 'lon']).execute();
  await db.schema.dropIndex('canonical_events_order_idx').execute();
  await db.schema.createIndex('canonical_events_order_idx').on('canonical_events')
    .columns([...CANONICAL_ORDER, 'date', 'event', 'source_count', 'lat', 'lon']).execute();

  // The backfill goes by ranges of documents: one UPDATE of millions of party rows outlasted
  // PostgreSQL's statement timeout (connect.ts) on a store of 1,000,000 events.
  const documents = (await db.selectFrom('documents').select('id').orderBy('id').execute()).map((row) => row.id as string);
  for (const table of ['event_dyads', 'event_actors']) {
    await db.schema.alterTable(table).addColumn('date_sort', 'text').execute();
    await db.schema.alterTable(table).addColumn('evidence_start', 'integer').execute();
    await db.schema.alterTable(table).addColumn('trigger_start', 'integer').execute();
    for (let i = 0; i < documents.length; i += BACKFILL_DOCUMENTS) {
      // UPDATE … FROM: PostgreSQL, and SQLite since 3.33 (better-sqlite3 12 bundles a later one).
      await db
        .updateTable(table)
        .from('events')
        .set((eb) => ({ date_sort: eb.ref('events.date_sort'), evidence_start: eb.ref('events.evidence_start'), trigger_start: eb.ref('events.trigger_start') }))
        .whereRef('events.doc_id', '=', `${table}.doc_id`)
        .whereRef('events.id', '=', `${table}.event_id`)
        .where(`${table}.doc_id`, '>=', documents[i])
        .where(`${table}.doc_id`, '<=', documents[Math.min(i + BACKFILL_DOCUMENTS, documents.length) - 1])
        .execute();
    }
  }
  const PAGE_ORDER = ['date_sort', 'doc_id', 'evidence_start', 'trigger_start', 'event_id'];
  await db.schema.createIndex('event_dyads_order_idx').on('event_dyads').columns(['code_a', 'code_b', ...PAGE_ORDER]).execute();
  // One row per event and code: the first of its key (the code) in the event.
  await db.schema.createIndex('event_actors_order_idx').on('event_actors').columns(['code', 'first_in_event', ...PAGE_ORDER]).execute();

  await db.schema
    .createTable('dyad_counts')
    .addColumn('code_a', 'text', (col) => col.notNull())
    .addColumn('code_b', 'text', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addColumn('cooperation', 'integer', (col) => col.notNull())
    .addColumn('conflict', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('dyad_counts_pk', ['code_a', 'code_b'])
    .execute();
  await db
    .insertInto('dyad_counts')
    .columns(['code_a', 'code_b', 'n', 'cooperation', 'conflict'])
    .expression(db
      .selectFrom('dyad_month_counts')
      .select([
        'code_a', 'code_b', sql`sum(${sql.ref('n')})`.as('n'),
        sql`sum(${sql.ref('cooperation')})`.as('cooperation'), sql`sum(${sql.ref('conflict')})`.as('conflict'),
      ])
      .groupBy(['code_a', 'code_b']))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dyad_counts').execute();
  await db.schema.dropIndex('event_actors_order_idx').execute();
  await db.schema.dropIndex('event_dyads_order_idx').execute();
  for (const table of ['event_actors', 'event_dyads']) {
    for (const column of ['trigger_start', 'evidence_start', 'date_sort']) await db.schema.alterTable(table).dropColumn(column).execute();
  }
  await db.schema.dropIndex('canonical_events_order_idx').execute();
  await db.schema.createIndex('canonical_events_order_idx').on('canonical_events').columns(CANONICAL_ORDER).execute();
  await db.schema.dropIndex('events_order_idx').execute();
  await db.schema.createIndex('events_order_idx').on('events').columns(ORDER).execute();
}
