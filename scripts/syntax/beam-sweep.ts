/**
 * Dev accuracy and speed of a trained syntax model decoded with other beams than its own, and
 * with gold tags in place of the tagger's (how much tagging errors cost the parser):
 *
 *   npx tsx scripts/syntax/beam-sweep.ts [--model FILE] [--treebank DIR] [--set dev|test] [--beams 1,4,4:100,8:100]
 *
 * A beam is `width` or `width:margin` (see BeamSettings). Accuracy is through `analyseWords`, the
 * shipped path; speed is tagging + parsing, sentences per CPU second (best of three rounds).
 * `--set test` scores EWT test instead of dev (for a release's check only: choose settings on dev).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedPath, ROOT } from '../../eval/paths.js';
import { analyseWords } from '../../src/syntax/analyse.js';
import { parseConllu, spaceAfter, type ConlluSentence } from '../../src/syntax/conllu.js';
import { scoreSyntax } from '../../src/syntax/evaluate.js';
import { gluedWords, layoutWords, winkTagsForWords } from '../../src/syntax/external-tags.js';
import { deserializeSyntaxModel, readModelBytes, type SyntaxModel } from '../../src/syntax/model/syntax-model.js';
import { parse, type BeamSettings } from '../../src/syntax/parser/parser.js';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: resolve(ROOT, 'resources/syntax/en-ewt.model') },
    treebank: { type: 'string', default: sharedPath('treebank/ud-english-ewt') },
    beams: { type: 'string', default: '1,2,4,4:50,4:100,4:200,8,8:100' },
    set: { type: 'string', default: 'dev' },
  },
});

const model = deserializeSyntaxModel(readModelBytes(args.model!));
if (args.set !== 'dev' && args.set !== 'test') throw new Error(`--set is dev or test, not ${args.set}.`);
const dev = parseConllu(readFileSync(resolve(args.treebank!, `en_ewt-ud-${args.set}.conllu`), 'utf8')).map((sentence) => {
  const forms = sentence.words.map((w) => w.form);
  const spacing = sentence.words.map(spaceAfter);
  const { text, starts } = layoutWords(forms, spacing);
  return { sentence, forms, external: winkTagsForWords(text, starts), glued: gluedWords(spacing) };
});
const gold = dev.map((d) => d.sentence);

function withBeam(beam: BeamSettings): SyntaxModel {
  return { ...model, parser: { ...model.parser, beam } };
}

const analysed = (m: SyntaxModel): ConlluSentence[] => dev.map(({ sentence, forms, external, glued }) => {
  const analysis = analyseWords(forms, external, m, glued);
  return { ...sentence, words: sentence.words.map((w, i) => ({ ...w, upos: analysis[i]!.upos, xpos: analysis[i]!.xpos, head: analysis[i]!.head + 1, deprel: analysis[i]!.deprel })) };
});

const withGoldTags = (m: SyntaxModel): ConlluSentence[] => gold.map((sentence) => {
  const tree = parse(m.parser, { forms: sentence.words.map((w) => w.form), xpos: sentence.words.map((w) => w.xpos), upos: sentence.words.map((w) => w.upos) });
  return { ...sentence, words: sentence.words.map((w, i) => ({ ...w, head: tree.heads[i]!, deprel: tree.labels[i]! })) };
});

function cpuRate(work: () => void): number {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.max(best, dev.length / ((used.user + used.system) / 1e6));
  }
  return best;
}

const percent = (x: number) => (x * 100).toFixed(2);
process.stdout.write(`model ${args.model} (trained with beam ${JSON.stringify(model.parser.beam)}), EWT ${args.set}, ${dev.length} sentences\n`);
process.stdout.write('| beam | UAS | LAS | tag + parse, sentences/CPU s | UAS, gold tags | LAS, gold tags |\n|---|---:|---:|---:|---:|---:|\n');
for (const spec of args.beams!.split(',')) {
  const [width, margin] = spec.split(':');
  const m = withBeam({ width: Number(width), margin: margin === undefined ? null : Number(margin) });
  const predicted = scoreSyntax(gold, analysed(m));
  const oracleTags = scoreSyntax(gold, withGoldTags(m));
  const rate = cpuRate(() => {
    for (const { forms, external, glued } of dev) analyseWords(forms, external, m, glued);
  });
  process.stdout.write(`| ${spec} | ${percent(predicted.uas)} | ${percent(predicted.las)} | ${Math.round(rate)} | ${percent(oracleTags.uas)} | ${percent(oracleTags.las)} |\n`);
}
