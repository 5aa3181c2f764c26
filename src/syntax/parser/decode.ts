import type { SparseLinearModel } from '../model/linear.js';
import { hashString, hashTag } from '../model/hash.js';
import { lexeme, type Lexeme } from '../lexical.js';
import { ActionScorer } from './action-scores.js';
import { labelFeatures, MAX_ACTION_FEATURES, MAX_LABEL_FEATURES, type ParserWords } from './features.js';
import { LabelCache } from './label-cache.js';
import { ACTIONS, LEFT, REDUCE, RIGHT, ParseState } from './transitions.js';

/** A trained parser: relation labels and the two linear models (next action; label of a new arc). */
export interface ParserModel {
  readonly labels: readonly string[];
  readonly actions: SparseLinearModel;
  readonly arcLabels: SparseLinearModel;
  /** How the decoder searches (chosen on dev when the model is trained). */
  readonly beam: BeamSettings;
}

/**
 * The decoder's search: keep the `width` best configurations (1 = greedy), and of those only the
 * ones whose score is within `margin` of the best (null: no margin). A margin makes the beam
 * narrow where the model is sure, which is most of the time, and wide where it is not.
 */
export interface BeamSettings {
  readonly width: number;
  readonly margin: number | null;
}

/** A word as the parser takes it: form and predicted tags. */
export interface ParserInput {
  readonly forms: readonly string[];
  readonly xpos: readonly string[];
  readonly upos: readonly string[];
  /** The forms' lexemes, when the caller has them (the tagger's): then they are not looked up again. */
  readonly lexemes?: readonly Lexeme[];
}

/** A parse: 1-based head per word (0 = root) and relation per word, in word order. */
export interface Parse {
  readonly heads: Int32Array;
  readonly labels: readonly string[];
}

const ROOT_WORD = hashString('<root>') | 0;
const ROOT_TAG = hashString('<ROOT>') | 0;

export function parserWords(input: ParserInput): ParserWords {
  const n = input.forms.length;
  const word = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  const upos = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  const cluster8 = new Int32Array(n + 1);
  const cluster12 = new Int32Array(n + 1);
  cluster8[0] = cluster12[0] = -2;
  word[0] = ROOT_WORD;
  tag[0] = ROOT_TAG;
  upos[0] = ROOT_TAG;
  suffix[0] = ROOT_WORD;
  const lexemes = input.lexemes;
  for (let i = 0; i < n; i++) {
    const l = lexemes ? lexemes[i]! : lexeme(input.forms[i]!);
    word[i + 1] = l.lower | 0;
    suffix[i + 1] = l.suffix3 | 0;
    cluster8[i + 1] = l.cluster8;
    cluster12[i + 1] = l.cluster12;
    tag[i + 1] = hashTag(input.xpos[i]!) | 0;
    upos[i + 1] = hashTag(input.upos[i]!) | 0;
  }
  return { word, tag, upos, suffix, cluster8, cluster12 };
}

/** Reusable buffers, one set per parser call site (no allocation per transition). */
export class Scratch {
  readonly actionFeatures = new Uint32Array(MAX_ACTION_FEATURES);
  readonly labelFeatures = new Uint32Array(MAX_LABEL_FEATURES);
  readonly actionScores = new Float64Array(ACTIONS);
  readonly labelScores: Float64Array;
  /** Index of `root` among the labels: the label of the root's dependent and of nothing else. */
  readonly rootLabel: number;
  /** Labels already chosen in the sentence being decoded (used once `begin` is called on it). */
  readonly labelCache = new LabelCache();
  constructor(labels: readonly string[]) {
    this.labelScores = new Float64Array(labels.length);
    this.rootLabel = labels.indexOf('root');
  }
}

/**
 * What decoding with one model keeps between sentences: the buffers and the per-sentence caches
 * of action scores and labels. One per model and thread, reused by every sentence it parses.
 */
export class Decoder {
  readonly scratch: Scratch;
  readonly scorer: ActionScorer;
  constructor(model: ParserModel) {
    this.scratch = new Scratch(model.labels);
    this.scorer = new ActionScorer(model.actions);
  }

  /**
   * Configurations of n words kept for the next sentence of n words (for sentences up to
   * POOLED_WORDS long): a beam needs a few per sentence, each a buffer and twelve views of it.
   */
  private readonly pool = new Map<number, ParseState[]>();

