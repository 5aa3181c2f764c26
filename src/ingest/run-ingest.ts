import type { ArticleDoc } from '../core/document.js';
import { createCoderPool, type CoderPool } from '../parallel/pool.js';
import { HEARTBEAT_MS, type Store } from '../store/index.js';
import { isFailure, type InputFailure } from './load.js';
import { findNearDuplicate, signatureRecord } from './near-duplicates.js';
import { holdLessons, loadPeopleMemory, settleMemory } from '../memory/index.js';

export interface IngestCounts {
  inputs: number;
  inserted: number;
  existing: number;
  coded: number;
  skipped: number;
  failed: number;
  events: number;
  /** Documents the second pass coded again (their text names someone the run taught the memory), and of those, the ones whose events changed. */
  recoded: number;
  replaced: number;
}

export interface IngestOptions {
  readonly store: Store;
  /** Worker threads for coding (default: all cores). */
  readonly workers: number;
  /** Called after each input is done (for progress), with the number of events a coded document gave. */
  readonly onItem?: (outcome: 'coded' | 'skipped' | 'failed' | 'existing', uri: string, reason?: string, events?: number) => void;
  /** Pipeline stage versions, recorded with the run. */
  readonly versions: readonly string[];
  /** A pool to reuse (benchmarks warm one up); it is left open. Default: a new pool of `workers` threads with the store's memory. */
  readonly pool?: CoderPool;
  /** Dictionary files for the coders (`--dictionary`). */
  readonly dictionaries?: readonly string[];
  /** Most milliseconds one document may take to code (see `PoolOptions.timeoutMs`); none by default. */
  readonly timeoutMs?: number;
}

/**
 * Codes a stream of inputs into the store: documents already stored (same content hash) are not
 * coded again; up to twice as many documents as workers are in flight, so memory stays flat
 * however long the stream; every document is saved in its own transaction; bad inputs are
 * recorded as failures and the stream goes on.
 */
export async function ingestStream(inputs: AsyncIterable<ArticleDoc | InputFailure> | Iterable<ArticleDoc | InputFailure>, options: IngestOptions): Promise<{ runId: string; counts: IngestCounts }> {
  const { store } = options;
  // The corpus memory: people learned from titles in articles resolve bare names in others. Every
  // document is coded against the memory as it stands now; what the run teaches is applied once at
  // the end (settleMemory), so the result does not depend on which document finished first.
  const memory = await loadPeopleMemory(store.db);
  // Runs an earlier process left unfinished (killed, crashed) are marked interrupted.
  await store.closeAbandonedRuns();
  const runId = await store.startRun(options.versions);
  // The worker threads (each loads the language model) start with the first document to code:
  // re-running an ingest over stored documents starts none, and a store that fails first leaves none running.
  let started: CoderPool | undefined = options.pool;
  const coderPool = (): CoderPool => {
    started ??= createCoderPool(options.workers, {
      memory, ...(options.dictionaries ? { dictionaries: options.dictionaries } : {}), ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    return started;
  };
  const counts: IngestCounts = { inputs: 0, inserted: 0, existing: 0, coded: 0, skipped: 0, failed: 0, events: 0, recoded: 0, replaced: 0 };
  const heartbeat = setInterval(() => void store.heartbeatRun(runId, { ...counts }).catch(() => undefined), HEARTBEAT_MS);
  heartbeat.unref();
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(2, (options.pool?.size ?? options.workers) * 2);
  // Two copies of one text in flight at once: the second is not coded twice. Only documents in
  // flight are kept (the store answers for saved ones), so the set stays as small as the queue.
  const seen = new Set<string>();
  // Saves are serialised: SQLite has one writer, and it keeps the store's order deterministic per completion.
  let saving: Promise<unknown> = Promise.resolve();

  const handle = async (doc: ArticleDoc): Promise<void> => {
    const pool = coderPool();
    // The input as read: an in-thread coder fills in the document (and its source) in place.
    const input = { raw: doc.raw, source: { ...doc.source } };
    const { status, doc: coded } = await pool.code(doc);
    const save = saving.then(async () => {
      // Checked inside the serialised chain, so a copy later in the same batch sees the original.
      let final = status;
      const nearDuplicateOf = status.status === 'coded' ? await findNearDuplicate(store, coded) : undefined;
      if (nearDuplicateOf) {
        final = { status: 'skipped', reason: `near-duplicate of ${nearDuplicateOf}` };
        coded.events = [];
      }
      if (final.status === 'failed') {
        counts.failed++;
        await store.recordFailure(coded.source.uri, final.stage, final.reason, runId);
      } else if (final.status === 'skipped') counts.skipped++;
      else {
        counts.coded++;
        counts.events += coded.events.length;
      }
      const signature = final.status === 'coded' ? signatureRecord(coded) : undefined;
      if (final.status === 'coded') await holdLessons(store.db, coded, input);
      const saved = await store.saveDocument(coded, runId, final.status === 'coded' ? { status: 'coded' }
        : { status: final.status, reason: final.reason, ...(nearDuplicateOf ? { nearDuplicateOf } : {}) }, signature ? { signature } : {});
      if (saved === 'inserted') counts.inserted++;
      else counts.existing++;
      if (final.status === 'coded') options.onItem?.('coded', coded.source.uri, undefined, coded.events.length);
      else options.onItem?.(final.status, coded.source.uri, final.reason);
    });
    saving = save.catch(() => undefined);
    await save;
  };

  try {
    for await (const item of inputs) {
      counts.inputs++;
      if (isFailure(item)) {
        counts.failed++;
        await store.recordFailure(item.uri, 'read', item.reason, runId);
        options.onItem?.('failed', item.uri, item.reason);
        continue;
      }
      if (seen.has(item.id) || await store.hasDocument(item.id)) {
        counts.existing++;
        options.onItem?.('existing', item.source.uri);
        continue;
      }
      seen.add(item.id);
      const task = handle(item).catch(async (error: unknown) => {
        counts.failed++;
        const reason = error instanceof Error ? error.message : String(error);
        await store.recordFailure(item.source.uri, 'store', reason, runId).catch(() => undefined);
        options.onItem?.('failed', item.source.uri, reason);
      }).finally(() => {
        inFlight.delete(task);
        seen.delete(item.id);
      });
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    // The second pass: what the run taught is applied, and the documents it changes are coded again.
    const settled = await settleMemory({ store, memory, pool: coderPool, runId });
    counts.recoded += settled.recoded;
    counts.replaced += settled.replaced;
    counts.events += settled.eventsDelta;
  } finally {
    clearInterval(heartbeat);
    if (!options.pool) await started?.close();
    await store.finishRun(runId, { ...counts });
  }
  return { runId, counts };
}
