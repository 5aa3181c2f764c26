import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
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

/**
 * SQLite: a real file in its own temp directory (WAL needs a file; `:memory:` would hide bugs).
 * PostgreSQL: a new schema in the `PG_URL` database, reached through `search_path` in the URL,
 * so tests (and parallel test files) never see each other's tables; dropped on cleanup.
 */
export async function freshLocation(dialect: DialectName): Promise<TestLocation> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
    return { location: `sqlite:${join(dir, 'chronicle.db')}`, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.PG_URL;
  if (!base) throw new Error('PG_URL is not set: run `export PG_URL="$(bash scripts/start-postgres.sh)"`.');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(base, `create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { location: url.toString(), cleanup: () => adminQuery(base, `drop schema ${schema} cascade`) };
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
