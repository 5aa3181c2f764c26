import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleDoc } from '../core/document.js';
import { createDocumentCoder, type CodeStatus } from '../pipeline/default.js';
import type { CodeRequest, CodeResponse } from './messages.js';

export interface CodedResult {
  readonly doc: ArticleDoc;
  readonly status: CodeStatus;
}

/** Codes documents on N threads; with one worker it codes in the calling thread (no thread overhead). */
export interface CoderPool {
  readonly size: number;
  code(doc: ArticleDoc): Promise<CodedResult>;
  close(): Promise<void>;
}

/** All cores by default. */
export function defaultWorkers(): number {
  return availableParallelism();
}

function startWorker(): Worker {
  // From dist/ the worker is compiled JavaScript. From src/ (tests, tsx) it is TypeScript: a tiny
  // bootstrap registers tsx's loader inside the thread first, then imports it.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const target = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${target}); });`, { eval: true });
}

export function createCoderPool(workers: number = defaultWorkers()): CoderPool {
  if (workers <= 1) {
    const coder = createDocumentCoder({ onStageError: 'record' });
    return {
      size: 1,
      async code(doc) {
        return { doc, status: coder.code(doc) };
      },
      async close() {},
    };
  }
  const threads = Array.from({ length: workers }, startWorker);
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
        const request: CodeRequest = { id, doc };
        thread.postMessage(request);
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
