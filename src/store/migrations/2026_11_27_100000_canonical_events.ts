import { sql, type Kysely } from 'kysely';
import { quadClass } from '../plover.js';
import { monthOf, sortDate, weekOf } from '../periods.js';

/*
 * Issue 7: derived query columns on `events` (quad class, ISO week, month), one row per country
 * pair of an event (`event_dyads`), the events each run produced (`run_events`, so re-coding shows
 * what changed), and cross-article merging (`canonical_events`, `event_links`, plus the parties
 * and pairs of each canonical event for filters). Portable SQL only, as in the init migration.
 */

export async function up(db: Kysely<any>): Promise<void> {
  // One statement per column: SQLite's ALTER TABLE adds one column at a time.
  await db.schema.alterTable('events').addColumn('quad', 'integer').execute();
  await db.schema.alterTable('events').addColumn('week', 'text').execute();
  await db.schema.alterTable('events').addColumn('month', 'text').execute();
  await db.schema.alterTable('events').addColumn('date_sort', 'text').execute();
  await backfillEvents(db);
  // The order of every event page (see events.table.ts `date_sort`): a LIMIT reads the index in order, no sort.
  await db.schema.createIndex('events_order_idx').on('events').columns(['date_sort', 'doc_id', 'evidence_start', 'trigger_start', 'id']).execute();
  await db.schema.createIndex('events_month_idx').on('events').columns(['month', 'event']).execute();
  await db.schema.createIndex('events_week_idx').on('events').columns(['week', 'event']).execute();
  await db.schema.createIndex('events_latlon_idx').on('events').columns(['lat', 'lon']).execute();
  await db.schema.createIndex('events_mode_idx').on('events').columns(['event', 'mode']).execute();

  await db.schema
    .createTable('event_dyads')
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('code_a', 'text', (col) => col.notNull())
    .addColumn('code_b', 'text', (col) => col.notNull())
    .addColumn('quad', 'integer')
    .addPrimaryKeyConstraint('event_dyads_pk', ['doc_id', 'event_id', 'code_a', 'code_b'])
    .addForeignKeyConstraint('event_dyads_event_fk', ['doc_id', 'event_id'], 'events', ['doc_id', 'id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('event_dyads_order_check', sql`code_a < code_b`)
    .execute();
  // Covering for dyad counts: the quad split is read from the index, grouped in its order.
  await db.schema.createIndex('event_dyads_pair_idx').on('event_dyads').columns(['code_a', 'code_b', 'quad']).execute();
  await backfillDyads(db);

  await db.schema
    .createTable('run_events')
    .addColumn('run_id', 'text', (col) => col.notNull().references('runs.id'))
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('fingerprint', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('run_events_pk', ['run_id', 'doc_id', 'event_id'])
    .execute();
  await db.schema.createIndex('run_events_doc_idx').on('run_events').columns(['doc_id', 'run_id']).execute();

  await db.schema
    .createTable('canonical_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('mode', 'text')
    .addColumn('quad', 'integer')
    .addColumn('date', 'text')
    .addColumn('date_precision', 'text')
    .addColumn('date_lo', 'text')
    .addColumn('date_hi', 'text')
    .addColumn('month', 'text')
    .addColumn('date_sort', 'text', (col) => col.notNull())
    .addColumn('background', 'integer', (col) => col.notNull())
    .addColumn('country_code', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('first_reported', 'text')
    .addColumn('mention_count', 'integer', (col) => col.notNull())
    .addColumn('source_count', 'integer', (col) => col.notNull())
    .addColumn('dead', 'integer')
    .addColumn('dead_rule', 'text')
    .addColumn('figures', 'text', (col) => col.notNull())
    .addColumn('actors', 'text', (col) => col.notNull())
    .addColumn('locked', 'integer', (col) => col.notNull())
    .addColumn('record', 'text', (col) => col.notNull())
    .addCheckConstraint('canonical_events_locked_check', sql`locked in (0, 1)`)
    .execute();
  await db.schema.createIndex('canonical_events_type_idx').on('canonical_events').columns(['event', 'date_lo']).execute();
  await db.schema.createIndex('canonical_events_quad_idx').on('canonical_events').columns(['quad', 'date_lo']).execute();
  await db.schema.createIndex('canonical_events_date_idx').on('canonical_events').columns(['date', 'id']).execute();
  await db.schema.createIndex('canonical_events_order_idx').on('canonical_events').columns(['date_sort', 'id']).execute();
  // Covering for fatalities per month.
  await db.schema.createIndex('canonical_events_month_idx').on('canonical_events').columns(['month', 'dead']).execute();
  await db.schema.createIndex('canonical_events_latlon_idx').on('canonical_events').columns(['lat', 'lon']).execute();

  await db.schema
    .createTable('event_links')
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('canonical_id', 'text', (col) => col.notNull().references('canonical_events.id'))
    .addColumn('score', 'double precision', (col) => col.notNull())
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('pinned', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_links_pk', ['doc_id', 'event_id'])
    .addForeignKeyConstraint('event_links_event_fk', ['doc_id', 'event_id'], 'events', ['doc_id', 'id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('event_links_pinned_check', sql`pinned in (0, 1)`)
    .execute();
  await db.schema.createIndex('event_links_canonical_idx').on('event_links').column('canonical_id').execute();

  await db.schema
    .createTable('canonical_actors')
    .addColumn('canonical_id', 'text', (col) => col.notNull().references('canonical_events.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('canonical_actors_pk', ['canonical_id', 'role', 'code'])
    .execute();
  await db.schema.createIndex('canonical_actors_code_idx').on('canonical_actors').columns(['code', 'role']).execute();

  await db.schema
    .createTable('canonical_dyads')
    .addColumn('canonical_id', 'text', (col) => col.notNull().references('canonical_events.id').onDelete('cascade'))
    .addColumn('code_a', 'text', (col) => col.notNull())
    .addColumn('code_b', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('canonical_dyads_pk', ['canonical_id', 'code_a', 'code_b'])
    .execute();
  await db.schema.createIndex('canonical_dyads_pair_idx').on('canonical_dyads').columns(['code_a', 'code_b']).execute();
}

/** Fills quad/week/month of events stored before this migration, a batch at a time. */
async function backfillEvents(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom('events').select(['doc_id', 'id', 'event', 'date']).execute();
  for (const row of rows as { doc_id: string; id: string; event: string; date: string | null }[]) {
    await db
      .updateTable('events')
      .set({ quad: quadClass(row.event), week: weekOf(row.date), month: monthOf(row.date), date_sort: sortDate(row.date) })
      .where('doc_id', '=', row.doc_id)
      .where('id', '=', row.id)
      .execute();
  }
}

/** Country pairs of events stored before this migration (see `dyadsOf` in event-rows.ts). */
async function backfillDyads(db: Kysely<any>): Promise<void> {
  const parties = (await db
    .selectFrom('event_actors')
    .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_actors.doc_id').onRef('events.id', '=', 'event_actors.event_id'))
    .select(['event_actors.doc_id', 'event_actors.event_id', 'event_actors.code', 'events.quad'])
    .where('event_actors.role', 'in', ['actor', 'recipient'])
    .where('event_actors.code', 'is not', null)
    .execute()) as { doc_id: string; event_id: string; code: string; quad: number | null }[];
  const byEvent = new Map<string, { doc_id: string; event_id: string; quad: number | null; codes: Set<string> }>();
  for (const p of parties) {
    const key = JSON.stringify([p.doc_id, p.event_id]);
    const entry = byEvent.get(key) ?? { doc_id: p.doc_id, event_id: p.event_id, quad: p.quad, codes: new Set<string>() };
    entry.codes.add(p.code);
    byEvent.set(key, entry);
  }
  for (const entry of byEvent.values()) {
    const codes = [...entry.codes].sort();
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        await db.insertInto('event_dyads').values({ doc_id: entry.doc_id, event_id: entry.event_id, code_a: codes[i], code_b: codes[j], quad: entry.quad }).execute();
      }
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['canonical_dyads', 'canonical_actors', 'event_links', 'canonical_events', 'run_events', 'event_dyads']) {
    await db.schema.dropTable(table).execute();
  }
  for (const index of ['events_order_idx', 'events_month_idx', 'events_week_idx', 'events_latlon_idx', 'events_mode_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  for (const column of ['quad', 'week', 'month', 'date_sort']) await db.schema.alterTable('events').dropColumn(column).execute();
}
