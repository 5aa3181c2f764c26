import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialectName } from '../connect.js';

/**
 * The dialects the store suite loops over. PostgreSQL joins once `connect.ts` wires in `pg`:
 * add `...(process.env.PG_URL ? ['postgres'] : [])` and give it a branch in `freshLocation`.
 */
export const DIALECTS: readonly DialectName[] = ['sqlite'];

/** A fresh, empty store location for one test, and how to remove it afterwards. */
export interface TestLocation {
  readonly location: string;
  cleanup(): void;
}

/** A real SQLite file in its own temp directory (WAL needs a file; `:memory:` would hide bugs). */
export function freshLocation(dialect: DialectName): TestLocation {
  if (dialect !== 'sqlite') throw new Error(`No test location for dialect ${dialect} yet.`);
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
  return { location: `sqlite:${join(dir, 'chronicle.db')}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
