import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { parseLocation, StoreConfigError, StoreNotFoundError } from './location.js';

/** The dialects the store can open today; the schema and tests are written for all of them. */
export type DialectName = 'sqlite' | 'postgres';

/** An open Kysely connection and the dialect it speaks. */
export interface Connection {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
}

/** Options of `createDb`. */
export interface ConnectOptions {
  /**
   * Refuse a SQLite file that does not exist (StoreNotFoundError) instead of creating it and its
   * folders: for commands that only read.
   */
  readonly mustExist?: boolean;
}

/**
 * Opens a Kysely connection for a location (see `parseLocation`). Does not migrate.
 * SQLite gets WAL (readers keep reading while `ingest` writes), enforced foreign keys, and a busy
 * timeout so a second process waits for the writer instead of failing with SQLITE_BUSY.
 * Throws StoreConfigError when the file cannot be opened or is not a SQLite database.
 */
export function createDb(location: string, options: ConnectOptions = {}): Connection {
  const parsed = parseLocation(location);
  if (parsed.dialect === 'postgres') return createPostgres(parsed.url);
  const memory = parsed.path === ':memory:';
  if (!memory && options.mustExist && !existsSync(parsed.path)) {
    throw new StoreNotFoundError(`No database at ${parsed.path}: create one with \`chronicle ingest PATH --db ${parsed.path}\`, or name another with --db.`);
  }
  let sqlite: SQLite.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(parsed.path), { recursive: true });
    sqlite = new SQLite(parsed.path, options.mustExist ? { fileMustExist: true } : {});
    // The first statement reads the file: a file that is not a database fails here, not later.
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    sqlite?.close();
    const { code, message } = error as { code?: string; message: string };
    throw new StoreConfigError(`Cannot open SQLite file "${parsed.path}": ${message}${code && !message.includes(code) ? ` (${code})` : ''}.`);
  }
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
