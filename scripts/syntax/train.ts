/**
 * `npm run train:syntax`: trains Chronicle's part-of-speech tagger and dependency parser on UD
 * English EWT and writes the release model to resources/syntax/.
 *
 *   npm run train:syntax [-- --treebank DIR] [--out DIR] [--quick]
 *
 * Learns on train, chooses the number of epochs on dev, and scores test once at the end (gold
 * tokens, CoNLL 2018 measures). The parser learns from tags predicted by taggers that did not see
 * the sentence (4-fold jackknifing), so it meets the same tagging errors in training as in use.
 * Deterministic: the same treebank and seed give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu, spaceAfter, type ConlluSentence } from '../../src/syntax/conllu.js';
import { scoreSyntax } from '../../src/syntax/evaluate.js';
import { layoutWords, winkTagsForWords } from '../../src/syntax/external-tags.js';
import { serializeSyntaxModel, type SyntaxModel, type SyntaxModelMeta } from '../../src/syntax/model/syntax-model.js';
import { parse, trainParser, type ParserModel, type TreeSentence } from '../../src/syntax/parser/parser.js';
import { splitTag, tagIds, trainTagger, type TaggedSentence, type TaggerModel } from '../../src/syntax/tagger/tagger.js';
import { sharedPath, ROOT } from '../../eval/paths.js';

const { values: args } = parseArgs({
  options: {
    treebank: { type: 'string', default: sharedPath('treebank/ud-english-ewt') },
    out: { type: 'string', default: resolve(ROOT, 'resources/syntax') },
    quick: { type: 'boolean', default: false },
  },
});

/** Settings chosen on EWT dev (see docs/syntax.md for the runs that chose them). */
const SETTINGS = {
  seed: 1,
  taggerEpochs: args.quick ? 2 : 8,
  ambiguityMinCount: 5,
  jackknifeFolds: 4,
  parserEpochs: args.quick ? 2 : 12,
  beamWidth: 1,
  exploreFrom: 2,
  explore: 0.9,
  pruneBelow: 0.5,
};

const VERSION = '1.0.0';
const started = Date.now();
const log = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

interface Prepared {
  readonly sentence: ConlluSentence;
  readonly forms: string[];
  readonly gold: string[];
  readonly external: string[];
}

function load(file: string): Prepared[] {
  const sentences = parseConllu(readFileSync(resolve(args.treebank!, file), 'utf8'));
  return sentences.map((sentence) => {
    const forms = sentence.words.map((w) => w.form);
    const { text, starts } = layoutWords(forms, sentence.words.map(spaceAfter));
    return { sentence, forms, gold: sentence.words.map((w) => `${w.upos}|${w.xpos}`), external: winkTagsForWords(text, starts) };
  });
}

const tagged = (set: readonly Prepared[]): TaggedSentence[] => set.map((p) => ({ forms: p.forms, tags: p.gold, external: p.external }));

function predictTags(model: TaggerModel, set: readonly Prepared[]): string[][] {
  return set.map((p) => [...tagIds(model, p.forms, p.external)].map((id) => model.tags[id]!));
}

function trees(set: readonly Prepared[], tags: readonly string[][]): TreeSentence[] {
  return set.map((p, i) => {
    const split = tags[i]!.map(splitTag);
    return {
      forms: p.forms, xpos: split.map((t) => t.xpos), upos: split.map((t) => t.upos),
      heads: p.sentence.words.map((w) => w.head), deprels: p.sentence.words.map((w) => w.deprel),
    };
  });
}

/** Predicted CoNLL-U sentences (tags and tree) for scoring against gold. */
function analyse(tagger: TaggerModel, parser: ParserModel, set: readonly Prepared[]): ConlluSentence[] {
  return set.map((p) => {
    const tags = [...tagIds(tagger, p.forms, p.external)].map((id) => splitTag(tagger.tags[id]!));
    const tree = parse(parser, { forms: p.forms, xpos: tags.map((t) => t.xpos), upos: tags.map((t) => t.upos) });
    return { ...p.sentence, words: p.sentence.words.map((w, i) => ({ ...w, upos: tags[i]!.upos, xpos: tags[i]!.xpos, head: tree.heads[i]!, deprel: tree.labels[i]! })) };
  });
}

function tagAccuracy(model: TaggerModel, set: readonly Prepared[]): number {
  let right = 0, total = 0;
  predictTags(model, set).forEach((tags, s) => tags.forEach((t, i) => {
    total++;
    if (t.split('|')[0] === set[s]!.gold[i]!.split('|')[0]) right++;
  }));
  return right / total;
}

