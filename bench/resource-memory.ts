/**
 * Where a coding thread's memory goes: each read-only resource is loaded alone in a fresh Node
 * process (compiled dist/, so run `npm run build` first), after a forced garbage collection, and
 * the process's resident memory and V8 heap are read before and after. The last rows load the
 * whole coder (every resource, then one small document) on the main thread and in one worker
 * thread, which is what each coding thread of `chronicle ingest --workers N` costs.
 *
 * A second table loads the resources one after another inside one worker thread given what the
 * main thread shares (as the coder pool does), and reads that thread's V8 heap and the process's
 * resident memory after each: what a coding thread holds of each resource. `--root DIR` measures
 * another checkout's build (its dist/), for a before/after.
 *
 *   npm run build && npx tsx bench/resource-memory.ts [--root DIR]
 *
 * Prints Markdown tables (the figures of docs/benchmarks.md, "Streaming memory").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const ROOT = resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)));
const dist = (path: string) => JSON.stringify(pathToFileURL(resolve(ROOT, 'dist', path)).href);

interface Step {
  readonly name: string;
  /** An ES module body run after the baseline is read; it awaits whatever it loads. */
  readonly code: string;
}

const DOC = "'Police in Paris detained 12 protesters on Monday, officials said.'";
const STEPS: Step[] = [
  { name: 'import the pipeline module graph (no resource used)', code: `await import(${dist('pipeline/default.js')});` },
  { name: 'language model: wink-nlp + wink-eng-lite-web-model', code: `const { wink } = await import(${dist('nlp/wink.js')}); wink().readDoc('A test.');` },
  { name: 'language detector: eld (medium n-grams, from resources/language)', code: `const { detectLanguage } = await import(${dist('ingest/language.js')}); detectLanguage('Police detained twelve protesters in the capital.');` },
  { name: 'knowledge base: countries, cities, gazetteer trie', code: `const { loadKb } = await import(${dist('kb/index.js')}); loadKb();` },
  { name: 'world gazetteer: places.tsv.gz (105k towns)', code: `const { WorldPlaces } = await import(${dist('kb/index.js')}); WorldPlaces.get();` },
  { name: 'Phoenix dictionaries: actors, agents, verbs', code: `const p = await import(${dist('dictionaries/phoenix/load.js')}); p.phoenixActors(); p.phoenixAgents(); p.phoenixVerbs();` },
  { name: 'parser model (deserialised in this thread)', code: `const { syntaxModel } = await import(${dist('syntax/analyse.js')}); syntaxModel();` },
  {
    // wink-nlp adds every word form it has not seen to its lexicon, for good: what a long stream of real news (new names, numbers, typos) costs a thread.
    name: 'wink-nlp lexicon after reading 100,000 new word forms (growth, not start-up)',
    code: `const { wink } = await import(${dist('nlp/wink.js')}); const nlp = wink(); nlp.readDoc('A test.'); globalThis.gc(); const from = process.memoryUsage(); for (let k = 0; k < 100000; k += 1000) nlp.readDoc(Array.from({ length: 1000 }, (_, i) => 'Zq' + ((k + i) * 7919).toString(36) + 'x').join(' ') + '.'); globalThis.baseline = from;`,
  },
  { name: 'whole coder on the main thread (all of the above + one document)', code: `const { createDocumentCoder } = await import(${dist('pipeline/default.js')}); const { docFromRaw } = await import(${dist('ingest/load.js')}); createDocumentCoder({ onStageError: 'record' }).code(docFromRaw(${DOC}, 'w', 'text'));` },
  { name: 'one worker thread of the pool, ready (its parent holds only the tables it shares with it)', code: `const { createCoderPool } = await import(${dist('parallel/pool.js')}); const { docFromRaw } = await import(${dist('ingest/load.js')}); const pool = createCoderPool(1, { timeoutMs: 600000 }); await pool.code(docFromRaw(${DOC}, 'w', 'text')); globalThis.pool = pool;` },
];

