import { sql, type Kysely } from 'kysely';

/*
 * Issue 18 (every typical query under 100 ms at 1,000,000 events):
 * - events of one type and mode, in page order: the (event, mode) index is extended with the page
 *   order, so "RETREAT/release with 2 sources, page of 100" walks the index in order and stops
 *   after 100 matches instead of fetching and sorting every RETREAT/release mention;
 * - an actor filter probes an event's parties by code from an index alone (event_actors_event_code_idx),
 *   rather than reading each party row of every event a page walks past;
 * - weekly counts within date bounds read the week index alone: it now carries the date and its
 *   sort key that the bounds test (PostgreSQL read every counted row for them);
 * - summary tables of events per month-period and type and of pairs per month-period
 *   (summaries.ts), kept by the write path, for counts over the whole store or whole months.
 * Portable SQL only; the backfill is one INSERT … SELECT per table.
 */

const PERIOD = sql`coalesce(${sql.ref('events.month')}, ${sql.ref('events.date')}, '~')`;

export async function up(db: Kysely<any>): Promise<void> {
  // Partial (events with a mode), so a filter on the type alone never takes it for the type's index
  // and sorts every event of the type, as SQLite did before statistics named it.
  await db.schema.createIndex('events_mode_order_idx').on('events').columns(['event', 'mode', 'date_sort', 'doc_id', 'evidence_start', 'trigger_start', 'id'])
    .where(sql.ref('mode'), 'is not', null).execute();
  await db.schema.dropIndex('events_mode_idx').execute();
  await db.schema.createIndex('event_actors_event_code_idx').on('event_actors').columns(['doc_id', 'event_id', 'code', 'role']).execute();
  await db.schema.createIndex('events_week_dates_idx').on('events').columns(['week', 'event', 'date', 'date_sort']).execute();
  await db.schema.dropIndex('events_week_idx').execute();

  await db.schema
    .createTable('event_month_counts')
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_month_counts_pk', ['period', 'event'])
    .execute();
  await db.schema
    .createTable('dyad_month_counts')
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('code_a', 'text', (col) => col.notNull())
    .addColumn('code_b', 'text', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addColumn('cooperation', 'integer', (col) => col.notNull())
    .addColumn('conflict', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('dyad_month_counts_pk', ['period', 'code_a', 'code_b'])
    .execute();

  await db
    .insertInto('event_month_counts')
    .columns(['period', 'event', 'n'])
    .expression(db.selectFrom('events').select([PERIOD.as('period'), 'events.event', sql`count(*)`.as('n')]).groupBy([PERIOD, 'events.event']))
    .execute();
  await db
    .insertInto('dyad_month_counts')
    .columns(['period', 'code_a', 'code_b', 'n', 'cooperation', 'conflict'])
    .expression(db
      .selectFrom('event_dyads')
      .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_dyads.doc_id').onRef('events.id', '=', 'event_dyads.event_id'))
      .select([
        PERIOD.as('period'), 'event_dyads.code_a', 'event_dyads.code_b', sql`count(*)`.as('n'),
        sql`sum(case when ${sql.ref('event_dyads.quad')} <= 2 then 1 else 0 end)`.as('cooperation'),
        sql`sum(case when ${sql.ref('event_dyads.quad')} >= 3 then 1 else 0 end)`.as('conflict'),
      ])
      .groupBy([PERIOD, 'event_dyads.code_a', 'event_dyads.code_b']))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dyad_month_counts').execute();
  await db.schema.dropTable('event_month_counts').execute();
  await db.schema.createIndex('events_week_idx').on('events').columns(['week', 'event']).execute();
  await db.schema.dropIndex('events_week_dates_idx').execute();
  await db.schema.dropIndex('event_actors_event_code_idx').execute();
  await db.schema.createIndex('events_mode_idx').on('events').columns(['event', 'mode']).execute();
  await db.schema.dropIndex('events_mode_order_idx').execute();
}
