import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';
import { threadHeapFlags } from './heap.js';

/**
 * Starts a thread on a module of this folder (`name` without extension). From dist/ the module is
 * compiled JavaScript. From src/ (tests, tsx) it is TypeScript: a tiny bootstrap registers tsx's
 * loader inside the thread first, then imports it. Either way the thread first sets the process's
 * heap flags (`threadHeapFlags` in ./heap.ts: V8 resets a flag the main thread's young generation
 * depends on whenever a thread starts), before its module is even loaded. The bootstrap uses
 * `import()` only: evaluated code is a CommonJS script or an ES module depending on the loaders
 * of the process (tsx makes it a module, where `require` is not defined).
 */
export function startThread(name: string, workerData: unknown, transferList: readonly TransferListItem[] = [], resourceLimits?: ResourceLimits): Worker {
  const options = { workerData, transferList: [...transferList], ...(resourceLimits ? { resourceLimits } : {}) };
  const flags = threadHeapFlags();
  const set = flags === undefined ? '' : `v8.setFlagsFromString(${JSON.stringify(flags)});`;
  if (!import.meta.url.endsWith('.ts')) {
    const url = new URL(`./${name}.js`, import.meta.url);
    return flags === undefined ? new Worker(url, options) : new Worker(`import('node:v8').then((v8) => { ${set} return import(${JSON.stringify(url.href)}); });`, { ...options, eval: true });
  }
  const target = JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href);
  // tsx's loader runs on a thread of its own, started by register(): the flags are set again after it.
  return new Worker(`Promise.all([import('node:v8'), import('tsx/esm/api')]).then(([v8, { register }]) => { ${set} register(); ${set} return import(${target}); });`, { ...options, eval: true });
}
