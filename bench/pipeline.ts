/**
 * `npm run bench`: pipeline throughput on a generated corpus (bench/corpus.ts).
 * Reports, in one run: articles/s, MB/s and sentences/s on one core through the whole pipeline from
 * raw text; the time of each stage; bare wink-nlp tokenisation + POS tagging of the same texts (so
 * the rest of the pipeline is a ratio, not a guess); parallel ingest into SQLite with 1 and N worker
 * threads; peak memory. Writes the section "## Pipeline throughput" of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docFromRaw } from '../src/ingest/load.js';
import { ingestStream } from '../src/ingest/run-ingest.js';
import { wink } from '../src/nlp/wink.js';
import { createPipeline } from '../src/core/pipeline.js';
import { createDocumentCoder } from '../src/pipeline/default.js';
import { clean } from '../src/stages/clean/index.js';
import { sentences as splitSentences } from '../src/stages/sentences/index.js';
import { analyseWords } from '../src/syntax/analyse.js';
import { loadPeopleMemory } from '../src/memory/index.js';
import { createCoderPool } from '../src/parallel/pool.js';
import { openStore } from '../src/store/index.js';
import { generateCorpus } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const count = Number(process.env.BENCH_ARTICLES ?? 400);
const corpus = generateCorpus(count);
const cleanAndSplit = createPipeline([clean(), splitSentences()]);
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
let peakRss = 0;
// process.memoryUsage.rss() is cheap; process.memoryUsage() walks the heap and would slow the timed loop.
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); };
const timer = setInterval(sample, 50);

function singleCore() {
  const coder = createDocumentCoder({ onStageError: 'record' });
  // Warm up (lazy loading of the knowledge base and the model).
  for (const a of corpus.slice(0, 5)) coder.code(docFromRaw(a.text, a.id, 'text', { published: a.published }));
  const stages: Record<string, number> = {};
  let sentences = 0;
  let events = 0;
  const started = performance.now();
  for (const a of corpus) {
    const doc = docFromRaw(a.text, a.id, 'text', { published: a.published });
    coder.code(doc);
    sentences += doc.sentences.length;
    events += doc.events.length;
    for (const [stage, ms] of Object.entries(doc.timings)) stages[stage] = (stages[stage] ?? 0) + ms;
    sample();
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, sentences, events, stages };
}

function bareWink() {
  const nlp = wink();
  const its = nlp.its;
  const started = performance.now();
  let tokens = 0;
  for (const a of corpus) {
    const doc = nlp.readDoc(a.text);
    tokens += (doc.tokens().out(its.pos) as string[]).length;
  }
  return { seconds: (performance.now() - started) / 1000, tokens };
}

/**
 * Our tagger and parser alone, on the sentences of the corpus (tokens and wink tags prepared
 * untimed, as the sentences stage gives them), beside bare wink-nlp tagging of the same sentence
 * texts: both as sentences per second.
 */
function syntaxOnly() {
  const prepared: { forms: string[]; tags: string[]; text: string }[] = [];
  for (const a of corpus) {
    const doc = docFromRaw(a.text, a.id, 'text', { published: a.published });
    cleanAndSplit.run(doc);
    for (const s of doc.sentences) {
      const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
      prepared.push({ forms: tokens.map((t) => t.text), tags: tokens.map((t) => t.pos), text: doc.text.slice(s.span.start, s.span.end) });
    }
  }
  for (const p of prepared.slice(0, 50)) analyseWords(p.forms, p.tags);
  let started = performance.now();
  for (const p of prepared) analyseWords(p.forms, p.tags);
  const ours = (performance.now() - started) / 1000;
  const nlp = wink();
  const its = nlp.its;
  started = performance.now();
  for (const p of prepared) nlp.readDoc(p.text).tokens().out(its.pos);
  const bare = (performance.now() - started) / 1000;
  return { sentences: prepared.length, tokens: prepared.reduce((n, p) => n + p.forms.length, 0), ours, bare };
}