/** Runs a script file in a fresh Node process with --expose-gc and returns what it prints. */
function runScript(script: string): string {
  // A script file, not `node -e`: worker threads inherit execArgv, and an inherited -e would run the step again in each worker.
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-resource-memory-'));
  try {
    writeFileSync(join(dir, 'step.mjs'), script);
    return execFileSync(process.execPath, ['--expose-gc', join(dir, 'step.mjs')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one step in a fresh process and returns the change in RSS / heap / array buffers, in bytes. */
function measure(step: Step): { rss: number; heap: number; buffers: number } {
  const script = `
    const read = () => { globalThis.gc(); globalThis.gc(); const m = process.memoryUsage(); return { rss: m.rss, heap: m.heapUsed, buffers: m.arrayBuffers }; };
    await import('node:fs');
    const before = read();
    ${step.code}
    await new Promise((r) => setTimeout(r, 200));
    const after = read();
    // A step that measures growth sets its own starting point.
    if (globalThis.baseline) Object.assign(before, { rss: globalThis.baseline.rss, heap: globalThis.baseline.heapUsed, buffers: globalThis.baseline.arrayBuffers });
    process.stdout.write(JSON.stringify({ rss: after.rss - before.rss, heap: after.heap - before.heap, buffers: after.buffers - before.buffers }));
    if (globalThis.pool) await globalThis.pool.close();
  `;
  return JSON.parse(runScript(script)) as { rss: number; heap: number; buffers: number };
}

/** Resources loaded one after another in one worker thread (name, module body run in the thread). */
const THREAD_STEPS: Step[] = [
  { name: 'import the pipeline module graph', code: `await import(${dist('pipeline/default.js')});` },
  { name: 'parser model (the main thread\'s shared tables)', code: `const { syntaxModel } = await import(${dist('syntax/analyse.js')}); syntaxModel();` },
  { name: 'language model: wink-nlp + wink-eng-lite-web-model', code: `const { wink } = await import(${dist('nlp/wink.js')}); wink().readDoc('A test.');` },
  { name: 'language detector: eld n-grams', code: `const { detectLanguage } = await import(${dist('ingest/language.js')}); detectLanguage('Police detained twelve protesters in the capital.');` },
  { name: 'knowledge base: countries, cities, gazetteer trie', code: `const { loadKb } = await import(${dist('kb/index.js')}); loadKb();` },
  { name: 'world gazetteer: places.tsv.gz (105k towns)', code: `const { WorldPlaces } = await import(${dist('kb/index.js')}); WorldPlaces.get();` },
  { name: 'the coder without the Phoenix dictionaries, and one document', code: `const { createChroniclePipeline } = await import(${dist('pipeline/default.js')}); const { docFromRaw } = await import(${dist('ingest/load.js')}); createChroniclePipeline({ onStageError: 'record', phoenix: false }).run(docFromRaw(${DOC}, 'w', 'text'));` },
  { name: 'Phoenix actors (the phoenix-actors stage), one document', code: `const { createChroniclePipeline } = await import(${dist('pipeline/default.js')}); const { docFromRaw } = await import(${dist('ingest/load.js')}); createChroniclePipeline({ onStageError: 'record', phoenix: { actors: true, agents: false, verbs: false } }).run(docFromRaw(${DOC}, 'w', 'text'));` },
  { name: 'Phoenix agents and verbs: the whole coder, one document', code: `const { createDocumentCoder } = await import(${dist('pipeline/default.js')}); const { docFromRaw } = await import(${dist('ingest/load.js')}); createDocumentCoder({ onStageError: 'record' }).code(docFromRaw(${DOC}, 'w', 'text'));` },
];

/**
 * Loads THREAD_STEPS in one worker thread given the main thread's shared resources; per step: heap
 * of that thread and RSS of the process, in bytes; and the size of each shared table.
 */
function measureThread(): { rows: { name: string; rss: number; heap: number }[]; tables: Record<string, number> } {
  const shared = existsSync(resolve(ROOT, 'dist', 'parallel', 'shared-resources.js'))
    // What the coder pool hands its threads; a build from before it shared only the parser model.
    ? { make: `const { sharedResources } = await import(${dist('parallel/shared-resources.js')}); const data = sharedResources();`, use: `const { useSharedResources } = await import(${dist('parallel/shared-resources.js')}); useSharedResources(workerData);` }
    : { make: `const { sharedSyntaxModel } = await import(${dist('syntax/analyse.js')}); const data = sharedSyntaxModel();`, use: `const { useSharedSyntaxModel } = await import(${dist('syntax/analyse.js')}); useSharedSyntaxModel(workerData);` };
  const script = `
    import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
    import v8 from 'node:v8';
    if (isMainThread) {
      ${shared.make}
      const bytes = (x) => ArrayBuffer.isView(x) ? x.byteLength : x && typeof x === 'object' ? Object.values(x).reduce((a, v) => a + bytes(v), 0) : 0;
      const tables = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, bytes(value)]));
      const worker = new Worker(new URL(import.meta.url), { workerData: data });
      worker.once('message', (rows) => { process.stdout.write(JSON.stringify({ rows, tables })); process.exit(0); });
      worker.once('error', (error) => { console.error(error); process.exit(1); });
    } else {
      const read = () => { for (let i = 0; i < 3; i++) globalThis.gc(); return { rss: process.memoryUsage().rss, heap: v8.getHeapStatistics().used_heap_size }; };
      const rows = [];
      let last = read();
      const step = async (name, run) => { await run(); await new Promise((r) => setTimeout(r, 100)); const now = read(); rows.push({ name, rss: now.rss - last.rss, heap: now.heap - last.heap }); last = now; };
      ${shared.use}
      ${THREAD_STEPS.map((s) => `await step(${JSON.stringify(s.name)}, async () => { ${s.code} });`).join('\n      ')}
      parentPort.postMessage(rows);
    }
  `;
  return JSON.parse(runScript(script)) as { rows: { name: string; rss: number; heap: number }[]; tables: Record<string, number> };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const rows = ['| loaded alone in a fresh process (after gc) | resident memory | V8 heap | array buffers |', '| --- | --- | --- | --- |'];
for (const step of STEPS) {
  const m = measure(step);
  rows.push(`| ${step.name} | +${mb(m.rss)} | +${mb(m.heap)} | +${mb(m.buffers)} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
}
process.stdout.write(`${rows.join('\n')}\n\n`);

const threadRows = ['| loaded one after another in one worker thread (given the main thread\'s shared tables) | resident memory of the process | V8 heap of the thread |', '| --- | --- | --- |'];
const { rows: steps, tables } = measureThread();
for (const step of steps) threadRows.push(`| ${step.name} | +${mb(step.rss)} | +${mb(step.heap)} |`);
threadRows.push(`| **the thread in all** | **+${mb(steps.reduce((a, s) => a + s.rss, 0))}** | **+${mb(steps.reduce((a, s) => a + s.heap, 0))}** |`);
process.stdout.write(`${threadRows.join('\n')}\n\nShared by the main thread, once per process: ${Object.entries(tables).map(([name, size]) => `${name} ${(size / 1e6).toFixed(1)} MB`).join(', ')}.\n`);
