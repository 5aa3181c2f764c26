import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { RunCounts, RunDiff, RunEventChange, StoredRun } from './records.js';

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

/**
 * A sign of life of a run still going: its counts so far and `heartbeat` (epoch ms), written
 * every half minute by ingest and workers so a run whose process died can be told from a slow one.
 */
export async function heartbeatRun(db: Kysely<Database>, id: string, counts: RunCounts, now: string): Promise<void> {
  await db.updateTable('runs').set({ counts: JSON.stringify({ ...counts, heartbeat: Date.parse(now) }) })
    .where('id', '=', id).where('finished_at', 'is', null).execute();
}

/**
 * Finishes the runs whose process stopped without finishing them: no end and no heartbeat for
 * `staleMs`. Each gets `finished_at` = its last sign of life and `interrupted: 1` in its counts.
 * Returns their ids. Ingest and workers call it when they start, so a crash shows in `runs`.
 */
export async function closeAbandonedRuns(db: Kysely<Database>, now: string, staleMs: number): Promise<string[]> {
  const open = await db.selectFrom('runs').select(['id', 'started_at', 'counts']).where('finished_at', 'is', null).execute();
  const closed: string[] = [];
  for (const run of open) {
    const counts = run.counts === null ? {} : (JSON.parse(run.counts) as Record<string, number>);
    const last = counts.heartbeat ?? Date.parse(run.started_at);
    if (Date.parse(now) - last <= staleMs) continue;
    const { heartbeat: _, ...rest } = counts;
    const result = await db.updateTable('runs').set({ finished_at: new Date(last).toISOString(), counts: JSON.stringify({ ...rest, interrupted: 1 }) })
      .where('id', '=', run.id).where('finished_at', 'is', null).executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) closed.push(run.id);
  }
  return closed;
}

/** Runs in the order they started. */
export async function listRuns(db: Kysely<Database>): Promise<StoredRun[]> {
  const rows = await db.selectFrom('runs').selectAll().orderBy('started_at').orderBy('id').execute();
  return rows.map((row) => {
    const counts = row.counts === null ? null : (JSON.parse(row.counts) as RunCounts);
    const state = row.finished_at === null ? 'running' : counts?.interrupted ? 'interrupted' : 'finished';
    return { id: row.id, startedAt: row.started_at, finishedAt: row.finished_at, versions: JSON.parse(row.versions) as string[], counts, state };
  });
}

/**
 * What changed between two codings of the same documents: for every document both runs saved,
 * the events whose fingerprint (type, mode, sides, date, trigger offset) is only in `to` (added)
 * or only in `from` (removed), and the totals per type. A document coded by one run only is not
 * compared. `run_events` keeps a marker row (`event_id` '') per saved document, so a document that
 * lost all its events still counts as coded by that run.
 */
export async function diffRuns(db: Kysely<Database>, from: string, to: string): Promise<RunDiff> {
  const both = db
    .selectFrom('run_events as a')
    .innerJoin('run_events as b', 'b.doc_id', 'a.doc_id')
    .select('a.doc_id')
    .where('a.run_id', '=', from)
    .where('b.run_id', '=', to)
    .where('a.event_id', '=', '')
    .where('b.event_id', '=', '');
  const documents = await both.execute();
  const rows = await db
    .selectFrom('run_events')
    .select(['run_id', 'doc_id', 'event_id', 'event', 'fingerprint'])
    .where('run_id', 'in', [from, to])
    .where('doc_id', 'in', both)
    .where('event_id', '!=', '')
    .orderBy('doc_id')
    .orderBy('event_id')
    .execute();
  // Multisets per document: the same fingerprint twice in one coding counts twice.
  const key = (row: { doc_id: string; fingerprint: string }) => `${row.doc_id}\u0000${row.fingerprint}`;
  const counts = new Map<string, number>();
  for (const row of rows) if (row.run_id === from) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  const added: RunEventChange[] = [];
  for (const row of rows) {
    if (row.run_id !== to) continue;
    const left = counts.get(key(row)) ?? 0;
    if (left > 0) counts.set(key(row), left - 1);
    else added.push({ docId: row.doc_id, eventId: row.event_id, event: row.event, fingerprint: row.fingerprint });
  }
  const removed: RunEventChange[] = [];
  for (const row of rows) {
    if (row.run_id !== from) continue;
    const left = counts.get(key(row)) ?? 0;
    if (left > 0) {
      counts.set(key(row), left - 1);
      removed.push({ docId: row.doc_id, eventId: row.event_id, event: row.event, fingerprint: row.fingerprint });
    }
  }
  const byType: Record<string, { added: number; removed: number }> = {};
  for (const change of added) (byType[change.event] ??= { added: 0, removed: 0 }).added++;
  for (const change of removed) (byType[change.event] ??= { added: 0, removed: 0 }).removed++;
  return { from, to, documents: documents.length, added, removed, byType };
}
