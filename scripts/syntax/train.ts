/**
 * `npm run train:syntax`: trains Chronicle's part-of-speech tagger and dependency parser on UD
 * English EWT and writes the release model to resources/syntax/.
 *
 *   npm run train:syntax [-- --treebank DIR] [--out DIR] [--beam-width N] [--action-hash-bits N] [--quick]
 *
 * `--beam-width` and `--action-hash-bits` override the released settings (beam width 1 = greedy
 * training and parsing; hash bits 0 = one row per action feature), for the comparison runs in
 * docs/syntax.md.
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
import { newsConstructions } from '../../src/syntax/augment.js';
import { scoreSyntax, type SyntaxScores } from '../../src/syntax/evaluate.js';
import { seededRandom } from '../../src/syntax/random.js';
import { gluedWords, layoutWords, winkTagsForWords } from '../../src/syntax/external-tags.js';
import { serializeSyntaxModel, type SyntaxModel, type SyntaxModelMeta } from '../../src/syntax/model/syntax-model.js';
import { analyseWords } from '../../src/syntax/analyse.js';
import { trainParser, type ParserInput, type ParserModel, type TreeSentence } from '../../src/syntax/parser/parser.js';
import { splitTag, tagIds, trainTagger, type PosTag, type TaggedSentence, type TaggerModel } from '../../src/syntax/tagger/tagger.js';
import { wink } from '../../src/nlp/wink.js';
import { sharedPath, ROOT } from '../../eval/paths.js';

const { values: args } = parseArgs({
  options: {
    treebank: { type: 'string', default: sharedPath('treebank/ud-english-ewt') },
    out: { type: 'string', default: resolve(ROOT, 'resources/syntax') },
    quick: { type: 'boolean', default: false },
    'beam-width': { type: 'string' },
    'action-hash-bits': { type: 'string' },
  },
});

/** Settings chosen on EWT dev (see docs/syntax.md for the runs that chose them). */
const SETTINGS = {
  seed: 1,
  taggerEpochs: args.quick ? 2 : 8,
  ambiguityMinCount: 5,
  jackknifeFolds: 4,
  parserEpochs: args.quick ? 2 : 12,
  beamWidth: args['beam-width'] === undefined ? 4 : Number(args['beam-width']),
  /** Greedy training (beam width 1) only: when and how often to follow the model's own mistakes. */
  exploreFrom: 2,
  explore: 0.9,
  pruneBelow: 0.5,
  /** The action model as 2^N hashed rows (the hashing trick; 0: one row per feature); see docs/syntax.md. */
  actionHashBits: args['action-hash-bits'] === undefined ? 0 : Number(args['action-hash-bits']),
  /** Share of eligible training sentences also given as news constructions (src/syntax/augment.ts). */
  newsConstructions: 0.3,
};

/** Beam margins tried on dev, narrowest first (model score units); see step 4 of main. */
const MARGINS = [50, 75, 100, 150, 200, 300, 400];
/** How much dev LAS a margin may cost against the full beam (0.0005 = 0.05 points). */
const MARGIN_TOLERANCE = 0.0005;

const VERSION = '1.1.0';
const started = Date.now();
const log = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

interface Prepared {
  readonly sentence: ConlluSentence;
  readonly forms: string[];
  readonly gold: string[];
  /** The sentence laid out as text (for wink-nlp), and wink-nlp's tags of its words. */
  readonly text: string;
  readonly external: string[];
  readonly glued: boolean[];
}

function load(file: string): ConlluSentence[] {
  return parseConllu(readFileSync(resolve(args.treebank!, file), 'utf8'));
}

function prepare(sentences: readonly ConlluSentence[]): Prepared[] {
  return sentences.map((sentence) => {
    const forms = sentence.words.map((w) => w.form);
    const spacing = sentence.words.map(spaceAfter);
    const { text, starts } = layoutWords(forms, spacing);
    return { sentence, forms, gold: sentence.words.map((w) => `${w.upos}|${w.xpos}`), text, external: winkTagsForWords(text, starts), glued: gluedWords(spacing) };
  });
}

const tagged = (set: readonly Prepared[]): TaggedSentence[] => set.map((p) => ({ forms: p.forms, tags: p.gold, external: p.external }));

/** Predicted tags of every word, split into universal and treebank tags. */
function predictTags(model: TaggerModel, set: readonly Prepared[]): PosTag[][] {
  return set.map((p) => [...tagIds(model, p.forms, p.external)].map((id) => splitTag(model.tags[id]!)));
}

