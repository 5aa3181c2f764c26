/**
 * CPU time of the syntax stage (`analyseWords`: tagger, tag checks, parser, repairs) of this
 * checkout against another (the code before a change), in one process, on a machine others are
 * using too:
 *
 *   git worktree add /tmp/before <commit>   # or any checkout of the old code, with node_modules
 *   taskset -c 0 npx tsx scripts/syntax/compare-speed.ts --before /tmp/before [--rounds 8] [--articles 400]
 *
 * Sentences: the benchmark corpus's (bench/corpus.ts, as the sentences stage gives them) and EWT
 * dev's (wink-nlp tags as the stage gives them; text unlike the benchmark's, which repeats its
 * paragraphs). The two checkouts run alternately, each set in chunks of 200 sentences; a chunk's
 * best time over the rounds is its least disturbed one, and the sum of the bests is the figure.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../../bench/corpus.js';
import { ROOT, sharedPath } from '../../eval/paths.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { docFromRaw } from '../../src/ingest/load.js';
import { clean } from '../../src/stages/clean/index.js';
import { sentences as splitSentences } from '../../src/stages/sentences/index.js';
import { parseConllu, spaceAfter } from '../../src/syntax/conllu.js';
import { gluedWords, layoutWords, winkTagsForWords } from '../../src/syntax/external-tags.js';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    rounds: { type: 'string', default: '8' },
    articles: { type: 'string', default: '400' },
    treebank: { type: 'string', default: sharedPath('treebank/ud-english-ewt') },
  },
});
if (!args.before) throw new Error('usage: npx tsx scripts/syntax/compare-speed.ts --before CHECKOUT [--rounds 8] [--articles 400]');

interface Sentence { forms: string[]; tags: string[]; glued?: boolean[] }

const cleanAndSplit = createPipeline([clean(), splitSentences()]);
const bench: Sentence[] = [];
for (const a of generateCorpus(Number(args.articles))) {
  const doc = docFromRaw(a.text, a.id, 'text', { published: a.published });
  cleanAndSplit.run(doc);
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    bench.push({ forms: tokens.map((t) => t.text), tags: tokens.map((t) => t.pos) });
  }
}
const dev: Sentence[] = parseConllu(readFileSync(resolve(args.treebank!, 'en_ewt-ud-dev.conllu'), 'utf8')).map((sentence) => {
  const forms = sentence.words.map((w) => w.form);
  const spacing = sentence.words.map(spaceAfter);
  const { text, starts } = layoutWords(forms, spacing);
  return { forms, tags: winkTagsForWords(text, starts), glued: gluedWords(spacing) };
});

type Analyse = (s: Sentence) => void;
async function analyserOf(root: string): Promise<Analyse> {
  const syntax = await import(resolve(root, 'src/syntax/analyse.ts'));
  const model = syntax.syntaxModel();
  return (s) => syntax.analyseWords(s.forms, s.tags, model, s.glued);
}
const checkouts: [string, Analyse][] = [['before', await analyserOf(resolve(args.before))], ['this checkout', await analyserOf(ROOT)]];

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
process.stdout.write(`load average at the start ${load()}; ${args.rounds} rounds\n`);
process.stdout.write('| sentences | before: CPU µs / sentence | this checkout | sentences / CPU s, before → this checkout | speed-up |\n|---|---:|---:|---:|---:|\n');
for (const [name, sentences] of [['benchmark corpus', bench], ['EWT dev', dev]] as const) {
  const chunks: Sentence[][] = [];
  for (let c = 0; c < sentences.length; c += 200) chunks.push(sentences.slice(c, c + 200));
  const best = checkouts.map(() => chunks.map(() => Infinity));
  for (const [, analyse] of checkouts) for (const s of sentences) analyse(s);
  for (let round = 0; round < Number(args.rounds); round++) {
    // Alternate which checkout goes first.
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      chunks.forEach((chunk, c) => {
        const start = process.cpuUsage();
        for (const s of chunk) checkouts[k]![1](s);
        const used = process.cpuUsage(start);
        best[k]![c] = Math.min(best[k]![c]!, used.user + used.system);
      });
    }
  }
  const [before, after] = best.map((b) => b.reduce((x, y) => x + y, 0) / sentences.length) as [number, number];
  process.stdout.write(`| ${name} (${sentences.length}) | ${before.toFixed(0)} | ${after.toFixed(0)} | ${Math.round(1e6 / before)} → ${Math.round(1e6 / after)} | ${(before / after).toFixed(2)}× |\n`);
}
process.stdout.write(`load average at the end ${load()}\n`);
