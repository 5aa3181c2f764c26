import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import type { DialectName } from '../connect.js';

/**
 * The dialects the store suite loops over: SQLite always, PostgreSQL when `PG_URL` is set
 * (`export PG_URL="$(bash scripts/start-postgres.sh)"`).
 */
export const DIALECTS: readonly DialectName[] = ['sqlite', ...(process.env.PG_URL ? (['postgres'] as const) : [])];

/** A fresh, empty store location for one test, and how to remove it afterwards. */
export interface TestLocation {
  readonly location: string;
  cleanup(): Promise<void>;
}

/*
 * PostgreSQL isolation: one database per test file (created on first use, dropped after the
 * file), one schema per test inside it (via `search_path` in the URL). A database per file, not
 * only a schema per test, because Kysely's migrator lists the tables of *every* schema of its
 * database: a schema dropped by a test file running in parallel made another file's migration fail.
 */
const FILE_DATABASE = `chronicle_test_${process.pid}_${randomBytes(4).toString('hex')}`;
let fileDatabase: Promise<string> | undefined;

function databaseUrl(base: string, database: string): URL {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url;
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  if (fileDatabase === undefined) return;
  await fileDatabase;
  // "with (force)" cannot end a server process of another role (an autovacuum worker busy on the
  // test database after a heavy file): wait for it a few times rather than fail the file's tests.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(process.env.PG_URL!, `drop database if exists ${FILE_DATABASE} with (force)`);
      return;
    } catch (error) {
      if (attempt === 5) {
        console.warn(`could not drop the test database ${FILE_DATABASE}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
});

/**
 * SQLite: a real file in its own temp directory (WAL needs a file; `:memory:` would hide bugs).
 * PostgreSQL: a new schema in this file's test database, dropped on cleanup.
 */
export async function freshLocation(dialect: DialectName): Promise<TestLocation> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
    return { location: `sqlite:${join(dir, 'chronicle.db')}`, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.PG_URL;
  if (!base) throw new Error('PG_URL is not set: run `export PG_URL="$(bash scripts/start-postgres.sh)"`.');
  fileDatabase ??= adminQuery(base, `create database ${FILE_DATABASE}`).then(() => databaseUrl(base, FILE_DATABASE).toString());
  const database = await fileDatabase;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(database, `create schema ${schema}`);
  const url = new URL(database);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { location: url.toString(), cleanup: () => adminQuery(database, `drop schema ${schema} cascade`) };
}