/** Resident memory the syntax model adds to a process (measured in a fresh child, after garbage collection). */
function syntaxModelMemory(): number | null {
  const script = `import('${fileURLToPath(new URL('../src/syntax/analyse.ts', import.meta.url))}').then((m) => { globalThis.gc(); const before = process.memoryUsage.rss(); m.analyseWords(['Troops', 'left', '.'], ['NOUN', 'VERB', 'PUNCT']); globalThis.gc(); process.stdout.write(String(process.memoryUsage.rss() - before)); })`;
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

/** Coding alone (no store) on a warmed pool of `workers` threads. */
async function codingOnly(workers: number) {
  const pool = createCoderPool(workers);
  await Promise.all(generateCorpus(workers * 4, 98).map((a) => pool.code(docFromRaw(a.text, a.id, 'text', { published: a.published }))));
  const started = performance.now();
  await Promise.all(corpus.map((a) => pool.code(docFromRaw(a.text, a.id, 'text', { published: a.published }))));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  sample();
  return { seconds };
}

/** Ingest into SQLite with a pool of `workers` threads, warmed up first (thread start-up and model loading are not timed). */
async function parallel(workers: number) {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  // With the store's memory, as `ingest` makes its pool: the coders then record what they look up in it.
  const pool = createCoderPool(workers, { memory: await loadPeopleMemory(store.db) });
  const warm = generateCorpus(workers * 4, 99);
  await Promise.all(warm.map((a) => pool.code(docFromRaw(a.text, a.id, 'text', { published: a.published }))));
  const docs = corpus.map((a) => docFromRaw(a.text, a.id, 'text', { published: a.published }));
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { counts } = await ingestStream(docs, { store, workers, versions: [], pool });
  const seconds = (performance.now() - started) / 1000;
  // CPU of the whole process, worker threads included: on a shared machine wall time also counts the others' work.
  const cpu = process.cpuUsage(cpuStarted);
  await pool.close();
  await store.close();
  sample();
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, coded: counts.coded, recoded: counts.recoded };
}

