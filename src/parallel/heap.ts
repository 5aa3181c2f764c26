import { setFlagsFromString } from 'node:v8';

/*
 * How the garbage collector of a `chronicle` process sizes its heaps. A light module (node:v8
 * only): the CLI calls `configureHeaps()` first thing, before any command loads the pipeline or
 * starts a thread. docs/benchmarks.md ("Heap growth, the parser's stored arrays") has
 * the measurements behind each figure.
 */

/**
 * A coding thread's young generation, in MB (V8 splits it into two semi-spaces and a space for
 * large new objects, so 6 MB gives 2 MB semi-spaces). V8's default lets each semi-space grow to
 * 16 MB, and a coding thread allocates fast enough to grow them: 34 MB of new space committed per
 * thread, against 4 MB with this limit, for the same live heap after coding and no measurable
 * cost in CPU per document (docs/benchmarks.md, "Young generation, Phoenix verbs, word
 * clusters"). Almost all of what coding allocates dies within the sentence that made it, so small
 * semi-spaces promote little more. The limit caps only the nursery, not the heap: a large
 * document still gets all the old space it needs.
 */
export const YOUNG_GENERATION_MB = 6;

/**
 * How far V8 lets a thread's old generation grow past what survived its last full collection
 * before it collects again, in percent. V8's own factor grows with the machine's memory and
 * reaches 4× on any machine with a heap limit of a gigabyte or more: a coding thread with ~55 MB
 * of live data then grew to 180–270 MB before its next full collection, and the main thread of an
 * ingest (reading, checking near-duplicates, writing) from ~45 to 170 MB, so an ingest with 2
 * coding threads peaked at 620–830 MB where its threads held ~250 MB of live data. With 30% each
 * thread stays within ~1.3× its live data plus one growing step (peak 557–568 MB). The price is
 * more full collections: a few percent of CPU per document at most, within the noise of the
 * shared machine it was measured on (20% would save ~7 MB a thread more, at more collections).
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Sets the heap growing factor (`HEAP_GROWING_PERCENT`) for this whole process: V8's flags are the
 * process's, and this one is read at each full collection, so it holds for the calling thread from
 * its next one and for every thread started later. A `--heap-growing-percent` Node was started
 * with is left as it is (the operator's choice).
 *
 * The main thread's young generation is not set here: V8 fixes its largest size when the process
 * starts, and a semi-space growth factor of 1 that would keep it small is put back to 2 by V8
 * whenever a thread starts. `node --max-semi-space-size=1` (or the same in NODE_OPTIONS) sets it.
 */
export function configureHeaps(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
