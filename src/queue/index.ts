import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { isFailure } from '../ingest/load.js';
import type { InputItem } from '../ingest/readers/index.js';
import { docOrFailure } from '../ingest/readers/index.js';
import { countDemotion, saveCoded, type SaveOutcome } from '../ingest/save-coded.js';
import { hasHeldLessons, loadPeopleMemory, memoryVersion, memoryWorkPending, refreshMemory, settleMemory, type PeopleMemory } from '../memory/index.js';
import type { CoderPool } from '../parallel/pool.js';
import { DatabaseUnavailableError, HEARTBEAT_MS, postgresSettings, type Store } from '../store/index.js';

/**
 * Distributed coding on PostgreSQL with pg-boss (an existing, well-kept job queue on Postgres;
 * pg-boss 10 is the last major that runs on Node 20). `chronicle queue add` puts inputs on the
 * queue, any number of `chronicle worker` processes on any machines take them, code them and save
 * them to the shared store. A job whose worker dies expires and is retried by another worker; the
 * store's content-hash document id makes the save idempotent, so each document is stored once.
 */
export const QUEUE_NAME = 'chronicle-code';

/** What a job carries: the input itself, so workers need no shared file system. */
export interface CodeJob {
  readonly item: InputItem;
  readonly published?: string;
}

export interface QueueOptions {
  /**
   * Seconds a job may stay active before another worker may take it (a killed worker's jobs come
   * back after this). It is stamped on each job when it is added, so it is set by `queue add`
   * (`--job-timeout`); opening the queue without it leaves the queue's setting as it is.
   */
  readonly expireInSeconds?: number;
  /** Attempts after the first before a job is marked failed. */
  readonly retryLimit?: number;
  /** How often expired jobs are looked for, in seconds. */
  readonly maintenanceIntervalSeconds?: number;
  /** PostgreSQL schema of the queue tables (default `chronicle_queue`). */
  readonly schema?: string;
}

/** What `queue status` shows: jobs by state, and the active ones with how long they have run. */
export interface QueueStatus {
  /** Waiting or waiting to be retried. */
  readonly pending: number;
  readonly active: number;
  readonly failed: number;
  readonly completed: number;
  readonly cancelled: number;
  /** The job timeout new jobs get, in seconds. */
  readonly jobTimeoutSeconds: number | null;
  /** Active jobs, longest-running first (at most 20): a job far past the timeout belongs to a worker that died. */
  readonly activeJobs: readonly { readonly id: string; readonly uri: string; readonly seconds: number; readonly retries: number }[];
}

export interface Queue {
  readonly boss: PgBoss;
  /** Adds one input; returns false when a job for the same content is already waiting or running. */
  add(item: InputItem, published?: string): Promise<boolean>;
  /** Jobs waiting, retrying or running. */
  pending(): Promise<number>;
  status(): Promise<QueueStatus>;
  close(): Promise<void>;
}

/** The job timeout a queue gets when it is created without one. */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 300;

