/**
 * Where a coding thread's memory goes: each read-only resource is loaded alone in a fresh Node
 * process (compiled dist/, so run `npm run build` first), after a forced garbage collection, and
 * the process's resident memory and V8 heap are read before and after. The last rows load the
 * whole coder (every resource, then one small document) on the main thread and in one worker
 * thread, which is what each coding thread of `chronicle ingest --workers N` costs.
 *
 *   npm run build && npx tsx bench/resource-memory.ts
 *
 * Prints a Markdown table (the figures of docs/benchmarks.md, "Streaming memory").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
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
  { name: 'one worker thread of the pool, ready (its parent holds nothing but the shared parser tables)', code: `const { createCoderPool } = await import(${dist('parallel/pool.js')}); const { docFromRaw } = await import(${dist('ingest/load.js')}); const pool = createCoderPool(1, { timeoutMs: 600000 }); await pool.code(docFromRaw(${DOC}, 'w', 'text')); globalThis.pool = pool;` },
];

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
  // A script file, not `node -e`: worker threads inherit execArgv, and an inherited -e would run the step again in each worker.
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-resource-memory-'));
  try {
    writeFileSync(join(dir, 'step.mjs'), script);
    const out = execFileSync(process.execPath, ['--expose-gc', join(dir, 'step.mjs')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out) as { rss: number; heap: number; buffers: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const rows = ['| loaded alone in a fresh process (after gc) | resident memory | V8 heap | array buffers |', '| --- | --- | --- | --- |'];
for (const step of STEPS) {
  const m = measure(step);
  rows.push(`| ${step.name} | +${mb(m.rss)} | +${mb(m.heap)} | +${mb(m.buffers)} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
}
process.stdout.write(`${rows.join('\n')}\n`);