/** The ingest rows alone (`BENCH_CHILD=ingest npx tsx bench/pipeline.ts`): printed, docs/benchmarks.md left as it is. */
async function ingestOnly() {
  const cores = availableParallelism();
  const p1 = await parallel(1);
  const pN = await parallel(cores);
  clearInterval(timer);
  process.stdout.write(`${ingestRows(p1, pN, cores).map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
}

function ingestRows(p1: Awaited<ReturnType<typeof parallel>>, pN: Awaited<ReturnType<typeof parallel>>, cores: number): string[][] {
  const cpuPerArticle = (p: typeof p1) => `${((1000 * p.cpuSeconds) / count).toFixed(1)} ms CPU per article, ${p.recoded} coded again by the second pass`;
  return [
    ['ingest into SQLite, 1 worker (coding + near-duplicate check + store)', `${(count / p1.seconds).toFixed(1)} articles/s (${cpuPerArticle(p1)})`],
    [`ingest into SQLite, ${cores} workers`, `${(count / pN.seconds).toFixed(1)} articles/s (**${(p1.seconds / pN.seconds).toFixed(2)}×** one worker; ${cpuPerArticle(pN)})`],
  ];
}

/**
 * One core, honestly: a child process pinned to one CPU with `taskset -c 0`. A plain Node process
 * also runs V8's compiler and GC helper threads on the other core (measured here: 1.5× faster
 * unpinned), which would flatter the per-core figure.
 */
function pinnedSingleCore(): ReturnType<typeof singleCore> & { pinned: boolean; bare?: ReturnType<typeof bareWink>; syntax?: ReturnType<typeof syntaxOnly> } {
  const result = spawnSync('taskset', ['-c', '0', process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHILD: 'single', BENCH_ARTICLES: String(count) }, encoding: 'utf8', maxBuffer: 1 << 24,
  });
  if (result.status === 0) return { ...(JSON.parse(result.stdout.trim().split('\n').pop()!) as ReturnType<typeof singleCore> & { bare: ReturnType<typeof bareWink>; syntax: ReturnType<typeof syntaxOnly> }), pinned: true };
  process.stderr.write(`bench: taskset is not available (${result.error?.message ?? result.stderr.slice(0, 200)}); measuring unpinned\n`);
  return { ...singleCore(), pinned: false };
}

async function main() {
  const one = pinnedSingleCore();
  const unpinned = singleCore();
  // Bare tagging under the same conditions as the one-core pipeline figure (pinned when it is).
  const bare = one.bare ?? bareWink();
  const syntax = one.syntax ?? syntaxOnly();
  const modelBytes = syntaxModelMemory();
  const code1 = await codingOnly(1);
  const codeN = await codingOnly(availableParallelism());
  const cores = availableParallelism();
  const p1 = await parallel(1);
  const pN = await parallel(cores);
  clearInterval(timer);
  const mb = bytes / 1e6;
  const rows = [
    ['articles', String(count)],
    ['corpus size', `${mb.toFixed(2)} MB, ${one.sentences} sentences`],
    [`whole pipeline, one core${one.pinned ? ' (pinned with taskset)' : ''}`, `${(count / one.seconds).toFixed(1)} articles/s · ${(mb / one.seconds).toFixed(3)} MB/s · **${Math.round(one.sentences / one.seconds)} sentences/s**`],
    ['whole pipeline, one process unpinned (V8 helper threads on the other core)', `${(count / unpinned.seconds).toFixed(1)} articles/s · ${Math.round(unpinned.sentences / unpinned.seconds)} sentences/s`],
    ['events coded', `${one.events} (${(one.events / count).toFixed(1)} per article)`],
    ['bare wink-nlp tokenise + POS tag, same texts', `${(count / bare.seconds).toFixed(1)} articles/s (${Math.round(bare.tokens / bare.seconds)} tokens/s)`],
    ['whole pipeline ÷ bare tagging time', `${(one.seconds / bare.seconds).toFixed(1)}×`],
    [`our tagger + dependency parser alone, one core${one.pinned ? ' (pinned)' : ''}`, `**${Math.round(syntax.sentences / syntax.ours)} sentences/s** (${Math.round(syntax.tokens / syntax.ours)} tokens/s; ${syntax.sentences} sentences of ${(syntax.tokens / syntax.sentences).toFixed(1)} tokens)`],
    ['bare wink-nlp tokenise + POS tag of the same sentences, same core', `${Math.round(syntax.sentences / syntax.bare)} sentences/s`],
    ['resident memory the syntax model adds to a process', modelBytes === null ? 'not measured (child failed)' : `${(modelBytes / 1e6).toFixed(0)} MB`],
    [`coding only (no store), ${cores} worker threads`, `${(count / codeN.seconds).toFixed(1)} articles/s: **${(one.seconds / codeN.seconds).toFixed(2)}×** one pinned core, ${(code1.seconds / codeN.seconds).toFixed(2)}× one unpinned thread (${(count / code1.seconds).toFixed(1)} articles/s)`],
    ...ingestRows(p1, pN, cores),
    ['peak resident memory (sampled)', `${(peakRss / 1e6).toFixed(0)} MB`],
  ];
  const stageRows = Object.entries(one.stages).sort((a, b) => b[1] - a[1])
    .map(([stage, ms]) => `| ${stage} | ${(ms / count).toFixed(2)} | ${((100 * ms) / (one.seconds * 1000)).toFixed(1)}% |`);
  const section = [
    '## Pipeline throughput',
    '',
    `Command: \`npm run bench\` (\`BENCH_ARTICLES=${count}\`), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
    'Corpus: paragraphs of the project\'s news texts re-mixed into new articles for 8 country pairs, with varied figures and dates (`bench/corpus.ts`). Worker threads are started and warmed up before timing.',
    '',
    '| measure | result |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    'Time per stage (one core):',
    '',
    '| stage | ms per article | share |',
    '| --- | --- | --- |',
    ...stageRows,
  ].join('\n');
  const path = join(ROOT, 'docs', 'benchmarks.md');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const without = existing.replace(/## Pipeline throughput[\s\S]*?(?=\n## |$)/, '').trimEnd();
  writeFileSync(path, `${without}\n\n${section}\n`);
  process.stdout.write(`${section}\n`);
}

if (process.env.BENCH_CHILD === 'single') {
  clearInterval(timer);
  process.stdout.write(`${JSON.stringify({ ...singleCore(), bare: bareWink(), syntax: syntaxOnly() })}\n`);
} else (process.env.BENCH_CHILD === 'ingest' ? ingestOnly() : main()).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
