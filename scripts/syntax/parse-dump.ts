/**
 * Every tag, head and label the syntax stage gives, one line per sentence, for proving that a
 * speed-up changed nothing: run it on the code before and after a change and compare the files.
 *
 *   npx tsx scripts/syntax/parse-dump.ts --out FILE [--articles 400] [--treebank DIR]
 *   cmp BEFORE AFTER
 *
 * Sentences: EWT dev and test through `analyseWords` (the shipped path: tagger, tag checks, beam
 * parser, repairs, wink-nlp tags as the stage gives them), the same sentences parsed from their
 * gold tags (the parser alone, on other input) and greedily, and the sentences of the benchmark
 * corpus (bench/corpus.ts) as the sentences stage splits and tokenises them. Prints a SHA-256 of
 * the whole dump, so two runs can also be compared by that line alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../../bench/corpus.js';
import { sharedPath } from '../../eval/paths.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { docFromRaw } from '../../src/ingest/load.js';
import { clean } from '../../src/stages/clean/index.js';
import { sentences as splitSentences } from '../../src/stages/sentences/index.js';
import { analyseWords, syntaxModel } from '../../src/syntax/analyse.js';
import { parseConllu, spaceAfter } from '../../src/syntax/conllu.js';
import { gluedWords, layoutWords, winkTagsForWords } from '../../src/syntax/external-tags.js';
import { parse } from '../../src/syntax/parser/parser.js';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    articles: { type: 'string', default: '400' },
    treebank: { type: 'string', default: sharedPath('treebank/ud-english-ewt') },
  },
});
if (!args.out) throw new Error('usage: npx tsx scripts/syntax/parse-dump.ts --out FILE [--articles 400] [--treebank DIR]');

const model = syntaxModel();
const lines: string[] = [];
const analysed = (forms: readonly string[], external: readonly string[], glued?: readonly boolean[]) =>
  analyseWords(forms, external, model, glued).map((w) => `${w.upos}/${w.xpos}/${w.head}/${w.deprel}`).join(' ');

for (const part of ['dev', 'test']) {
  const path = resolve(args.treebank!, `en_ewt-ud-${part}.conllu`);
  if (!existsSync(path)) throw new Error(`${path} is missing: pass --treebank DIR (UD English EWT)`);
  const treebank = parseConllu(readFileSync(path, 'utf8'));
  for (const [i, sentence] of treebank.entries()) {
    const forms = sentence.words.map((w) => w.form);
    const spacing = sentence.words.map(spaceAfter);
    const { text, starts } = layoutWords(forms, spacing);
    lines.push(`${part} ${i} analysed: ${analysed(forms, winkTagsForWords(text, starts), gluedWords(spacing))}`);
    const goldTags = { forms, xpos: sentence.words.map((w) => w.xpos), upos: sentence.words.map((w) => w.upos) };
    for (const [name, beam] of [['beam', model.parser.beam], ['greedy', { width: 1, margin: null }]] as const) {
      const tree = parse(model.parser, goldTags, beam);
      lines.push(`${part} ${i} gold tags, ${name}: ${[...tree.heads].map((h, k) => `${h}/${tree.labels[k]}`).join(' ')}`);
    }
  }
}

const cleanAndSplit = createPipeline([clean(), splitSentences()]);
for (const a of generateCorpus(Number(args.articles))) {
  const doc = docFromRaw(a.text, a.id, 'text', { published: a.published });
  cleanAndSplit.run(doc);
  for (const [i, s] of doc.sentences.entries()) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    lines.push(`bench ${a.id} ${i}: ${analysed(tokens.map((t) => t.text), tokens.map((t) => t.pos))}`);
  }
}

const dump = `${lines.join('\n')}\n`;
writeFileSync(args.out, dump);
process.stdout.write(`${lines.length} lines, sha256 ${createHash('sha256').update(dump).digest('hex')}\n`);
