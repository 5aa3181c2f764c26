/*
 * Where an ingest's memory is, thread by thread. Preloaded into every thread of a process (Node runs
 * `--require` modules in worker threads too), it appends each thread's V8 heap figures once a
 * second to the file named by $PROBE_OUT (one JSON line: seconds, thread id, heap committed and
 * used, each space's committed/used, V8's malloced memory; the main thread adds the process's
 * resident memory and /proc/self/smaps_rollup's anonymous and file-backed parts). Run as a script,
 * it summarises such a file: each thread's largest heap and its spaces then, and what every
 * thread held when the process's resident memory was highest.
 *
 *   PROBE_OUT=/tmp/probe.jsonl nice npx tsx bench/stream-memory.ts --mb 10 --workers 2 --minutes 4 \
 *     --print-only --node-option=--require=$PWD/bench/heap-probe.cjs
 *   node bench/heap-probe.cjs /tmp/probe.jsonl
 */
const fs = require('node:fs');
const v8 = require('node:v8');
const { threadId, isMainThread } = require('node:worker_threads');

const mb = (bytes) => Number((bytes / 1e6).toFixed(1));

function sample(started) {
  const heap = v8.getHeapStatistics();
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) if (s.space_size > 0) spaces[s.space_name.replace('_space', '')] = [mb(s.space_size), mb(s.space_used_size)];
  const record = { t: (Date.now() - started) / 1000, tid: threadId, total: mb(heap.total_heap_size), used: mb(heap.used_heap_size), malloced: mb(heap.malloced_memory), peakMalloced: mb(heap.peak_malloced_memory), spaces };
  if (isMainThread) {
    record.rss = mb(process.memoryUsage().rss);
    try {
      const rollup = fs.readFileSync('/proc/self/smaps_rollup', 'utf8');
      for (const key of ['Anonymous', 'Shared_Clean']) record[key] = Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(rollup)?.[1] ?? 0) / 1024);
    } catch {
      // Not Linux: the process figures are left out.
    }
  }
  return record;
}

function summarise(path) {
  const records = fs.readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  for (const tid of [...new Set(records.map((r) => r.tid))]) {
    const own = records.filter((r) => r.tid === tid);
    const largest = own.reduce((a, r) => (r.total > a.total ? r : a));
    process.stdout.write(`thread ${tid}: largest heap ${largest.total} MB committed (${largest.used} MB used) at ${largest.t.toFixed(0)} s; spaces then (committed/used MB) ${JSON.stringify(largest.spaces)}; V8's malloced memory at most ${Math.max(...own.map((r) => r.peakMalloced))} MB\n`);
  }
  const main = records.filter((r) => r.rss !== undefined);
  if (main.length === 0) return;
  const top = main.reduce((a, r) => (r.rss > a.rss ? r : a));
  const then = records.filter((r) => Math.abs(r.t - top.t) < 0.6);
  process.stdout.write(`highest resident memory sampled: ${top.rss} MB at ${top.t.toFixed(0)} s (anonymous ${top.Anonymous} MB, file-backed shared ${top.Shared_Clean} MB); heaps then (committed MB): ${then.map((r) => `thread ${r.tid} ${r.total}`).join(', ')}\n`);
}

if (require.main === module) {
  summarise(process.argv[2]);
} else if (process.env.PROBE_OUT) {
  const started = Date.now();
  setInterval(() => fs.appendFileSync(process.env.PROBE_OUT, `${JSON.stringify(sample(started))}\n`), 1000).unref();
}
