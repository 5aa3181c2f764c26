/**
 * UAS / LAS of one or more syntax models on an EWT file, split by genre (the `sent_id` prefix:
 * weblog, newsgroup, email, answers, reviews) and by sentence length (25+ words), through
 * `analyseWords`, the shipped path:
 *
 *   npx tsx scripts/syntax/by-genre.ts [--file CONLLU] MODEL [MODEL …]
 *
 * Used in docs/syntax.md to compare the greedy and the beam model where news-like text is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedPath } from '../../eval/paths.js';
import { analyseWords } from '../../src/syntax/analyse.js';
import { parseConllu, spaceAfter } from '../../src/syntax/conllu.js';
import { gluedWords, layoutWords, winkTagsForWords } from '../../src/syntax/external-tags.js';
import { deserializeSyntaxModel, readModelBytes } from '../../src/syntax/model/syntax-model.js';

const { values: args, positionals: modelFiles } = parseArgs({
  options: { file: { type: 'string', default: resolve(sharedPath('treebank/ud-english-ewt'), 'en_ewt-ud-dev.conllu') } },
  allowPositionals: true,
});
if (modelFiles.length === 0) throw new Error('give one or more model files (resources/syntax/en-ewt.model, or one from `npm run train:syntax -- --out DIR`).');

const models = modelFiles.map((file) => ({ file, model: deserializeSyntaxModel(readModelBytes(file)) }));
/** Per group, per model: [heads right, heads and labels right, words]. */
const scores = new Map<string, number[][]>();
for (const sentence of parseConllu(readFileSync(args.file!, 'utf8'))) {
  const forms = sentence.words.map((w) => w.form);
  const spacing = sentence.words.map(spaceAfter);
  const { text, starts } = layoutWords(forms, spacing);
  const external = winkTagsForWords(text, starts);
  const id = sentence.comments.find((c) => c.startsWith('# sent_id'))?.split('=')[1]?.trim() ?? '';
  const groups = [id.split('-')[0]!, forms.length >= 25 ? 'sentences of 25+ words' : 'shorter sentences', 'all'];
  models.forEach(({ model }, m) => {
    const analysis = analyseWords(forms, external, model, gluedWords(spacing));
    let heads = 0, labelled = 0;
    sentence.words.forEach((w, i) => {
      if (analysis[i]!.head + 1 !== w.head) return;
      heads++;
      if (analysis[i]!.deprel.split(':')[0] === w.deprel.split(':')[0]) labelled++;
    });
    for (const g of groups) {
      const row = scores.get(g) ?? models.map(() => [0, 0, 0]);
      row[m]![0]! += heads; row[m]![1]! += labelled; row[m]![2]! += forms.length;
      scores.set(g, row);
    }
  });
}
const pct = (x: number, n: number) => (100 * x / n).toFixed(2);
process.stdout.write(`| part | words | ${modelFiles.map((f) => `${f} UAS / LAS`).join(' | ')} |\n|---|---:|${modelFiles.map(() => '---').join('|')}|\n`);
for (const [group, row] of scores) process.stdout.write(`| ${group} | ${row[0]![2]} | ${row.map(([u, l, n]) => `${pct(u!, n!)} / ${pct(l!, n!)}`).join(' | ')} |\n`);
