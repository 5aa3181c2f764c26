import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { parseLocation, StoreConfigError } from './location.js';

/** The dialects the store can open today; the schema and tests are written for all of them. */
export type DialectName = 'sqlite' | 'postgres';

/** An open Kysely connection and the dialect it speaks. */
export interface Connection {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
}

/**
 * Opens a Kysely connection for a location (see `parseLocation`). Does not migrate.
 * SQLite gets WAL (readers keep reading while `ingest` writes), enforced foreign keys, and a busy
 * timeout so a second process waits for the writer instead of failing with SQLITE_BUSY.
 */
export function createDb(location: string): Connection {
  const parsed = parseLocation(location);
  if (parsed.dialect === 'postgres') return createPostgres(parsed.url);
  const memory = parsed.path === ':memory:';
  if (!memory) mkdirSync(dirname(parsed.path), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(parsed.path);
  } catch (error) {
    throw new StoreConfigError(`Cannot open SQLite file "${parsed.path}": ${(error as Error).message}`);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Safe with WAL (a power cut may lose the last commits, never corrupt the file) and much faster.
  sqlite.pragma('synchronous = NORMAL');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite' };
}

/**
 * A pooled PostgreSQL connection. The URL is handed to `pg` as is, so libpq-style parameters work:
 * `postgres://u:p@host/db?options=-c%20search_path%3Dtest_1` puts every table in schema `test_1`
 * (the store tests use this to give each test its own schema). Connecting is lazy: a wrong
 * password shows on the first query (the migration), as a MigrationError naming the cause.
 */
function createPostgres(url: string): Connection {
  // A small pool: the store is written to by one ingest at a time; readers rarely need more.
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client that loses its server (restart) emits 'error'; unhandled, it would kill the process.
  pool.on('error', () => undefined);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
}
