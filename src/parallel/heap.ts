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
 * The semi-space size, in MB, every thread started after `configureHeaps()` begins with and keeps:
 * a coding thread's largest (a third of `YOUNG_GENERATION_MB`: two semi-spaces and a space for
 * large new objects), so a coding thread's nursery is what it grew to before (measured: 4.2 MB of
 * new space committed), only from its first document on.
 */
export const SEMI_SPACE_MB = YOUNG_GENERATION_MB / 3;

/**
 * What every thread started with `startThread` sets first, once
 * `configureHeaps()` has run: a semi-space growth factor of 1, so no thread's young generation
 * grows past the size it started with. It must be set again in each new thread because V8 puts the
 * flag back to at least 2 whenever it configures a new thread's heap (seen directly: the main
 * thread's new space held at 2 MB until a worker started, then grew to 34 MB); the flag is the
 * process's, so a thread that sets it first thing holds every thread's, the main thread's included.
 * Undefined when `configureHeaps()` has not run or an operator gave a semi-space flag of their own.
 */
let threadFlags: string | undefined;

/** The V8 flags a new thread sets before it loads its module (see `threadFlags`), if any. */
export function threadHeapFlags(): string | undefined {
  return threadFlags;
}

/**
 * Sets how this process's threads size their heaps (the measurements behind each figure are in
 * docs/benchmarks.md, "Streaming memory"):
 *
 * - the heap growing factor (`HEAP_GROWING_PERCENT`), read at each full collection, so it holds
 *   for the calling thread from its next one and for every thread started later;
 * - the young generations: the main thread's (which reads, checks near-duplicates and writes for
 *   an ingest) stays at the 2 MB of new space V8 starts it with (two 1 MB semi-spaces), where V8
 *   let it grow to 34 MB committed (two 16 MB semi-spaces, nearly empty after each scavenge: ~1 MB
 *   live); threads started from now on
 *   begin at `SEMI_SPACE_MB` and stay there (`threadHeapFlags`). V8 fixes a thread's largest
 *   young generation when the thread starts, so `--max-semi-space-size` cannot be set from inside
 *   the process; holding the growth factor at 1 keeps the size it started with instead.
 *
 * A `--heap-growing-percent` or semi-space flag Node was started with is left as it is (the
 * operator's choice).
 */
export function configureHeaps(execArgv: readonly string[] = process.execArgv): void {
  if (!execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (execArgv.some((arg) => /^--(?:(?:max|min)[-_]semi[-_]space[-_]size|semi[-_]space[-_]growth[-_]factor)\b/.test(arg))) return;
  setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);
  const hold = '--semi-space-growth-factor=1';
  setFlagsFromString(hold);
  threadFlags = hold;
}