const parserInput = (p: Prepared, tags: readonly PosTag[]): ParserInput => ({ forms: p.forms, xpos: tags.map((t) => t.xpos), upos: tags.map((t) => t.upos) });

function trees(set: readonly Prepared[], tags: readonly PosTag[][]): TreeSentence[] {
  return set.map((p, i) => ({ ...parserInput(p, tags[i]!), heads: p.sentence.words.map((w) => w.head), deprels: p.sentence.words.map((w) => w.deprel) }));
}

/**
 * Scores against gold (CoNLL 2018 measures on gold tokens) of the analysis `analyseWords` gives —
 * the path the pipeline and `chronicle parse --conllu` take, the tag checks and parse repairs
 * included.
 */
function score(tagger: TaggerModel, parser: ParserModel, set: readonly Prepared[]): SyntaxScores {
  const model = { meta: {} as SyntaxModelMeta, tagger, parser };
  const predicted = set.map((p) => {
    const analysis = analyseWords(p.forms, p.external, model, p.glued);
    return { ...p.sentence, words: p.sentence.words.map((w, i) => ({ ...w, upos: analysis[i]!.upos, xpos: analysis[i]!.xpos, head: analysis[i]!.head + 1, deprel: analysis[i]!.deprel })) };
  });
  return scoreSyntax(set.map((p) => p.sentence), predicted);
}

const percent = (x: number) => (x * 100).toFixed(2);

/** Sentences per second of CPU time (best of three rounds, so other processes on the machine count least). */
function sentencesPerCpuSecond(count: number, work: () => void): number {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.max(best, count / ((used.user + used.system) / 1e6));
  }
  return best;
}

