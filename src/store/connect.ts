import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import { onFirstUse } from '../core/on-first-use.js';
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
  reusePreparedStatements(sqlite);
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite' };
}

/** Compiled statements kept per connection; the store issues a few dozen distinct shapes, chunked inserts a few more. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and compiling a statement costs SQLite more than running a
 * small insert or lookup (a fifth of the save step's time in bench/store-write.ts). Statements are
 * kept by their SQL text and reused: Kysely only calls `all`, `run` and `iterate` on them (no mode
 * that sticks, like `pluck`), a stream holds the connection until it ends, and SQLite recompiles a
 * kept statement by itself after a schema change.
 */
function reusePreparedStatements(sqlite: SQLite.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement === undefined) {
      statement = prepare(source);
      if (kept.size >= STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
      kept.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/** Seconds to wait for a PostgreSQL connection unless the URL says `connect_timeout=N`. */
export const PG_CONNECT_TIMEOUT_SECONDS = 10;
/** Longest statement, in ms, unless the URL says `statement_timeout=N`; a remerge of a large store stays far below. */
export const PG_STATEMENT_TIMEOUT_MS = 300_000;

/**
 * The settings every PostgreSQL connection gets (the store's pool and pg-boss's): a connect
 * timeout (libpq's `connect_timeout` in the URL is read here, because `pg` ignores it and a
 * server that accepts and never answers hung a worker forever), a server-side statement timeout,
 * a client-side query timeout a little longer (a server that stops answering mid-query), and TCP
 * keep-alive so a dead peer is noticed.
 */
export function postgresSettings(url: string): { connectionString: string; connectionTimeoutMillis: number; statement_timeout: number; query_timeout: number; keepAlive: true } {
  const params = new URL(url).searchParams;
  const connect = Number(params.get('connect_timeout') ?? PG_CONNECT_TIMEOUT_SECONDS);
  const statement = Number(params.get('statement_timeout') ?? PG_STATEMENT_TIMEOUT_MS);
  const statementMs = Number.isFinite(statement) && statement > 0 ? statement : PG_STATEMENT_TIMEOUT_MS;
  return {
    connectionString: url,
    connectionTimeoutMillis: (Number.isFinite(connect) && connect > 0 ? connect : PG_CONNECT_TIMEOUT_SECONDS) * 1000,
    statement_timeout: statementMs,
    query_timeout: statementMs + 10_000,
    keepAlive: true,
  };
}

/**
 * A pooled PostgreSQL connection. The URL is handed to `pg` as is, so libpq-style parameters work:
 * `postgres://u:p@host/db?options=-c%20search_path%3Dtest_1` puts every table in schema `test_1`
 * (the store tests use this to give each test its own schema). Connecting is lazy: a wrong
 * password shows on the first query (the migration), as a MigrationError naming the cause.
 */
// Loaded for a PostgreSQL store only: an SQLite ingest (and every coding thread) never needs it (core/on-first-use.ts).
const postgres = onFirstUse<typeof pg>('pg');

function createPostgres(url: string): Connection {
  // A small pool: the store is written to by one ingest at a time; readers rarely need more.
  const pool = new (postgres().Pool)({ ...postgresSettings(url), max: 4 });
  // An idle client that loses its server (restart) emits 'error' on the pool.
  pool.on('error', () => undefined);
  // A client checked out of the pool (Kysely holds one through a transaction) has no listener of
  // the pool's: when the server restarts it emits 'error' ("Connection terminated unexpectedly"),
  // which unhandled ended the process. Its query fails with the same error, which is what the
  // caller handles; this listener only keeps the event from being fatal.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
}
