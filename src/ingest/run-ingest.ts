import type { ArticleDoc } from '../core/document.js';
import { createCoderPool, type CoderPool } from '../parallel/pool.js';
import { HEARTBEAT_MS, type Store } from '../store/index.js';
import { isFailure, type InputFailure } from './load.js';
import { countDemotion, saveCoded, type CodedItem, type SaveOutcome } from './save-coded.js';
import { loadPeopleMemory, settleMemory } from '../memory/index.js';

export interface IngestCounts {
  inputs: number;
  inserted: number;
  existing: number;
  coded: number;
  skipped: number;
  failed: number;
  events: number;
  /** Documents the second pass coded again (their coding asked the memory about someone the run taught it), and of those, the ones whose events changed. */
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
  /**
   * A pool to reuse (benchmarks warm one up); it is left open. Default: a new pool of `workers`
   * threads with the store's memory. Give it a memory too (`createCoderPool(n, { memory })`): a
   * pool without one records nothing of what its codings ask, and the second pass then codes
   * every document of the run again whenever the memory changed.
   */
  readonly pool?: CoderPool;
  /** Dictionary files for the coders (`--dictionary`). */
  readonly dictionaries?: readonly string[];
  /** The learned filter on (`--precise`, src/stages/confidence). */
  readonly precise?: boolean;
  /** Most milliseconds one document may take to code (see `PoolOptions.timeoutMs`); none by default. */
  readonly timeoutMs?: number;
}

/** Most coded documents saved in one transaction. */
const WRITE_BATCH = 32;

/**
 * Saves coded documents one batch at a time: what was coded while the previous batch was being
 * written goes into the next transaction (nothing waits for a batch to fill). Batches are saved,
 * and their outcomes handled by `after`, one after the other, in the order the documents were
 * coded: SQLite has one writer, and merging depends on the order of saves.
 */
function batchWriter<Item extends CodedItem>(store: Store, runId: string, after: (item: Item, outcome: SaveOutcome) => Promise<void>) {
  const waiting: { item: Item; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let writing = false;
  const drain = async (): Promise<void> => {
    writing = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting.splice(0, WRITE_BATCH);
        try {
          // Linked to canonical events by the run's finishing step only (`settleMerges`), which links
          // every mention of the run again in report order: links made here would be thrown away.
          const outcomes = await saveCoded(store, runId, batch.map((entry) => entry.item), 'later');
          for (const [n, entry] of batch.entries()) await after(entry.item, outcomes[n]!).then(entry.resolve, entry.reject);
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      writing = false;
    }
  };
  return {
    save: (item: Item): Promise<void> => new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!writing) void drain();
    }),
  };
}

/** How long `lookahead` waits for one more input before it checks the group it has (ms). */
const LOOKAHEAD_WAIT_MS = 20;

/**
 * The inputs in groups of up to `size`, in order. A group takes only what the source gives at
 * once (an array, a folder's files read one after another): an input that takes longer than
 * LOOKAHEAD_WAIT_MS to come (a live feed on standard input) ends the group, so a slow source never
 * holds back an input it has already given.
 */
export async function* lookahead<T>(inputs: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  const iterator: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  const next = async (): Promise<IteratorResult<T>> => iterator.next();
  let pending = next();
  for (;;) {
    const first = await pending;
    if (first.done) return;
    const group = [first.value];
    pending = next();
    let done = false;
    while (group.length < size) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => { timer = setTimeout(resolve, LOOKAHEAD_WAIT_MS, 'late'); });
      // A source that fails after giving some inputs: those are handled first, then the error is
      // thrown where the next group would start (as reading input by input did).
      const result = await Promise.race([pending, late]).catch(() => 'failed' as const).finally(() => clearTimeout(timer));
      if (result === 'late' || result === 'failed') break;
      if (result.done) {
        done = true;
        break;
      }
      group.push(result.value);
      pending = next();
    }
    yield group;
    if (done) return;
  }
}