function main(): void {
  log(`reading ${args.treebank}`);
  const treebankTrain = load('en_ewt-ud-train.conllu');
  const news = newsConstructions(treebankTrain, seededRandom(SETTINGS.seed + 1), SETTINGS.newsConstructions);
  const train = prepare([...treebankTrain, ...news]);
  const dev = prepare(load('en_ewt-ud-dev.conllu'));
  const test = prepare(load('en_ewt-ud-test.conllu'));
  log(`train ${treebankTrain.length} (+${news.length} rewritten into news constructions), dev ${dev.length}, test ${test.length} sentences`);

  // 1. The tagger: epochs chosen on dev UPOS.
  let bestTagger: { epoch: number; upos: number; model: TaggerModel } | undefined;
  trainTagger(tagged(train), {
    epochs: SETTINGS.taggerEpochs, seed: SETTINGS.seed, ambiguityMinCount: SETTINGS.ambiguityMinCount, pruneBelow: SETTINGS.pruneBelow,
    onEpoch: (epoch, model) => {
      const m = model();
      const upos = uposAccuracy(dev, predictTags(m, dev));
      log(`tagger epoch ${epoch}: dev UPOS ${percent(upos)}%`);
      if (!bestTagger || upos > bestTagger.upos) bestTagger = { epoch, upos, model: m };
    },
  });
  const tagger = bestTagger!.model;

  // 2. Jackknifed tags for the parser's training sentences.
  const trainTags: PosTag[][] = new Array(train.length);
  for (let fold = 0; fold < SETTINGS.jackknifeFolds; fold++) {
    const inFold = (i: number) => i % SETTINGS.jackknifeFolds === fold;
    const model = trainTagger(tagged(train.filter((_, i) => !inFold(i))), {
      epochs: bestTagger!.epoch, seed: SETTINGS.seed, ambiguityMinCount: SETTINGS.ambiguityMinCount, pruneBelow: SETTINGS.pruneBelow,
    });
    const held = train.map((p, i) => ({ p, i })).filter(({ i }) => inFold(i));
    predictTags(model, held.map(({ p }) => p)).forEach((tags, k) => (trainTags[held[k]!.i] = tags));
    log(`jackknife fold ${fold + 1}/${SETTINGS.jackknifeFolds} tagged`);
  }

  // 3. The parser: epochs chosen on dev LAS with predicted tags, at the full beam width.
  let bestParser: { epoch: number; las: number; model: ParserModel } | undefined;
  trainParser(trees(train, trainTags), {
    epochs: SETTINGS.parserEpochs, seed: SETTINGS.seed, beamWidth: SETTINGS.beamWidth, exploreFrom: SETTINGS.exploreFrom, explore: SETTINGS.explore,
    pruneBelow: SETTINGS.pruneBelow, actionHashBits: SETTINGS.actionHashBits, log,
    onEpoch: (epoch, model) => {
      const m = model();
      const s = score(tagger, m, dev);
      log(`parser epoch ${epoch}: dev UAS ${percent(s.uas)} LAS ${percent(s.las)}`);
      if (!bestParser || s.las > bestParser.las) bestParser = { epoch, las: s.las, model: m };
    },
  });

  // 4. The beam margin: the narrowest that keeps dev LAS within MARGIN_TOLERANCE of the full beam's.
  let parser = bestParser!.model;
  for (const margin of SETTINGS.beamWidth > 1 ? MARGINS : []) {
    const beam = { width: SETTINGS.beamWidth, margin };
    const s = score(tagger, { ...parser, beam }, dev);
    log(`beam margin ${margin}: dev UAS ${percent(s.uas)} LAS ${percent(s.las)}`);
    if (bestParser!.las - s.las <= MARGIN_TOLERANCE) {
      parser = { ...parser, beam };
      break;
    }
  }

  // 5. Scores: dev (what chose the settings) and test (reported once per released model), and speed.
  const figures: Record<string, Record<string, number>> = {};
  for (const [name, set] of [['dev', dev], ['test', test]] as const) {
    const s = score(tagger, parser, set);
    figures[name] = { words: s.words, upos: round(s.upos), xpos: round(s.xpos), uas: round(s.uas), las: round(s.las), lasFull: round(s.lasFull) };
    log(`${name}: UPOS ${percent(s.upos)} UAS ${percent(s.uas)} LAS ${percent(s.las)}`);
  }
  // Speed varies run to run, so it goes in meta.json only, not into the (deterministic) model bytes.
  const speed = measureSpeed(tagger, parser, dev);
  log(`speed on dev, sentences per CPU second: tagging + parsing ${speed.tagAndParse}, tagging ${speed.tag}, bare wink-nlp tagging ${speed.winkTag}`);

  const meta: SyntaxModelMeta = {
    name: 'chronicle-syntax-en-ewt',
    version: VERSION,
    created: new Date().toISOString().slice(0, 10),
    treebank: 'UD English EWT (UniversalDependencies/UD_English-EWT @ 15d613d8447b3478787d4c278730a1e48a945efb)',
    licence: 'CC BY-SA 4.0 (derived from UD English EWT; see resources/syntax/README.md)',
    command: 'npm run train:syntax',
    seed: SETTINGS.seed,
    settings: { ...SETTINGS, taggerEpochsChosen: bestTagger!.epoch, parserEpochsChosen: bestParser!.epoch, beamChosen: parser.beam },
    figures,
  };
  const model: SyntaxModel = { meta, tagger, parser };
  mkdirSync(args.out!, { recursive: true });
  const bytes = serializeSyntaxModel(model);
  writeFileSync(resolve(args.out!, 'en-ewt.model'), bytes);
  writeFileSync(resolve(args.out!, 'en-ewt.meta.json'), `${JSON.stringify({ ...meta, bytes: bytes.length, speed }, null, 2)}\n`);
  log(`wrote ${resolve(args.out!, 'en-ewt.model')} (${(bytes.length / 1e6).toFixed(1)} MB)`);
}

function uposAccuracy(set: readonly Prepared[], tags: readonly PosTag[][]): number {
  let right = 0, total = 0;
  tags.forEach((sentence, s) => sentence.forEach((t, i) => {
    total++;
    if (t.upos === set[s]!.sentence.words[i]!.upos) right++;
  }));
  return right / total;
}

/**
 * Tagging + parsing speed on one core (the measure), beside wink-nlp's bare tokenising and
 * tagging of the same sentences in the same process, so machines of other speeds compare.
 */
function measureSpeed(tagger: TaggerModel, parser: ParserModel, set: readonly Prepared[]): Record<string, number> {
  const nlp = wink();
  const tagAndParse = sentencesPerCpuSecond(set.length, () => {
    for (const p of set) analyseWords(p.forms, p.external, { meta: {} as SyntaxModelMeta, tagger, parser });
  });
  const tag = sentencesPerCpuSecond(set.length, () => {
    for (const p of set) tagIds(tagger, p.forms, p.external);
  });
  const winkTag = sentencesPerCpuSecond(set.length, () => {
    for (const p of set) nlp.readDoc(p.text).tokens().out(nlp.its.pos);
  });
  return { tagAndParse: Math.round(tagAndParse), tag: Math.round(tag), winkTag: Math.round(winkTag) };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

main();
