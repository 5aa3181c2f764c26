/**
 * CPU time of each pipeline stage, for work on one stage's speed (issue 18):
 *
 *   taskset -c 1 npx tsx bench/stage-cpu.ts [passes]     CPU ms per article per stage
 *   taskset -c 1 npx tsx bench/stage-cpu.ts [passes] --before CHECKOUT
 *                                                          the same for another checkout (the code
 *                                                          before a change) in the same process
 *   npx tsx bench/stage-cpu.ts --dump > layers.jsonl       every document's coded layers, one line each
 *
 * The corpus is `npm run bench`'s (bench/corpus.ts, BENCH_ARTICLES, default 400). The whole
 * pipeline runs once untimed (lazy loading, compiled patterns, JIT), then `passes` times timed.
 * CPU time (process.cpuUsage) rather than wall time, because the machine is shared: others' work
 * stretches wall time, far less our own CPU time. Compare two versions in alternating runs, never
 * one number against a figure from another day. `--dump` is the check that a faster stage codes
 * the same: dump before and after, then `cmp` the files.
 *
 * With `--before`, the two checkouts' pipelines are loaded side by side and their passes
 * alternate (which goes first alternates too), so both see the same machine: on the shared 2-core
 * machine the speed of one process moved by a third from one run to the next, more than most
 * changes measured here. Each stage's figure is its least disturbed pass (the minimum), beside the
 * mean. The checkout needs its own node_modules (a symbolic link to this one's will do).
 */
import { resolve } from 'node:path';
import type { ArticleDoc } from '../src/core/document.js';
import type { Stage } from '../src/core/stage.js';
import { createPipeline } from '../src/core/pipeline.js';
import { docFromRaw } from '../src/ingest/load.js';
import { analysisStages } from '../src/pipeline/default.js';
import { clean } from '../src/stages/clean/index.js';
import { generateCorpus } from './corpus.js';

const LAYERS = ['sentences', 'tokens', 'mentions', 'times', 'quantities', 'actors', 'places', 'events', 'diagnostics'] as const;

const corpus = generateCorpus(Number(process.env.BENCH_ARTICLES ?? 400));

/** What a checkout provides for timing: its document loader and standard stages. */
interface Checkout {
  readonly docFromRaw: typeof docFromRaw;
  readonly stages: () => Stage[];
  readonly createPipeline: typeof createPipeline;
}

const here: Checkout = { docFromRaw, stages: () => [clean(), ...analysisStages({})], createPipeline };

async function checkoutAt(root: string): Promise<Checkout> {
  const load = (path: string) => import(resolve(root, path));
  const [core, ingest, standard, cleaning] = await Promise.all([
    load('src/core/pipeline.ts'), load('src/ingest/load.ts'), load('src/pipeline/default.ts'), load('src/stages/clean/index.ts'),
  ]);
  return { docFromRaw: ingest.docFromRaw, stages: () => [cleaning.clean(), ...standard.analysisStages({})], createPipeline: core.createPipeline };
}

const docsOf = (checkout: Checkout): ArticleDoc[] => corpus.map((a) => checkout.docFromRaw(a.text, a.id, 'text', { published: a.published }));

/** The checkout's standard stages (clean first, as the coder runs them), each adding its CPU time to `cpu`. */
function timedStages(checkout: Checkout, cpu: Record<string, number>): Stage[] {
  return checkout.stages().map((stage) => ({
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
  const pipeline = createPipeline(here.stages());
  for (const doc of docsOf(here)) {
    pipeline.run(doc);
    process.stdout.write(`${JSON.stringify({ id: doc.id, ...Object.fromEntries(LAYERS.map((layer) => [layer, doc[layer]])) })}\n`);
  }
}

/** A checkout's timed pipeline: `pass()` codes the corpus once and returns CPU ms per article per stage, and for the whole pipeline. */
function timer(checkout: Checkout): { pass: () => Record<string, number> } {
  const cpu: Record<string, number> = {};
  const pipeline = checkout.createPipeline(timedStages(checkout, cpu));
  for (const doc of docsOf(checkout)) pipeline.run(doc);
  return {
    pass() {
      for (const stage of Object.keys(cpu)) cpu[stage] = 0;
      // Documents made before timing: the total is the stages' and the pipeline's own work.
      const docs = docsOf(checkout);
      const started = process.cpuUsage();
      for (const doc of docs) pipeline.run(doc);
      const used = process.cpuUsage(started);
      const perArticle = Object.fromEntries(Object.entries(cpu).map(([stage, ms]) => [stage, ms / corpus.length]));
      return { ...perArticle, 'whole pipeline': (used.user + used.system) / 1000 / corpus.length };
    },
  };
}

function time(passes: number): void {
  const { pass } = timer(here);
  const sum: Record<string, number> = {};
  for (let p = 0; p < passes; p++) for (const [stage, ms] of Object.entries(pass())) sum[stage] = (sum[stage] ?? 0) + ms;
  const whole = sum['whole pipeline']!;
  delete sum['whole pipeline'];
  const rows = Object.entries(sum).sort((a, b) => b[1] - a[1]).map(([stage, ms]) => `${stage.padEnd(16)} ${(ms / passes).toFixed(2)} ms`);
  process.stdout.write(`${rows.join('\n')}\n${'whole pipeline'.padEnd(16)} ${(whole / passes).toFixed(2)} ms\n`);
}

async function compare(passes: number, before: string): Promise<void> {
  const timers = [timer(await checkoutAt(before)), timer(here)];
  const runs: Record<string, number>[][] = [[], []];
  for (let p = 0; p < passes; p++) for (const k of p % 2 === 0 ? [0, 1] : [1, 0]) runs[k]!.push(timers[k]!.pass());
  const stages = Object.keys(runs[1]![0]!).sort((a, b) => (a === 'whole pipeline' ? 1 : b === 'whole pipeline' ? -1 : runs[1]![0]![b]! - runs[1]![0]![a]!));
  const min = (k: number, stage: string) => Math.min(...runs[k]!.map((r) => r[stage] ?? NaN));
  const mean = (k: number, stage: string) => runs[k]!.reduce((s, r) => s + (r[stage] ?? NaN), 0) / passes;
  process.stdout.write(`CPU ms per article, ${corpus.length} articles, ${passes} alternating passes each; least disturbed pass (mean)\n`);
  process.stdout.write('| stage | before | after | after ÷ before |\n|---|---:|---:|---:|\n');
  for (const stage of stages) {
    process.stdout.write(`| ${stage} | ${min(0, stage).toFixed(2)} (${mean(0, stage).toFixed(2)}) | ${min(1, stage).toFixed(2)} (${mean(1, stage).toFixed(2)}) | ${(min(1, stage) / min(0, stage)).toFixed(2)} |\n`);
  }
}

const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const passes = Number(args.find((a, i) => /^\d+$/.test(a) && i !== beforeAt + 1) ?? 1);
if (args.includes('--dump')) dump();
else if (beforeAt >= 0) await compare(passes, args[beforeAt + 1]!);
else time(passes);
