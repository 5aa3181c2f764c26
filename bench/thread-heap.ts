/**
 * What a coding thread's V8 heap holds, space by space: starts THREADS worker threads over a
 * compiled build (`dist=DIR`, default dist/), each given the main thread's shared resources as the
 * coder pool gives them, codes DOCS distinct bench articles split between them
 * (bench/corpus.ts), and prints each thread's heap spaces (committed / used, MB) when ready, after
 * coding, and after a forced full collection (live data only), with its CPU time per document and
 * the process's resident memory, and the largest the thread's heap was between documents (garbage
 * not yet collected included: what the thread holds at its worst). `young=MB` starts the threads
 * with that young generation (`resourceLimits.maxYoungGenerationSizeMb`), `old=MB` with that
 * old-generation limit (`maxOldGenerationSizeMb`); without them, V8's defaults. V8 flags of the
 * whole process go on node's command line (`nice node --heap-growing-percent=30 --expose-gc
 * --import tsx bench/thread-heap.ts …`). `SNAP=1` also writes heap snapshots of the ready and the
 * coded thread to the temp directory (for a look in DevTools).
 *
 *   npm run build && NODE_OPTIONS=--expose-gc nice npx tsx bench/thread-heap.ts [dist=DIR] [threads=1] [docs=150] [young=6] [old=MB]
 */
import { resolve } from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.js';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
/** Spaces that hold anything in a coding thread: committed / used, MB. */
function spaces(): Record<string, string> {
  return Object.fromEntries(v8.getHeapSpaceStatistics().filter((s) => s.space_size > 0).map((s) => [s.space_name.replace('_space', ''), `${mb(s.space_size)}/${mb(s.space_used_size)}`]));
}

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const root = resolve(args.dist ?? 'dist');
const threads = Number(args.threads ?? 1);
const docs = Number(args.docs ?? 150);
const young = args.young ? Number(args.young) : undefined;
const old = args.old ? Number(args.old) : undefined;
if (typeof globalThis.gc !== 'function') throw new Error('run with NODE_OPTIONS=--expose-gc (the threads collect before their last reading).');

const { sharedResources } = (await import(pathToFileURL(resolve(root, 'parallel/shared-resources.js')).href)) as { sharedResources: () => unknown };
const resources = sharedResources();
process.stdout.write(`main thread after building the shared resources: process resident ${mb(process.memoryUsage().rss)} MB\n`);
const texts = generateCorpus(docs, 11).map((a, i) => `${a.text}\nSerial ${i}.`);
const workers = Array.from({ length: threads }, (_, k) => new Worker(new URL('./thread-heap-worker.mjs', import.meta.url), {
  workerData: { root, resources, texts: texts.filter((_, i) => i % threads === k) },
  resourceLimits: { ...(young ? { maxYoungGenerationSizeMb: young } : {}), ...(old ? { maxOldGenerationSizeMb: old } : {}) },
}));
const started = Date.now();
await Promise.all(workers.map((worker, k) => new Promise<void>((done, fail) => {
  worker.on('message', (m: { phase: string; spaces?: Record<string, string>; cpu?: number; peak?: number }) => {
    if (m.phase === 'done') return done();
    process.stdout.write(`thread ${k} ${m.phase}: process resident ${mb(process.memoryUsage().rss)} MB; heap ${JSON.stringify(m.spaces)}${m.cpu ? `; ${m.cpu.toFixed(1)} ms CPU a document` : ''}${m.peak ? `; largest heap between documents ${m.peak.toFixed(1)} MB` : ''}\n`);
  });
  worker.once('error', fail);
})));
process.stdout.write(`coded ${docs} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
await Promise.all(workers.map((w) => w.terminate()));
