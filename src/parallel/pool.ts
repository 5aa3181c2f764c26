import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ArticleDoc } from '../core/document.js';
import { PeopleMemory, type KnownPerson } from '../memory/people.js';
import type { CodeStatus, DocumentCoder } from '../pipeline/default.js';
import { AnalysedTexts, codeKeeping, inputKey, KEPT_TOKENS, type CodeHow } from './analysed-texts.js';
import { YOUNG_GENERATION_MB } from './heap.js';
import { sharedResources } from './shared-resources.js';
import { startThread } from './thread.js';
import type { CodeRequest, CodeResponse, WorkerMessage } from './messages.js';

export interface CodedResult {
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
  /**
   * What the coding asked the corpus memory (`PeopleMemory.consulting`): held with the document so
   * the run's finishing step codes it again only when the memory's answer to one of these changed.
   * Absent when the coder has no memory or the coding did not finish.
   */
  readonly consulted?: readonly string[];
  /** The coding resumed from the analysed text its coder kept (`code(doc, { resume: true })`), not from the input. */
  readonly resumed?: true;
}

/** Codes documents on N threads; with one worker and no time budget it codes in the calling thread. */
export interface CoderPool {
  readonly size: number;
  /**
   * Codes one document; never rejects for the document's sake (a crash or an overrun is a `failed`
   * status). `how.keep`: the coder keeps the layers of the stages that read no memory, and a later
   * `code` of the same input with `how.resume` (the second pass of an ingest) codes it again from
   * them, on the thread that kept them (src/parallel/analysed-texts.ts); same result either way.
   */
  code(doc: ArticleDoc, how?: CodeHow): Promise<CodedResult>;
  /** Tells every thread about people learned from saved documents (sent with each thread's next document). */
  learned(people: readonly KnownPerson[]): void;
  /** Threads started so far, replacements included (0 when coding in the calling thread). */
  readonly threadsStarted: number;
  close(): Promise<void>;
}

/** All cores by default. */
export function defaultWorkers(): number {
  return availableParallelism();
}

