import { sql, type Kysely } from 'kysely';

/*
 * Portable SQL only: the same migration must run on SQLite and PostgreSQL. So no
 * gen_random_uuid()/NOW() defaults (ids and ISO timestamps come from the app), no boolean or
 * json column types (integer 0/1 and text), and `double precision` rather than `real`, which is
 * only 4 bytes on PostgreSQL. Migrations take `Kysely<any>`: they describe the schema as it was
 * at that point in time, not as `Database` says it is today.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('runs')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('versions', 'text', (col) => col.notNull())
    .addColumn('counts', 'text')
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('uri', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('author', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_provenance', 'text')
    .addColumn('site_name', 'text')
    .addColumn('language', 'text')
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('raw_length', 'integer', (col) => col.notNull())
    .addColumn('diagnostics', 'text', (col) => col.notNull())
    .addColumn('run_id', 'text', (col) => col.notNull().references('runs.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addCheckConstraint('documents_status_check', sql`status in ('coded', 'skipped', 'failed')`)
    .addCheckConstraint('documents_format_check', sql`format in ('text', 'html')`)
    .execute();
  await db.schema.createIndex('documents_status_idx').on('documents').column('status').execute();
  await db.schema.createIndex('documents_created_idx').on('documents').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('documents_run_idx').on('documents').column('run_id').execute();

  await db.schema
    .createTable('sentences')
    .addColumn('doc_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (col) => col.notNull())
    .addColumn('start', 'integer', (col) => col.notNull())
    .addColumn('end', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('sentences_pk', ['doc_id', 'idx'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('doc_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (col) => col.notNull().references('runs.id'))
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('mode', 'text')
    .addColumn('context', 'text', (col) => col.notNull())
    .addColumn('date', 'text')
    .addColumn('date_precision', 'text')
    .addColumn('background', 'integer', (col) => col.notNull())
    .addColumn('modality', 'text', (col) => col.notNull())
    .addColumn('confidence', 'double precision', (col) => col.notNull())
    .addColumn('cameo', 'text')
    .addColumn('event_loc', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('evidence_start', 'integer', (col) => col.notNull())
    .addColumn('evidence_end', 'integer', (col) => col.notNull())
    .addColumn('evidence_text', 'text', (col) => col.notNull())
    .addColumn('trigger_start', 'integer', (col) => col.notNull())
    .addColumn('trigger_end', 'integer', (col) => col.notNull())
    .addColumn('trigger_text', 'text', (col) => col.notNull())
    .addColumn('size', 'text', (col) => col.notNull())
    .addColumn('dead', 'integer')
    .addColumn('origin', 'text', (col) => col.notNull())
    .addColumn('why', 'text', (col) => col.notNull())
    .addColumn('record', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('events_pk', ['doc_id', 'id'])
    .addCheckConstraint('events_background_check', sql`background in (0, 1)`)
    .execute();
  // The default order of queryEvents (date, doc, evidence offset) and the since/until range.
  await db.schema.createIndex('events_date_idx').on('events').columns(['date', 'doc_id', 'evidence_start']).execute();
  await db.schema.createIndex('events_type_date_idx').on('events').columns(['event', 'date']).execute();
  await db.schema.createIndex('events_run_idx').on('events').column('run_id').execute();

  await db.schema
    .createTable('event_actors')
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('idx', 'integer', (col) => col.notNull())
    .addColumn('code', 'text')
    .addColumn('sector', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('start', 'integer', (col) => col.notNull())
    .addColumn('end', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_actors_pk', ['doc_id', 'event_id', 'role', 'idx'])
    .addForeignKeyConstraint('event_actors_event_fk', ['doc_id', 'event_id'], 'events', ['doc_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addCheckConstraint('event_actors_role_check', sql`role in ('actor', 'recipient', 'third_party')`)
    .execute();
  // "Events with ARM in any role" / "events with AZE as recipient".
  await db.schema.createIndex('event_actors_code_idx').on('event_actors').columns(['code', 'role']).execute();

  await db.schema
    .createTable('failures')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('uri', 'text', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('run_id', 'text', (col) => col.notNull().references('runs.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('failures_run_idx').on('failures').column('run_id').execute();
  await db.schema.createIndex('failures_uri_idx').on('failures').column('uri').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['failures', 'event_actors', 'events', 'sentences', 'documents', 'runs']) {
    await db.schema.dropTable(table).execute();
  }
}
