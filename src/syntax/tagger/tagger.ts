import { argmax, PerceptronTrainer, SparseLinearModel } from '../model/linear.js';
import { lexeme, type Lexeme } from '../lexical.js';
import { seededRandom, shuffle } from '../random.js';
import { hashTag } from '../model/hash.js';
import { historyFeatures, MAX_TAGGER_FEATURES, neighbourFeatures, taggerContext, taggerFeatures, wordFeaturesAt } from './features.js';

/** A trained tagger: its tag set ("UPOS|XPOS" pairs), the ambiguity classes and the weights. */
export interface TaggerModel {
  readonly tags: readonly string[];
  /** Lower-cased word hash → ambiguity class id, for words frequent enough to have one. */
  readonly ambiguity: ReadonlyMap<number, number>;
  readonly weights: SparseLinearModel;
}

/** One tagged word: universal and treebank-specific tags. */
export interface PosTag {
  readonly upos: string;
  readonly xpos: string;
}

/** A training sentence: its word forms and gold "UPOS|XPOS" tags. */
export interface TaggedSentence {
  readonly forms: readonly string[];
  readonly tags: readonly string[];
  /** An outside tagger's tags for the same words, used as input features when given. */
  readonly external?: readonly string[];
}

/**
 * Tags a sentence of word forms, greedily left to right. Returns tag ids into `model.tags`.
 *
 * Most of a word's features do not read the tags given before it: its own (scored once per form
 * and cached) and its neighbours' words. Those are scored for the whole sentence first, their
 * weights fetched from memory in one pass (SparseLinearModel.prefetch); then each word, left to
 * right, adds only the features of the tags before it. Integer sums: the same scores as scoring
 * every feature of a word at once.
 */
export function tagIds(model: TaggerModel, forms: readonly string[], external?: readonly string[], lexemes: readonly Lexeme[] = forms.map(lexeme)): Int32Array {
  const context = taggerContext(lexemes, (lower) => model.ambiguity.get(lower) ?? 0, external && externalIds(external));
  const n = forms.length;
  const tags = context.tags;
  const classes = model.tags.length;
  const buffers = taggerBuffers(model, n);
  const { features, scores, neighbours, starts, base } = buffers;
  const cache = buffers.wordScores;
  // Word i's neighbour features are neighbours[starts[i], starts[i + 1]).
  starts[0] = 0;
  for (let i = 0; i < n; i++) starts[i + 1] = neighbourFeatures(context, i, neighbours, starts[i]!);
  model.weights.prefetch(neighbours, 0, starts[n]!);
  for (let i = 0; i < n; i++) {
    let own = cache.get(forms[i]!);
    if (!own) {
      own = new Float64Array(classes);
      model.weights.scoreUnscaled(features, wordFeaturesAt(context, i, features), own);
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(forms[i]!, own);
    }
    base.set(own, i * classes);
    model.weights.addWeights(neighbours, starts[i]!, starts[i + 1]!, base, i * classes);
  }
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < classes; k++) scores[k] = base[i * classes + k]!;
    model.weights.scoreUnscaled(features, historyFeatures(context, i, features, 0), scores);
    tags[i] = argmax(scores, classes);
  }
  return tags;
}

/**
 * What tagging with one model keeps between sentences, per thread: buffers that grow to the
 * longest sentence seen, and the scores of each word form's context-free features (wordFeatures):
 * news repeats its words, so most words cost only their context features. Integer sums, so
 * caching changes nothing.
 */
interface TaggerBuffers {
  readonly features: Uint32Array;
  readonly scores: Float64Array;
  neighbours: Uint32Array;
  starts: Int32Array;
  base: Float64Array;
  readonly wordScores: Map<string, Float64Array>;
}

const buffersByModel = new WeakMap<TaggerModel, TaggerBuffers>();
const WORD_CACHE_LIMIT = 50_000;

