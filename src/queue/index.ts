import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { ArticleDoc } from '../core/document.js';
import type { InputItem } from '../ingest/readers/index.js';
import { docFromItem } from '../ingest/readers/index.js';
import { findNearDuplicate, signatureRecord } from '../ingest/near-duplicates.js';
import { learnPeople, type PeopleMemory } from '../memory/index.js';
import type { CoderPool } from '../parallel/pool.js';
import type { Store } from '../store/index.js';

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
  /** Seconds a job may stay active before another worker may take it (a killed worker's jobs come back after this). */
  readonly expireInSeconds?: number;
  /** Attempts after the first before a job is marked failed. */
  readonly retryLimit?: number;
  /** How often expired jobs are looked for, in seconds. */
  readonly maintenanceIntervalSeconds?: number;
  /** PostgreSQL schema of the queue tables (default `chronicle_queue`). */
  readonly schema?: string;
}

export interface Queue {
  readonly boss: PgBoss;
  /** Adds one input; returns false when a job for the same content is already waiting or running. */
  add(item: InputItem, published?: string): Promise<boolean>;
  /** Jobs waiting, retrying or running. */
  pending(): Promise<number>;
  close(): Promise<void>;
}

export async function openQueue(url: string, options: QueueOptions = {}): Promise<Queue> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new RangeError(`The queue needs a PostgreSQL URL (postgres://…), not '${url}'.`);
  // A store URL that picks a schema (`?options=-c search_path=x`) gets its own queue schema beside it.
  const searchPath = /search_path(?:%3D|=)([A-Za-z0-9_]+)/.exec(decodeURIComponent(url))?.[1];
  const schema = options.schema ?? (searchPath ? `${searchPath}_queue` : 'chronicle_queue');
  const boss = new PgBoss({ connectionString: url, schema, maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30, monitorStateIntervalSeconds: 60 });
  boss.on('error', (error: Error) => process.stderr.write(`chronicle queue: ${error.message}\n`));
  await boss.start();
  const existing = await boss.getQueue(QUEUE_NAME);
  const settings = { retryLimit: options.retryLimit ?? 3, retryDelay: 1, expireInSeconds: options.expireInSeconds ?? 300 };
  if (!existing) await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, policy: 'standard', ...settings });
  else await boss.updateQueue(QUEUE_NAME, { name: QUEUE_NAME, ...settings });
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
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
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
}

export interface WorkerOptions {
  readonly queue: Queue;
  readonly store: Store;
  readonly pool: CoderPool;
  readonly runId: string;
  /** The corpus memory the pool's coders use; learned people are added to it. */
  readonly memory?: PeopleMemory;
  /** Stop when no job is waiting, retrying or running (batch mode, tests). */
  readonly exitWhenEmpty?: boolean;
  readonly onItem?: (outcome: string, uri: string, reason?: string) => void;
  readonly signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes jobs until stopped (or, with `exitWhenEmpty`, until the queue is drained), codes them on
 * the pool's threads and saves each document in its own transaction before completing its job.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerCounts> {
  const { queue, store, pool, runId } = options;
  const counts: WorkerCounts = { jobs: 0, coded: 0, skipped: 0, failed: 0, existing: 0, events: 0 };
  while (!options.signal?.aborted) {
    const jobs = await queue.boss.fetch<CodeJob>(QUEUE_NAME, { batchSize: pool.size });
    if (jobs.length === 0) {
      if (options.exitWhenEmpty && (await queue.pending()) === 0) break;
      await sleep(500);
      continue;
    }
    await Promise.all(jobs.map(async (job) => {
      counts.jobs++;
      const uri = job.data.item.uri;
      try {
        const doc: ArticleDoc = docFromItem(job.data.item, job.data.published ? { published: job.data.published } : {});
        if (await store.hasDocument(doc.id)) {
          counts.existing++;
          options.onItem?.('existing', uri);
          await queue.boss.complete(QUEUE_NAME, job.id);
          return;
        }
        const { doc: coded, status } = await pool.code(doc);
        const nearDuplicateOf = status.status === 'coded' ? await findNearDuplicate(store, coded) : undefined;
        if (nearDuplicateOf) coded.events = [];
        const final = nearDuplicateOf ? { status: 'skipped' as const, reason: `near-duplicate of ${nearDuplicateOf}` } : status;
        if (final.status === 'failed') await store.recordFailure(uri, final.stage, final.reason, runId);
        const signature = final.status === 'coded' ? signatureRecord(coded) : undefined;
        const saved = await store.saveDocument(coded, runId, final.status === 'coded' ? { status: 'coded' }
          : { status: final.status, reason: final.reason, ...(nearDuplicateOf ? { nearDuplicateOf } : {}) }, signature ? { signature } : {});
        if (saved === 'inserted') {
          if (final.status === 'coded') {
            counts.coded++;
            counts.events += coded.events.length;
            pool.learned(await learnPeople(store.db, coded, options.memory));
          } else if (final.status === 'skipped') counts.skipped++;
          else counts.failed++;
        } else counts.existing++;
        await queue.boss.complete(QUEUE_NAME, job.id);
        options.onItem?.(final.status, uri, final.status === 'coded' ? undefined : final.reason);
      } catch (error) {
        // A crash in saving (lost connection, …) fails the job; pg-boss retries it up to retryLimit.
        const reason = error instanceof Error ? error.message : String(error);
        await queue.boss.fail(QUEUE_NAME, job.id, { reason }).catch(() => undefined);
        options.onItem?.('retry', uri, reason);
      }
    }));
  }
  return counts;
}
