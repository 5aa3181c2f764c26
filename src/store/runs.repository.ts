import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { RunCounts, StoredRun } from './records.js';

/** Inserts a run and returns its new id. */
export async function startRun(db: Kysely<Database>, versions: readonly string[], now: string): Promise<string> {
  const id = randomUUID();
  await db.insertInto('runs').values({ id, started_at: now, finished_at: null, versions: JSON.stringify(versions), counts: null }).execute();
  return id;
}

/** Stamps a run's end time and counts. Throws for an unknown id (a caller error). */
export async function finishRun(db: Kysely<Database>, id: string, counts: RunCounts, now: string): Promise<void> {
  const result = await db
    .updateTable('runs')
    .set({ finished_at: now, counts: JSON.stringify(counts) })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new RangeError(`Unknown run "${id}": finish the id that startRun returned.`);
  }
}

/** Runs in the order they started. */
export async function listRuns(db: Kysely<Database>): Promise<StoredRun[]> {
  const rows = await db.selectFrom('runs').selectAll().orderBy('started_at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    versions: JSON.parse(row.versions) as string[],
    counts: row.counts === null ? null : (JSON.parse(row.counts) as RunCounts),
  }));
}
