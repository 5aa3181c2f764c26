// A coding thread of bench/thread-heap.ts (plain JavaScript: it loads the compiled build given).
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';

const mb = (bytes) => (bytes / 1e6).toFixed(1);
const spaces = () => Object.fromEntries(v8.getHeapSpaceStatistics().filter((s) => s.space_size > 0).map((s) => [s.space_name.replace('_space', ''), `${mb(s.space_size)}/${mb(s.space_used_size)}`]));
const collect = () => { for (let i = 0; i < 3; i++) globalThis.gc(); };
const { root, resources, texts } = workerData;
const load = (path) => import(pathToFileURL(resolve(root, path)).href);
const { useSharedResources } = await load('parallel/shared-resources.js');
useSharedResources(resources);
const { createDocumentCoder } = await load('pipeline/default.js');
const { docFromRaw } = await load('ingest/load.js');
const coder = createDocumentCoder({ onStageError: 'record' });
coder.code(docFromRaw('Police in Paris detained 12 protesters on Monday, officials said.', 'warm-up', 'text'));
if (process.env.SNAP) { collect(); v8.writeHeapSnapshot(join(tmpdir(), `thread-heap-ready-${process.pid}.heapsnapshot`)); }
parentPort.postMessage({ phase: 'ready', spaces: spaces() });
const before = process.cpuUsage();
// The largest the heap was between documents (committed, all spaces): what the thread asks of the
// system at its worst, garbage not yet collected included, where the readings after a collection show live data.
let peak = 0;
texts.forEach((text, i) => {
  coder.code(docFromRaw(text, `d${i}`, 'text'));
  peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
});
const used = process.cpuUsage(before);
parentPort.postMessage({ phase: 'coded', spaces: spaces(), cpu: (used.user + used.system) / 1000 / texts.length, peak: peak / 1e6 });
collect();
if (process.env.SNAP) v8.writeHeapSnapshot(join(tmpdir(), `thread-heap-coded-${process.pid}.heapsnapshot`));
parentPort.postMessage({ phase: 'coded, after a full collection', spaces: spaces() });
parentPort.postMessage({ phase: 'done' });
