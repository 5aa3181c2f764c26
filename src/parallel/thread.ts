import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/**
 * Starts a thread on a module of this folder (`name` without extension). From dist/ the module is
 * compiled JavaScript. From src/ (tests, tsx) it is TypeScript: a tiny bootstrap registers tsx's
 * loader inside the thread first, then imports it.
 */
export function startThread(name: string, workerData: unknown, transferList: readonly TransferListItem[] = [], resourceLimits?: ResourceLimits): Worker {
  const options = { workerData, transferList: [...transferList], ...(resourceLimits ? { resourceLimits } : {}) };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url), options);
  const target = JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${target}); });`, { ...options, eval: true });
}
