/**
 * Speed of the syntax stage alone, on the sentences of the benchmark corpus (bench/corpus.ts),
 * tokens and wink-nlp tags prepared untimed as the sentences stage gives them:
 *
 *   taskset -c 0 npx tsx bench/syntax-speed.ts [--articles 400] [--rounds 3]
 *
 * Prints sentences/s and tokens/s, by CPU time (process.cpuUsage) and by wall time, for bare
 * wink-nlp tokenising and tagging of the sentence texts, our tagger alone, and our tagger + parser
 * (`analyseWords`, the shipped path with its tag checks and repairs). Each figure is the best of
 * `rounds` rounds after a warm-up pass; the rounds of the three measures are interleaved. Then,
 * untimed, how many weight-table lookups tagging and parsing a sentence takes in each of the three
 * linear models: a count, the same on a busy machine as on an idle one.
 */
import { parseArgs } from 'node:util';
import { createPipeline } from '../src/core/pipeline.js';
import { docFromRaw } from '../src/ingest/load.js';
import { wink } from '../src/nlp/wink.js';
import { clean } from '../src/stages/clean/index.js';
import { sentences as splitSentences } from '../src/stages/sentences/index.js';
import { analyseWords, syntaxModel } from '../src/syntax/analyse.js';
import type { SparseLinearModel } from '../src/syntax/model/linear.js';
import { tagIds } from '../src/syntax/tagger/tagger.js';
import { generateCorpus } from './corpus.js';

const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '400' }, rounds: { type: 'string', default: '3' } } });

const cleanAndSplit = createPipeline([clean(), splitSentences()]);
const prepared: { forms: string[]; tags: string[]; text: string }[] = [];
for (const a of generateCorpus(Number(args.articles))) {
  const doc = docFromRaw(a.text, a.id, 'text', { published: a.published });
  cleanAndSplit.run(doc);
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    prepared.push({ forms: tokens.map((t) => t.text), tags: tokens.map((t) => t.pos), text: doc.text.slice(s.span.start, s.span.end) });
  }
}
const tokens = prepared.reduce((n, p) => n + p.forms.length, 0);
const model = syntaxModel();
const nlp = wink();

const measures: Record<string, () => void> = {
  'bare wink-nlp tokenise + tag': () => { for (const p of prepared) nlp.readDoc(p.text).tokens().out(nlp.its.pos); },
  'our tagger': () => { for (const p of prepared) tagIds(model.tagger, p.forms, p.tags); },
  'our tagger + parser (analyseWords)': () => { for (const p of prepared) analyseWords(p.forms, p.tags, model); },
};

const best: Record<string, { cpu: number; wall: number }> = {};
for (const work of Object.values(measures)) work();
for (let round = 0; round < Number(args.rounds); round++) {
  for (const [name, work] of Object.entries(measures)) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    work();
    const wall = (performance.now() - wallStart) / 1000;
    const used = process.cpuUsage(cpuStart);
    const cpu = (used.user + used.system) / 1e6;
    const b = (best[name] ??= { cpu: Infinity, wall: Infinity });
    b.cpu = Math.min(b.cpu, cpu);
    b.wall = Math.min(b.wall, wall);
  }
}

process.stdout.write(`${prepared.length} sentences, ${tokens} tokens (${(tokens / prepared.length).toFixed(1)} per sentence); best of ${args.rounds} rounds\n`);
process.stdout.write('| measure | sentences / CPU s | tokens / CPU s | sentences / wall s | CPU µs per sentence |\n|---|---:|---:|---:|---:|\n');
for (const [name, { cpu, wall }] of Object.entries(best)) {
  process.stdout.write(`| ${name} | ${Math.round(prepared.length / cpu)} | ${Math.round(tokens / cpu)} | ${Math.round(prepared.length / wall)} | ${Math.round((cpu / prepared.length) * 1e6)} |\n`);
}

// Lookups: each model's addWeights wrapped on the instance (the shared class is left alone).
const lookups = { tagger: 0, actions: 0, labels: 0 };
const counted = (linear: SparseLinearModel, part: keyof typeof lookups) => {
  const add = linear.addWeights.bind(linear);
  linear.addWeights = (features, from, to, scores, at) => {
    lookups[part] += to - from;
    add(features, from, to, scores, at);
  };
};
counted(model.tagger.weights, 'tagger');
counted(model.parser.actions, 'actions');
counted(model.parser.arcLabels, 'labels');
measures['our tagger + parser (analyseWords)']!();
const per = (k: keyof typeof lookups) => Math.round(lookups[k] / prepared.length);
process.stdout.write(`weight-table lookups per sentence: tagger ${per('tagger')}, parser actions ${per('actions')}, arc labels ${per('labels')}\n`);
