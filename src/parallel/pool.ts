import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleDoc } from '../core/document.js';
import { PeopleMemory, type KnownPerson } from '../memory/index.js';
import { loadDictionaries } from '../dictionaries/load.js';
import { createDocumentCoder, type ChronicleOptions, type CodeStatus } from '../pipeline/default.js';
import type { CodeRequest, CodeResponse } from './messages.js';

export interface CodedResult {
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
}

/** Codes documents on N threads; with one worker it codes in the calling thread (no thread overhead). */
export interface CoderPool {
  readonly size: number;
  code(doc: ArticleDoc): Promise<CodedResult>;
  /** Tells every thread about people learned from saved documents (sent with each thread's next document). */
  learned(people: readonly KnownPerson[]): void;
  close(): Promise<void>;
}

/** All cores by default. */
export function defaultWorkers(): number {
  return availableParallelism();
}

function startWorker(people: readonly KnownPerson[], dictionaries: readonly string[]): Worker {
  const workerData = { people, dictionaries };
  // From dist/ the worker is compiled JavaScript. From src/ (tests, tsx) it is TypeScript: a tiny
  // bootstrap registers tsx's loader inside the thread first, then imports it.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const target = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${target}); });`, { eval: true, workerData });
}

export interface PoolOptions {
  /** The corpus memory: shared directly with one worker, copied into each thread with several. */
  readonly memory?: PeopleMemory;
  /** Dictionary files (`--dictionary`), loaded by each thread itself (stages cannot cross threads). */
  readonly dictionaries?: readonly string[];
}

/** The coder options that dictionary files give (shared by the pool's threads and the in-thread coder). */
export function dictionaryOptions(paths: readonly string[] | undefined): ChronicleOptions {
  if (!paths || paths.length === 0) return {};
  const loaded = loadDictionaries(paths);
  return { userDictionaries: loaded.userDictionaries, ...(loaded.plugin ? { dictionaryPlugin: loaded.plugin } : {}) };
}

export function createCoderPool(workers: number = defaultWorkers(), options: PoolOptions = {}): CoderPool {
  if (workers <= 1) {
    const coder = createDocumentCoder({ onStageError: 'record', ...dictionaryOptions(options.dictionaries), ...(options.memory ? { memory: options.memory } : {}) });
    return {
      size: 1,
      async code(doc) {
        return { doc, status: coder.code(doc) };
      },
      // One thread shares the memory object itself: learning already updated it.
      learned() {},
      async close() {},
    };
  }
  const initial = options.memory?.list() ?? [];
  const threads = Array.from({ length: workers }, () => startWorker(initial, options.dictionaries ?? []));
  const unsent = new Map<Worker, KnownPerson[]>(threads.map((t) => [t, []]));
  const pending = new Map<number, { resolve: (r: CodedResult) => void; reject: (e: Error) => void; thread: Worker }>();
  const load = new Map<Worker, number>(threads.map((t) => [t, 0]));
  let next = 0;
  for (const thread of threads) {
    thread.on('message', (response: CodeResponse) => {
      const entry = pending.get(response.id);
      if (!entry) return;
      pending.delete(response.id);
      load.set(thread, (load.get(thread) ?? 1) - 1);
      entry.resolve({ doc: response.doc, status: response.status });
    });
    thread.on('error', (error) => {
      for (const [id, entry] of pending) {
        if (entry.thread === thread) {
          pending.delete(id);
          entry.reject(error);
        }
      }
    });
  }
  return {
    size: workers,
    code(doc) {
      // The least busy thread takes the next document.
      const thread = [...load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
      const id = next++;
      load.set(thread, (load.get(thread) ?? 0) + 1);
      return new Promise<CodedResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, thread });
        const people = unsent.get(thread) ?? [];
        unsent.set(thread, []);
        const request: CodeRequest = people.length > 0 ? { id, doc, people } : { id, doc };
        thread.postMessage(request);
      });
    },
    learned(people) {
      if (people.length === 0) return;
      for (const thread of threads) unsent.get(thread)!.push(...people);
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
