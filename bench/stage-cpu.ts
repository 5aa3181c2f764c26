/**
 * CPU time of each pipeline stage, for work on one stage's speed (issue 18):
 *
 *   taskset -c 1 npx tsx bench/stage-cpu.ts [passes]     CPU ms per article per stage
 *   npx tsx bench/stage-cpu.ts --dump > layers.jsonl       every document's coded layers, one line each
 *
 * The corpus is `npm run bench`'s (bench/corpus.ts, BENCH_ARTICLES, default 400). The whole
 * pipeline runs once untimed (lazy loading, compiled patterns, JIT), then `passes` times timed.
 * CPU time (process.cpuUsage) rather than wall time, because the machine is shared: others' work
 * stretches wall time, far less our own CPU time. Compare two versions in alternating runs, never
 * one number against a figure from another day. `--dump` is the check that a faster stage codes
 * the same: dump before and after, then `cmp` the files.
 */
import { createPipeline } from '../src/core/pipeline.js';
import type { Stage } from '../src/core/stage.js';
import { docFromRaw } from '../src/ingest/load.js';
import { analysisStages } from '../src/pipeline/default.js';
import { clean } from '../src/stages/clean/index.js';
import { generateCorpus } from './corpus.js';

const LAYERS = ['sentences', 'tokens', 'mentions', 'times', 'quantities', 'actors', 'places', 'events', 'diagnostics'] as const;

const corpus = generateCorpus(Number(process.env.BENCH_ARTICLES ?? 400));
const docs = () => corpus.map((a) => docFromRaw(a.text, a.id, 'text', { published: a.published }));

/** The standard stages (clean first, as the coder runs them), each adding its CPU time to `cpu`. */
function timedStages(cpu: Record<string, number>): Stage[] {
  return [clean(), ...analysisStages({})].map((stage) => ({
    ...stage,
    run(doc, context) {
      const started = process.cpuUsage();
      stage.run(doc, context);
      const used = process.cpuUsage(started);
      cpu[stage.name] = (cpu[stage.name] ?? 0) + (used.user + used.system) / 1000;
    },
  }));
}

function dump(): void {
  const pipeline = createPipeline([clean(), ...analysisStages({})]);
  for (const doc of docs()) {
    pipeline.run(doc);
    process.stdout.write(`${JSON.stringify({ id: doc.id, ...Object.fromEntries(LAYERS.map((layer) => [layer, doc[layer]])) })}\n`);
  }
}

function time(passes: number): void {
  const cpu: Record<string, number> = {};
  const pipeline = createPipeline(timedStages(cpu));
  for (const doc of docs()) pipeline.run(doc);
  for (const stage of Object.keys(cpu)) cpu[stage] = 0;
  // Documents made before timing: the total is the stages' and the pipeline's own work.
  const batches = Array.from({ length: passes }, docs);
  const started = process.cpuUsage();
  for (const batch of batches) for (const doc of batch) pipeline.run(doc);
  const used = process.cpuUsage(started);
  const articles = corpus.length * passes;
  const rows = Object.entries(cpu).sort((a, b) => b[1] - a[1]).map(([stage, ms]) => `${stage.padEnd(16)} ${(ms / articles).toFixed(2)} ms`);
  process.stdout.write(`${rows.join('\n')}\n${'whole pipeline'.padEnd(16)} ${((used.user + used.system) / 1000 / articles).toFixed(2)} ms\n`);
}

if (process.argv.includes('--dump')) dump();
else time(Number(process.argv[2] ?? 1));