function startWorker(people: readonly KnownPerson[], dictionaries: readonly string[], precise: boolean, keptTokens: number): Worker {
  // The parser's weights and tables, the world gazetteer and the language n-grams live in
  // SharedArrayBuffers: each thread uses the main thread's copy instead of building its own.
  return startThread('worker', { people, dictionaries, precise, keptTokens, resources: sharedResources() }, [], { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
}

export interface PoolOptions {
  /** The corpus memory: shared directly with an in-thread coder, copied into each thread otherwise. */
  readonly memory?: PeopleMemory;
  /** Dictionary files (`--dictionary`), loaded by each thread itself (stages cannot cross threads). */
  readonly dictionaries?: readonly string[];
  /** The learned filter on (`--precise`, src/stages/confidence). */
  readonly precise?: boolean;
  /**
   * Most milliseconds one document may take to code. Coding is synchronous JavaScript, so a
   * document that runs long cannot be interrupted where it runs; a budget therefore always codes
   * on worker threads (even with one worker), and a thread that overruns is terminated and
   * replaced, its document recorded as failed ("took longer than N s"). A cooperative deadline
   * checked between stages was the alternative; it cannot stop a stage that is itself the slow
   * part, which is exactly the case a budget is for.
   */
  readonly timeoutMs?: number;
  /**
   * Documents a thread codes before it is replaced by a fresh one (default `RECYCLE_AFTER`).
   * A thread's caches grow with every new word it meets: wink-nlp adds each unseen form to its
   * lexicon for good (numbers, names, typos: a long stream of real news never stops adding), and
   * the parser's caches fill up to their limits. A fresh thread starts from the shared parser
   * tables and the pool's list of known people, so nothing is lost; 0 or Infinity never replaces.
   */
  readonly recycleAfter?: number;
  /** Most tokens of analysed texts kept for `code(doc, { resume })`, all threads together (default `KEPT_TOKENS`). */
  readonly keptTokens?: number;
}

/**
 * 2,000 documents: about 80 s of a thread's work at 26 articles/s, against one thread start-up
 * (reading its resources again) per replacement. wink-nlp's lexicon costs about 230 bytes of heap
 * and 0.5 KB resident per new word form (`npx tsx bench/resource-memory.ts`), so a thread grows by
 * some megabytes between replacements instead of without end.
 */
export const RECYCLE_AFTER = 2000;

interface Job {
  readonly doc: ArticleDoc;
  readonly how?: CodeHow;
  readonly resolve: (result: CodedResult) => void;
}

/** One thread: not ready until its coder is loaded, then busy with at most one document. */
interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job & { readonly id: number; timer?: NodeJS.Timeout };
  unsent: KnownPerson[];
  /** Documents this thread has coded (it is replaced after `recycleAfter`). */
  coded: number;
  /** Documents to code again from the analysed text this thread kept (taken before `waiting`). */
  own: Job[];
}

/**
 * A pool of coders. Each thread holds one document at a time and the rest wait here, so a
 * document's budget counts only its own coding, and an overrun or a crash costs that document
 * alone: the thread is replaced and the queue goes on.
 */
export function createCoderPool(workers: number = defaultWorkers(), options: PoolOptions = {}): CoderPool {
  if (workers <= 1 && options.timeoutMs === undefined) {
    const { memory } = options;
    const texts = new AnalysedTexts(options.keptTokens ?? KEPT_TOKENS);
    // The pipeline's modules (and the dictionary files' readers) are imported with the first
    // document: a pool of worker threads leaves them to its threads, so the thread that creates it
    // (an ingest's main thread) never holds them. Once loaded, a document is coded within the call, as before.
    const load = async (): Promise<DocumentCoder> => {
      const [{ createDocumentCoder }, { dictionaryOptions }] = await Promise.all([import('../pipeline/default.js'), import('./coder-options.js')]);
      return createDocumentCoder({ onStageError: 'record', ...dictionaryOptions(options.dictionaries, options.precise), ...(memory ? { memory } : {}) });
    };
    let loading: Promise<DocumentCoder> | undefined;
    let loaded: DocumentCoder | undefined;
    return {
      size: 1,
      async code(doc, how) {
        try {
          const coder = loaded ?? (loaded = await (loading ??= load()));
          const { status, consulted, resumed } = codeKeeping(coder, memory, texts, doc, how);
          return { doc, status, ...(consulted ? { consulted } : {}), ...(resumed ? { resumed } : {}) };
        } catch (error) {
          return { doc, status: { status: 'failed', stage: 'coder', reason: messageOf(error) } };
        }
      },
      // The coder uses the memory object itself: usually the caller's, which is already up to date.
      learned(people) {
        for (const person of people) memory?.put(person);
      },
      threadsStarted: 0,
      async close() {},
    };
  }
  const known: KnownPerson[] = [...(options.memory?.list() ?? [])];
  const dictionaries = options.dictionaries ?? [];
  const recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
  const keptTokens = Math.ceil((options.keptTokens ?? KEPT_TOKENS) / Math.max(1, workers));
  const waiting: Job[] = [];
  // Which thread kept the analysed text of an input (`how.keep`), by `inputKey`: its second coding goes
  // there. Bounded like the threads' own budgets (a thread that dropped one codes the input in full).
  const holders = new Map<string, Worker>();
  const maxHolders = Math.max(1000, Math.ceil((options.keptTokens ?? KEPT_TOKENS) / 50));
  let next = 0;
  let closed = false;
  let started = 0;
  const start = (): Worker => {
    started++;
    return startWorker(known, dictionaries, options.precise ?? false, keptTokens);
  };

  const finish = (slot: Slot, result: CodedResult): void => {
    const job = slot.job;
    if (!job) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    job.resolve(result);
  };
  /** Stops a slot's thread and starts a fresh one in its place (told every person known so far). */
  const restart = (slot: Slot): void => {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => undefined);
    void old.terminate();
    if (closed) return;
    slot.worker = start();
    slot.ready = false;
    slot.unsent = [];
    slot.coded = 0;
    listen(slot);
  };
  /** Replaces a thread that overran or died; its document fails with `reason`, the others go on. */
  const replace = (slot: Slot, stage: string, reason: string): void => {
    const job = slot.job;
    if (job) finish(slot, { doc: job.doc, status: { status: 'failed', stage, reason } });
    restart(slot);
  };
  /** The next job for a free slot: its own first, then the shared queue, then another thread's own (coded in full here rather than wait). */
  const nextJob = (slot: Slot): Job | undefined => {
    if (slot.own.length > 0) return slot.own.shift();
    if (waiting.length > 0) return waiting.shift();
    let busiest: Slot | undefined;
    for (const other of slots) if (other.own.length > 1 && other.own.length > (busiest?.own.length ?? 0)) busiest = other;
    return busiest?.own.pop();
  };
  const dispatch = (): void => {
    for (const slot of slots) {
      if (!slot.ready || slot.job) continue;
      const job = nextJob(slot);
      if (!job) continue;
      const id = next++;
      slot.job = { ...job, id };
      if (options.timeoutMs !== undefined) {
        const seconds = Math.round(options.timeoutMs / 100) / 10;
        slot.job.timer = setTimeout(() => {
          replace(slot, 'budget', `Coding took longer than ${seconds} s, the time one document may take; stopped (the input is likely hostile or far longer than an article).`);
          dispatch();
        }, options.timeoutMs);
      }
      const people = slot.unsent;
      slot.unsent = [];
      const request: CodeRequest = { id, doc: job.doc, ...(people.length > 0 ? { people } : {}), ...(job.how?.keep ? { keep: true } : {}), ...(job.how?.resume ? { resume: true } : {}) };
      slot.worker.postMessage(request);
    }
  };
  const listen = (slot: Slot): void => {
    slot.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
      } else if (slot.job?.id === message.id) {
        if (message.kept) {
          holders.set(inputKey(slot.job.doc), slot.worker);
          for (const [oldest] of holders) {
            if (holders.size <= maxHolders) break;
            holders.delete(oldest);
          }
        }
        finish(slot, { doc: message.doc, status: message.status, ...(message.consulted ? { consulted: message.consulted } : {}), ...(message.resumed ? { resumed: true } : {}) });
        if (++slot.coded >= recycleAfter && recycleAfter > 0) restart(slot);
      }
      dispatch();
    });
    slot.worker.on('error', (error) => {
      replace(slot, 'worker', `The coding thread crashed on this input (${messageOf(error)}); please report it with the input.`);
      dispatch();
    });
    slot.worker.on('exit', (code) => {
      if (closed) return;
      replace(slot, 'worker', `The coding thread stopped (exit code ${code}) while coding this input; please report it with the input.`);
      dispatch();
    });
  };
  const slots: Slot[] = Array.from({ length: Math.max(1, workers) }, () => ({ worker: start(), ready: false, unsent: [], coded: 0, own: [] }));
  for (const slot of slots) listen(slot);

  return {
    size: slots.length,
    code(doc, how) {
      return new Promise<CodedResult>((resolve) => {
        const job = { doc, ...(how ? { how } : {}), resolve };
        const key = how?.resume ? inputKey(doc) : undefined;
        const holder = key !== undefined ? holders.get(key) : undefined;
        if (key !== undefined) holders.delete(key);
        const slot = holder && slots.find((s) => s.worker === holder);
        (slot ? slot.own : waiting).push(job);
        dispatch();
      });
    },
    learned(people) {
      if (people.length === 0) return;
      known.push(...people);
      for (const slot of slots) slot.unsent.push(...people);
    },
    get threadsStarted() {
      return started;
    },
    async close() {
      closed = true;
      for (const slot of slots) clearTimeout(slot.job?.timer);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