function main(): void {
  log(`reading ${args.treebank}`);
  const train = load('en_ewt-ud-train.conllu');
  const dev = load('en_ewt-ud-dev.conllu');
  const test = load('en_ewt-ud-test.conllu');
  log(`train ${train.length}, dev ${dev.length}, test ${test.length} sentences`);

  // 1. The tagger: epochs chosen on dev.
  let bestTagger: { epoch: number; accuracy: number; model: TaggerModel } | undefined;
  trainTagger(tagged(train), {
    epochs: SETTINGS.taggerEpochs, seed: SETTINGS.seed, ambiguityMinCount: SETTINGS.ambiguityMinCount, pruneBelow: SETTINGS.pruneBelow,
    onEpoch: (epoch, model) => {
      const m = model();
      const accuracy = tagAccuracy(m, dev);
      log(`tagger epoch ${epoch}: dev UPOS ${(accuracy * 100).toFixed(2)}%`);
      if (!bestTagger || accuracy > bestTagger.accuracy) bestTagger = { epoch, accuracy, model: m };
    },
  });
  const tagger = bestTagger!.model;

  // 2. Jackknifed tags for the parser's training sentences.
  const trainTags: string[][] = new Array(train.length);
  for (let fold = 0; fold < SETTINGS.jackknifeFolds; fold++) {
    const inFold = (i: number) => i % SETTINGS.jackknifeFolds === fold;
    const model = trainTagger(tagged(train.filter((_, i) => !inFold(i))), {
      epochs: bestTagger!.epoch, seed: SETTINGS.seed, ambiguityMinCount: SETTINGS.ambiguityMinCount, pruneBelow: SETTINGS.pruneBelow,
    });
    const held = train.map((p, i) => ({ p, i })).filter(({ i }) => inFold(i));
    predictTags(model, held.map(({ p }) => p)).forEach((tags, k) => (trainTags[held[k]!.i] = tags));
    log(`jackknife fold ${fold + 1}/${SETTINGS.jackknifeFolds} tagged`);
  }

  // 3. The parser: epochs chosen on dev LAS with predicted tags.
  let bestParser: { epoch: number; las: number; model: ParserModel } | undefined;
  trainParser(trees(train, trainTags), {
    epochs: SETTINGS.parserEpochs, seed: SETTINGS.seed, beamWidth: SETTINGS.beamWidth, exploreFrom: SETTINGS.exploreFrom, explore: SETTINGS.explore, pruneBelow: SETTINGS.pruneBelow,
    log,
    onEpoch: (epoch, model) => {
      const m = model();
      const scores = scoreSyntax(dev.map((p) => p.sentence), analyse(tagger, m, dev));
      log(`parser epoch ${epoch}: dev UAS ${(scores.uas * 100).toFixed(2)} LAS ${(scores.las * 100).toFixed(2)}`);
      if (!bestParser || scores.las > bestParser.las) bestParser = { epoch, las: scores.las, model: m };
    },
  });
  const parser = bestParser!.model;

  // 4. Scores: dev (what chose the settings) and test (reported once per released model).
  const figures: Record<string, Record<string, number>> = {};
  for (const [name, set] of [['dev', dev], ['test', test]] as const) {
    const s = scoreSyntax(set.map((p) => p.sentence), analyse(tagger, parser, set));
    figures[name] = { words: s.words, upos: round(s.upos), xpos: round(s.xpos), uas: round(s.uas), las: round(s.las), lasFull: round(s.lasFull) };
    log(`${name}: UPOS ${(s.upos * 100).toFixed(2)} UAS ${(s.uas * 100).toFixed(2)} LAS ${(s.las * 100).toFixed(2)}`);
  }

  const meta: SyntaxModelMeta = {
    name: 'chronicle-syntax-en-ewt',
    version: VERSION,
    created: new Date().toISOString().slice(0, 10),
    treebank: 'UD English EWT (UniversalDependencies/UD_English-EWT @ 15d613d8447b3478787d4c278730a1e48a945efb)',
    licence: 'CC BY-SA 4.0 (derived from UD English EWT; see resources/syntax/README.md)',
    command: 'npm run train:syntax',
    seed: SETTINGS.seed,
    settings: { ...SETTINGS, taggerEpochsChosen: bestTagger!.epoch, parserEpochsChosen: bestParser!.epoch },
    figures,
  };
  const model: SyntaxModel = { meta, tagger, parser };
  mkdirSync(args.out!, { recursive: true });
  const bytes = serializeSyntaxModel(model);
  writeFileSync(resolve(args.out!, 'en-ewt.model'), bytes);
  writeFileSync(resolve(args.out!, 'en-ewt.meta.json'), `${JSON.stringify({ ...meta, bytes: bytes.length }, null, 2)}\n`);
  log(`wrote ${resolve(args.out!, 'en-ewt.model')} (${(bytes.length / 1e6).toFixed(1)} MB)`);
}

const round = (x: number) => Math.round(x * 10000) / 10000;

main();
