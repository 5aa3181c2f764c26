import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a thread's old generation grow past what survived its last full collection
 * before it collects again, in percent, for every thread of a `chronicle` process (the coding
 * threads of an ingest included: V8's flags are the process's).
 *
 * V8's own factor grows with the machine's memory and reaches 4× on any machine with a heap limit
 * of a gigabyte or more: a coding thread with ~55 MB of live data then grew to 180–270 MB before
 * its next full collection, and the main thread of an ingest (reading, checking near-duplicates,
 * writing) from ~45 to 170 MB, so an ingest with 2 coding threads peaked at 620–830 MB where its
 * threads held ~250 MB of live data. With 30% each thread stays within ~1.3× its live data plus
 * one growing step (`node --heap-growing-percent`); the extra full collections cost no CPU per
 * document that stood out of the noise (docs/benchmarks.md, "Heap growth, …").
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Sets the heap growing factor for this process, unless Node was started with a
 * `--heap-growing-percent` of its own (the operator's choice wins). Call it before starting worker
 * threads; it takes effect at each thread's next full collection (the flag is read there).
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