  /**
   * The `k`th configuration of n words for the sentence being decoded, reused from an earlier
   * sentence of n words when there is one; its content is whatever that sentence left (the
   * caller resets or overwrites it).
   */
  state(n: number, k: number): ParseState {
    if (n > POOLED_WORDS) return new ParseState(n);
    let states = this.pool.get(n);
    if (!states) this.pool.set(n, (states = []));
    return (states[k] ??= new ParseState(n));
  }

  /** Starts a sentence: its words, and caches emptied of the sentence before. */
  begin(input: ParserInput): ParserWords {
    const words = parserWords(input);
    this.scorer.begin(words, input.forms.length);
    this.scratch.labelCache.begin();
    return words;
  }
}

const POOLED_WORDS = 128;

const decoders = new WeakMap<ParserModel, Decoder>();

/** This thread's decoder for a model. */
export function decoderFor(model: ParserModel): Decoder {
  let decoder = decoders.get(model);
  if (!decoder) {
    decoder = new Decoder(model);
    decoders.set(model, decoder);
  }
  return decoder;
}

/** Parses one sentence greedily: at each step the best-scoring valid action. */
export function parseGreedy(model: ParserModel, input: ParserInput): Parse {
  const decoder = decoderFor(model);
  const words = decoder.begin(input);
  const { scratch, scorer } = decoder;
  const state = new ParseState(input.forms.length);
  while (!state.terminal) {
    if (state.bufferEmpty) {
      state.apply(REDUCE, -1);
      continue;
    }
    scorer.score(state, scratch.actionScores);
    const action = bestValid(state, scratch.actionScores);
    applyLabelled(model, state, words, action, scratch);
  }
  return finishParse(model, state, words, scratch);
}

/** The highest-scoring valid action (the first of equals). */
export function bestValid(state: ParseState, scores: Float64Array): number {
  let best = -1;
  for (let a = 0; a < ACTIONS; a++) if (state.valid(a) && (best < 0 || scores[a]! > scores[best]!)) best = a;
  return best;
}

/** Applies an action, labelling the arc it makes (if any) with the label model's best label. */
export function applyLabelled(model: ParserModel, state: ParseState, words: ParserWords, action: number, scratch: Scratch): void {
  let label = -1;
  if (action === LEFT || action === RIGHT) {
    const head = action === LEFT ? state.b0 : state.s0;
    const dependent = action === LEFT ? state.s0 : state.b0;
    label = chooseLabel(model, state, words, head, dependent, scratch);
  }
  state.apply(action, label);
}

export function chooseLabel(model: ParserModel, state: ParseState, words: ParserWords, head: number, dependent: number, scratch: Scratch): number {
  const cached = scratch.labelCache.find(state, head, dependent);
  if (cached >= 0) return cached;
  const count = labelFeatures(state, words, head, dependent, scratch.labelFeatures);
  scratch.labelScores.fill(0);
  model.arcLabels.scoreUnscaled(scratch.labelFeatures, count, scratch.labelScores);
  const label = bestLabel(scratch.labelScores, head === 0, scratch.rootLabel);
  scratch.labelCache.store(label);
  return label;
}

/** The best label for an arc: `root` exactly when the head is the root. */
export function bestLabel(scores: Float64Array, fromRoot: boolean, rootLabel: number): number {
  if (fromRoot) return rootLabel;
  let best = -1;
  for (let k = 0; k < scores.length; k++) if (k !== rootLabel && (best < 0 || scores[k]! > scores[best]!)) best = k;
  return best;
}

/**
 * The parse of a terminal configuration. Words popped without a head: the first becomes the
 * root's dependent if the root has none, the others attach to the root's dependent with the label
 * the label model gives that arc. Every word gets a head, and exactly one gets the root.
 */
export function finishParse(model: ParserModel, state: ParseState, words: ParserWords, scratch: Scratch): Parse {
  let top = state.right1[0]!;
  for (let w = 1; w <= state.n; w++) {
    if (state.heads[w]! !== -1) continue;
    if (top < 0) {
      state.attach(0, w, scratch.rootLabel);
      top = w;
    } else {
      state.attach(top, w, chooseLabel(model, state, words, top, w, scratch));
    }
  }
  const heads = state.heads.slice(1);
  const labels: string[] = new Array(state.n);
  for (let w = 1; w <= state.n; w++) labels[w - 1] = model.labels[state.labels[w]!] ?? 'dep';
  return { heads, labels };
}