function taggerBuffers(model: TaggerModel, words: number): TaggerBuffers {
  let buffers = buffersByModel.get(model);
  if (!buffers) {
    buffers = {
      features: new Uint32Array(MAX_TAGGER_FEATURES), scores: new Float64Array(model.tags.length),
      neighbours: new Uint32Array(0), starts: new Int32Array(0), base: new Float64Array(0), wordScores: new Map(),
    };
    buffersByModel.set(model, buffers);
  }
  if (buffers.starts.length < words + 1) {
    const capacity = Math.max(64, words * 2);
    buffers.neighbours = new Uint32Array(capacity * MAX_TAGGER_FEATURES);
    buffers.starts = new Int32Array(capacity + 1);
    buffers.base = new Float64Array(capacity * model.tags.length);
  }
  return buffers;
}

/** Tags a sentence of word forms. */
export function tag(model: TaggerModel, forms: readonly string[]): PosTag[] {
  return [...tagIds(model, forms)].map((id) => splitTag(model.tags[id]!));
}

export function splitTag(combined: string): PosTag {
  const bar = combined.indexOf('|');
  return { upos: combined.slice(0, bar), xpos: combined.slice(bar + 1) };
}

export interface TaggerTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** A word needs this many training occurrences to get an ambiguity class. */
  readonly ambiguityMinCount: number;
  /** Averaged weights below this magnitude are dropped from the exported model. */
  readonly pruneBelow: number;
  /** Called after each epoch with the model so far (for scoring on dev). */
  readonly onEpoch?: (epoch: number, model: (pruneBelow?: number) => TaggerModel) => void;
}

/** Trains a tagger on gold-tagged sentences (greedy decoding with its own predicted history). */
export function trainTagger(sentences: readonly TaggedSentence[], options: TaggerTrainingOptions): TaggerModel {
  const tagSet = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const tagId = new Map(tagSet.map((t, i) => [t, i]));
  const ambiguity = buildAmbiguity(sentences, tagId, options.ambiguityMinCount);
  const trainer = new PerceptronTrainer(tagSet.length);
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  const features = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(tagSet.length);
  const prepared = sentences.map((s) => ({
    context: taggerContext(s.forms.map(lexeme), (lower) => ambiguity.get(lower) ?? 0, s.external && externalIds(s.external)),
    gold: Int32Array.from(s.tags, (t) => tagId.get(t)!),
  }));
  const exportModel = (pruneBelow = options.pruneBelow): TaggerModel => ({ tags: tagSet, ambiguity, weights: trainer.export(pruneBelow) });
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { context, gold } = prepared[index]!;
      const tags = context.tags;
      for (let i = 0; i < gold.length; i++) {
        const count = taggerFeatures(context, i, features);
        scores.fill(0);
        trainer.score(features, count, scores);
        const guess = argmax(scores, tagSet.length);
        trainer.update(features, count, gold[i]!, guess);
        trainer.tick();
        tags[i] = guess;
      }
    }
    options.onEpoch?.(epoch, exportModel);
  }
  return exportModel();
}

/**
 * Ambiguity classes: the set of tags a word had in training, for words seen often enough that the
 * set means something. Tags given to fewer than 1% of a word's occurrences are left out as noise.
 */
function buildAmbiguity(sentences: readonly TaggedSentence[], tagId: ReadonlyMap<string, number>, minCount: number): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const key = lexeme(form).lower;
      const perTag = counts.get(key) ?? new Map<number, number>();
      const t = tagId.get(s.tags[i]!)!;
      perTag.set(t, (perTag.get(t) ?? 0) + 1);
      counts.set(key, perTag);
    });
  }
  const classIds = new Map<string, number>();
  const out = new Map<number, number>();
  for (const [word, perTag] of counts) {
    const total = [...perTag.values()].reduce((a, b) => a + b, 0);
    if (total < minCount) continue;
    const set = [...perTag].filter(([, n]) => n / total >= 0.01).map(([t]) => t).sort((a, b) => a - b).join(',');
    let id = classIds.get(set);
    if (id === undefined) {
      id = classIds.size + 1;
      classIds.set(set, id);
    }
    out.set(word, id);
  }
  return out;
}

function externalIds(tags: readonly string[]): Int32Array {
  const ids = new Int32Array(tags.length);
  for (let i = 0; i < tags.length; i++) ids[i] = hashTag(tags[i]!) | 0;
  return ids;
}