export async function openQueue(url: string, options: QueueOptions = {}): Promise<Queue> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new RangeError(`The queue needs a PostgreSQL URL (postgres://…), not '${url}'.`);
  // A store URL that picks a schema (`?options=-c search_path=x`) gets its own queue schema beside it.
  const searchPath = /search_path(?:%3D|=)([A-Za-z0-9_]+)/.exec(decodeURIComponent(url))?.[1];
  const schema = options.schema ?? (searchPath ? `${searchPath}_queue` : 'chronicle_queue');
  // pg-boss hands its options to its own pg.Pool: the same connect, statement and keep-alive settings as the store.
  const boss = new PgBoss({ ...postgresSettings(url), schema, maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30, monitorStateIntervalSeconds: 60 });
  boss.on('error', (error: Error) => process.stderr.write(`chronicle queue: ${error.message}\n`));
  try {
    await boss.start();
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw unavailable(url, error);
  }
  const existing = await boss.getQueue(QUEUE_NAME);
  const settings = { retryLimit: options.retryLimit ?? 3, retryDelay: 1, expireInSeconds: options.expireInSeconds ?? existing?.expireInSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS };
  if (!existing) await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, policy: 'standard', ...settings });
  else if (options.expireInSeconds !== undefined || options.retryLimit !== undefined) await boss.updateQueue(QUEUE_NAME, { name: QUEUE_NAME, ...settings });
  const sqlOf = (text: string, values: unknown[]) => boss.getDb().executeSql(text, values) as Promise<{ rows: Record<string, unknown>[] }>;
  return {
    boss,
    async add(item, published) {
      const job: CodeJob = published ? { item, published } : { item };
      // The job id is derived from the content hash: the same article enqueued twice is one job
      // (pg-boss ignores a second job with an existing id).
      const id = await boss.send(QUEUE_NAME, job, { id: jobIdFor(item.raw) });
      return id !== null;
    },
    async pending() {
      const states = await boss.getQueueSize(QUEUE_NAME, { before: 'completed' });
      return states;
    },
    async status() {
      const counts = await sqlOf(`select state::text as state, count(*)::int as n from ${schema}.job where name = $1 group by state`, [QUEUE_NAME]);
      const by = Object.fromEntries(counts.rows.map((r) => [String(r.state), Number(r.n)]));
      const active = await sqlOf(
        `select id::text as id, data->'item'->>'uri' as uri, extract(epoch from now() - started_on)::int as seconds, retry_count as retries
         from ${schema}.job where name = $1 and state = 'active' order by started_on limit 20`, [QUEUE_NAME]);
      const queue = await boss.getQueue(QUEUE_NAME);
      return {
        pending: (by.created ?? 0) + (by.retry ?? 0),
        active: by.active ?? 0,
        failed: by.failed ?? 0,
        completed: by.completed ?? 0,
        cancelled: by.cancelled ?? 0,
        jobTimeoutSeconds: queue?.expireInSeconds ?? null,
        activeJobs: active.rows.map((r) => ({ id: String(r.id), uri: String(r.uri), seconds: Number(r.seconds), retries: Number(r.retries) })),
      };
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** A connection failure as a DatabaseUnavailableError naming the server (no stack: it is the environment's, not a bug). */
function unavailable(url: string, error: unknown): Error {
  const { hostname, port } = new URL(url);
  return new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${hostname || 'localhost'}:${port || 5432} (${error instanceof Error ? error.message : String(error)}); check that it runs and the URL.`);
}

/** A UUID-shaped job id from the SHA-256 of the content (pg-boss job ids are UUIDs). */
export function jobIdFor(raw: string): string {
  const hex = createHash('sha256').update(raw).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface WorkerCounts {
  jobs: number;
  coded: number;
  skipped: number;
  failed: number;
  existing: number;
  events: number;
  /** Documents this worker's finishing steps coded again, and of those, the ones whose events changed. */
  recoded: number;
  replaced: number;
}

export interface WorkerOptions {
  readonly queue: Queue;
  readonly store: Store;
  readonly pool: CoderPool;
  readonly runId: string;
  /**
   * The corpus memory the pool's coders use (default: loaded from the store). It is brought up to
   * the stored memory before each batch, so every worker codes against the same memory.
   */
  readonly memory?: PeopleMemory;
  /** Stop when no job is waiting, retrying or running (batch mode, tests). */
  readonly exitWhenEmpty?: boolean;
  readonly onItem?: (outcome: string, uri: string, reason?: string) => void;
  /** Told when the database cannot be reached and when the worker will try again. */
  readonly onOutage?: (reason: string, retryInMs: number) => void;
  readonly signal?: AbortSignal;
}

/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Wait before the n-th try to reach the database again: 0.5 s doubling to 15 s, with jitter so restarted workers do not knock together. */
export function backoffMs(attempt: number): number {
  const base = Math.min(15_000, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

/**
 * Takes jobs until stopped (or, with `exitWhenEmpty`, until the queue is drained), codes them on
 * the pool's threads and saves each document in its own transaction before completing its job.
 * The worker outlives the database: when PostgreSQL restarts or cannot be reached, it waits and
 * tries again with backoff instead of exiting. A job whose outcome could not be written (the save
 * or the completion failed with the connection) is handed back as failed as soon as the database
 * answers again, so pg-boss retries it within a second instead of after its timeout; saving is
 * idempotent (content-hash ids), so a retry never stores a document twice.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerCounts> {
  const { queue, store, pool, runId } = options;
  const counts: WorkerCounts = { jobs: 0, coded: 0, skipped: 0, failed: 0, existing: 0, events: 0, recoded: 0, replaced: 0 };
  const memory = options.memory ?? await loadPeopleMemory(store.db);
  let seenMemory = await memoryVersion(store.db);
  /**
   * The run's finishing step, taken by whichever worker finds the queue drained (the claim is one
   * locked transaction, so two workers finding it at once apply the lessons once): what the batch
   * taught goes into the memory, and the documents it changes are coded again. Then the mentions
   * saved since the last finishing step are linked again in report order (`settleMerges`): which
   * canonical event each joined depended on which worker saved first. That waits until no document
   * waits for a second pass, which another worker's finishing step may be running: settled in two
   * steps, the merges would depend on which step came first.
   */
  const settle = async (): Promise<void> => {
    if (await hasHeldLessons(store.db)) {
      const settled = await settleMemory({ store, memory, pool: () => pool, runId });
      counts.recoded += settled.recoded;
      counts.replaced += settled.replaced;
      counts.events += settled.eventsDelta;
    }
    if (!(await memoryWorkPending(store.db))) await store.settleMerges();
  };
  /** Jobs this worker holds whose outcome is not recorded in the queue yet: id → why. */
  const unsettled = new Map<string, string>();
  let outages = 0;
  const heartbeat = setInterval(() => void store.heartbeatRun(runId, { ...counts }).catch(() => undefined), HEARTBEAT_MS);
  heartbeat.unref();
  try {
    while (!options.signal?.aborted) {
      let jobs: Awaited<ReturnType<typeof queue.boss.fetch<CodeJob>>>;
      try {
        for (const [id, reason] of unsettled) {
          await queue.boss.fail(QUEUE_NAME, id, { reason });
          unsettled.delete(id);
        }
        // Another worker's finishing step may have changed the memory: code the next batch against the stored one.
        const version = await memoryVersion(store.db);
        if (version !== seenMemory) {
          pool.learned(await refreshMemory(store.db, memory));
          seenMemory = version;
        }
        jobs = await queue.boss.fetch<CodeJob>(QUEUE_NAME, { batchSize: pool.size });
        const drained = jobs.length === 0 && (await queue.pending()) === 0;
        // The memory it settles reaches this worker's coders by the version check above, as it reaches every other worker.
        if (drained) await settle();
        if (drained && options.exitWhenEmpty) break;
        outages = 0;
      } catch (error) {
        outages++;
        const wait = backoffMs(outages);
        options.onOutage?.(error instanceof Error ? error.message : String(error), wait);
        await sleep(wait, options.signal);
        continue;
      }
      if (jobs.length === 0) {
        await sleep(500, options.signal);
        continue;
      }
      await Promise.all(jobs.map(async (job) => {
        counts.jobs++;
        const uri = job.data.item.uri;
        try {
          const doc = docOrFailure(job.data.item, job.data.published ? { published: job.data.published } : {});
          if (isFailure(doc)) {
            // Bad input is a result, not a reason to retry: recorded once, and the job is done.
            counts.failed++;
            await store.recordFailure(doc.uri, 'read', doc.reason, runId);
            await queue.boss.complete(QUEUE_NAME, job.id);
            options.onItem?.('failed', uri, doc.reason);
            return;
          }
          if (await store.hasDocument(doc.id)) {
            counts.existing++;
            options.onItem?.('existing', uri);
            await queue.boss.complete(QUEUE_NAME, job.id);
            return;
          }
          // The input as read: an in-thread coder fills in the document (and its source) in place.
          const input = { raw: doc.raw, source: { ...doc.source } };
          const { consulted, ...item } = await pool.code(doc);
          const coded = item.doc;
          // The near-duplicate decision is made inside the document's transaction: two workers
          // saving two copies of one story at once store one (the one reported first), and the
          // other as its near-duplicate.
          // What it teaches is held in that transaction too, for the queue's finishing step
          // (settleMemory), with its input and what its coding asked the memory, for a second pass.
          // A document the store cannot save throws (the job is retried), as before.
          const [{ final, saved, demoted }] = await saveCoded(store, runId, [{ ...item, held: { ...input, ...(consulted ? { consulted } : {}) } }]) as [SaveOutcome];
          countDemotion(counts, demoted, runId);
          if (saved === 'inserted') {
            if (final.status === 'coded') {
              counts.coded++;
              counts.events += coded.events.length;
            } else if (final.status === 'skipped') counts.skipped++;
            else counts.failed++;
          } else counts.existing++;
          await queue.boss.complete(QUEUE_NAME, job.id);
          options.onItem?.(final.status, uri, final.status === 'coded' ? undefined : final.reason);
        } catch (error) {
          // A crash in saving (lost connection, …) fails the job; pg-boss retries it up to retryLimit.
          // When the database is gone the failure cannot be written either: it is kept and written
          // as soon as the database is back (see the loop above).
          const reason = error instanceof Error ? error.message : String(error);
          await queue.boss.fail(QUEUE_NAME, job.id, { reason }).catch(() => unsettled.set(job.id, reason));
          options.onItem?.('retry', uri, reason);
        }
      }));
    }
  } finally {
    clearInterval(heartbeat);
  }
  return counts;
}