/**
 * Codes a stream of inputs into the store: documents already stored (same content hash) are not
 * coded again; up to twice as many documents as workers are in flight (and a batch waiting to
 * be written), so memory stays flat however long the stream; documents coded together are saved in
 * one transaction, a bad one failing alone; bad inputs are recorded as failures and the stream goes on.
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
      memory, ...(options.dictionaries ? { dictionaries: options.dictionaries } : {}), ...(options.precise ? { precise: true } : {}), ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    return started;
  };
  const counts: IngestCounts = { inputs: 0, inserted: 0, existing: 0, coded: 0, skipped: 0, failed: 0, events: 0, recoded: 0, replaced: 0 };
  const heartbeat = setInterval(() => void store.heartbeatRun(runId, { ...counts }).catch(() => undefined), HEARTBEAT_MS);
  heartbeat.unref();
  const inFlight = new Set<Promise<void>>();
  // Coded documents wait here while the writer saves the previous batch: up to WRITE_BATCH more in flight.
  const limit = Math.max(2, (options.pool?.size ?? options.workers) * 2) + WRITE_BATCH;
  // Two copies of one text in flight at once: the second is not coded twice. Only documents in
  // flight are kept (the store answers for saved ones), so the set stays as small as the queue.
  const seen = new Set<string>();
  // Documents stored since the current group was checked (cleared at each check): bounded like `seen`.
  const savedSinceCheck = new Set<string>();
  const writer = batchWriter<CodedItem>(store, runId, async ({ doc: coded }, { final, saved, demoted }) => {
    countDemotion(counts, demoted, runId);
    if (final.status === 'failed') counts.failed++;
    else if (final.status === 'skipped') counts.skipped++;
    else {
      counts.coded++;
      counts.events += coded.events.length;
    }
    if (saved === 'inserted') counts.inserted++;
    else if (saved !== undefined) counts.existing++;
    if (final.status === 'coded') options.onItem?.('coded', coded.source.uri, undefined, coded.events.length);
    else options.onItem?.(final.status, coded.source.uri, final.reason);
  });

  const handle = async (doc: ArticleDoc): Promise<void> => {
    // The input as read: an in-thread coder fills in the document (and its source) in place.
    const input = { raw: doc.raw, source: { ...doc.source } };
    // `keep`: the coder keeps what the text stages gave, so the second pass can resume from there.
    const { consulted, ...coded } = await coderPool().code(doc, { keep: true });
    // What the document teaches waits for the end of the run (settleMemory), with its input for a
    // second pass and what its coding asked the memory; held in the document's save transaction.
    await writer.save({ ...coded, held: { ...input, ...(consulted ? { consulted } : {}) } });
  };

  try {
    // Inputs are checked against the store a group at a time: the check waits for the store's one
    // connection, which a write transaction holds, so checking each input alone let the loop take
    // one new input per transaction — every batch was one document (one commit and one recompute of
    // its canonical events each), and worker threads waited for work.
    for await (const group of lookahead(inputs, WRITE_BATCH)) {
      const ids = group.flatMap((item) => (isFailure(item) ? [] : [item.id]));
      // Saved since the check was asked for: the check may have run before their transaction committed.
      savedSinceCheck.clear();
      const stored = ids.length > 0 ? await store.storedDocumentIds(ids) : new Set<string>();
      for (const item of group) {
        counts.inputs++;
        if (isFailure(item)) {
          counts.failed++;
          await store.recordFailure(item.uri, 'read', item.reason, runId);
          options.onItem?.('failed', item.uri, item.reason);
          continue;
        }
        if (seen.has(item.id) || stored.has(item.id) || savedSinceCheck.has(item.id)) {
          counts.existing++;
          options.onItem?.('existing', item.source.uri);
          continue;
        }
        seen.add(item.id);
        const task = handle(item).then(() => { savedSinceCheck.add(item.id); }, async (error: unknown) => {
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
    }
    await Promise.all(inFlight);
    // The second pass: what the run taught is applied, and the documents it changes are coded again.
    const settled = await settleMemory({ store, memory, pool: coderPool, runId, merge: 'later' });
    counts.recoded += settled.recoded;
    counts.replaced += settled.replaced;
    counts.events += settled.eventsDelta;
    // Then the run's mentions are linked again in report order: which canonical event each joined
    // depended on which document was saved first.
    await store.settleMerges();
  } finally {
    clearInterval(heartbeat);
    if (!options.pool) await started?.close();
    await store.finishRun(runId, { ...counts });
  }
  return { runId, counts };
}
