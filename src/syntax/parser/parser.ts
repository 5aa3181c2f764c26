import { argmax, PerceptronTrainer, type SparseLinearModel } from '../model/linear.js';
import { hashString } from '../model/hash.js';
import { lexeme } from '../lexical.js';
import { seededRandom, shuffle } from '../random.js';
import { actionFeatures, labelFeatures, MAX_ACTION_FEATURES, MAX_LABEL_FEATURES, type ParserWords } from './features.js';
import { actionCost, goldTree, isProjective, type GoldTree } from './oracle.js';
import { ACTIONS, LEFT, REDUCE, RIGHT, SHIFT, ParseState } from './transitions.js';

/** A trained parser: relation labels and the two linear models (next action; label of a new arc). */
export interface ParserModel {
  readonly labels: readonly string[];
  readonly actions: SparseLinearModel;
  readonly arcLabels: SparseLinearModel;
}

/** A word as the parser takes it: form and predicted tags. */
export interface ParserInput {
  readonly forms: readonly string[];
  readonly xpos: readonly string[];
  readonly upos: readonly string[];
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
  for (let i = 0; i < n; i++) {
    const l = lexeme(input.forms[i]!);
    word[i + 1] = l.lower | 0;
    suffix[i + 1] = l.suffix3 | 0;
    cluster8[i + 1] = l.cluster8;
    cluster12[i + 1] = l.cluster12;
    tag[i + 1] = hashString(input.xpos[i]!) | 0;
    upos[i + 1] = hashString(input.upos[i]!) | 0;
  }
  return { word, tag, upos, suffix, cluster8, cluster12 };
}

/** Reusable buffers, one set per parser call site (no allocation per transition). */
class Scratch {
  readonly actionFeatures = new Uint32Array(MAX_ACTION_FEATURES);
  readonly labelFeatures = new Uint32Array(MAX_LABEL_FEATURES);
  readonly actionScores = new Float64Array(ACTIONS);
  readonly labelScores: Float64Array;
  constructor(labels: number) {
    this.labelScores = new Float64Array(labels);
  }
}

/** Parses one sentence greedily. */
export function parse(model: ParserModel, input: ParserInput): Parse {
  const n = input.forms.length;
  const words = parserWords(input);
  const state = new ParseState(n);
  const scratch = new Scratch(model.labels.length);
  const valid = (k: number) => state.valid(k);
  while (!state.terminal) {
    const count = actionFeatures(state, words, scratch.actionFeatures);
    scratch.actionScores.fill(0);
    model.actions.score(scratch.actionFeatures, count, scratch.actionScores);
    const action = argmax(scratch.actionScores, ACTIONS, valid);
    let label = -1;
    if (action === LEFT || action === RIGHT) {
      const head = action === LEFT ? state.b0 : state.s0;
      const dependent = action === LEFT ? state.s0 : state.b0;
      label = chooseLabel(model, state, words, head, dependent, scratch);
    }
    state.apply(action, label);
  }
  finish(model, state, words, scratch);
  const heads = state.heads.slice(1);
  return { heads, labels: [...state.labels.slice(1)].map((l) => model.labels[l] ?? 'dep') };
}

function chooseLabel(model: ParserModel, state: ParseState, words: ParserWords, head: number, dependent: number, scratch: Scratch): number {
  const count = labelFeatures(state, words, head, dependent, scratch.labelFeatures);
  scratch.labelScores.fill(0);
  model.arcLabels.score(scratch.labelFeatures, count, scratch.labelScores);
  const rootLabel = model.labels.indexOf('root');
  // `root` is the label of the root's dependent and of nothing else.
  return argmax(scratch.labelScores, model.labels.length, (k) => (head === 0) === (k === rootLabel));
}

/**
 * Words left without a head when the buffer runs out: the first becomes the root's dependent if
 * the root has none, the others attach to the root's dependent with the label the label model
 * gives that arc. Every word gets a head, and exactly one gets the root.
 */
function finish(model: ParserModel, state: ParseState, words: ParserWords, scratch: Scratch): void {
  let top = state.right1[0]!;
  for (let w = 1; w <= state.n; w++) {
    if (state.heads[w]! !== -1) continue;
    if (top < 0) {
      state.attach(0, w, model.labels.indexOf('root'));
      top = w;
    } else {
      state.attach(top, w, chooseLabel(model, state, words, top, w, scratch));
    }
  }
}

/** A training sentence: forms, predicted (or gold) tags, gold heads and labels. */
export interface TreeSentence extends ParserInput {
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

export interface ParserTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** From this epoch on, follow the model's own wrong actions with probability `explore`. */
  readonly exploreFrom: number;
  readonly explore: number;
  readonly pruneBelow: number;
  readonly onEpoch?: (epoch: number, model: (pruneBelow?: number) => ParserModel) => void;
  readonly log?: (line: string) => void;
}

/**
 * Trains the action and label models with the dynamic oracle and error exploration (Goldberg &
 * Nivre 2012). Non-projective training trees are skipped: the oracle is exact only for
 * projective ones.
 */
export function trainParser(sentences: readonly TreeSentence[], options: ParserTrainingOptions): ParserModel {
  const labelSet = [...new Set(sentences.flatMap((s) => s.deprels))].sort();
  const labelId = new Map(labelSet.map((l, i) => [l, i]));
  const rootLabel = labelId.get('root')!;
  const usable = sentences.filter((s) => isProjective(Int32Array.from([0, ...s.heads])));
  options.log?.(`parser: ${usable.length} of ${sentences.length} training trees are projective and used`);
  const prepared = usable.map((s) => ({
    words: parserWords(s),
    gold: goldTree(Int32Array.from([0, ...s.heads])),
    goldLabels: Int32Array.from([-1, ...s.deprels.map((l) => labelId.get(l)!)]),
  }));
  const actions = new PerceptronTrainer(ACTIONS);
  const arcLabels = new PerceptronTrainer(labelSet.length);
  const random = seededRandom(options.seed);
  const order = prepared.map((_, i) => i);
  const scratch = new Scratch(labelSet.length);
  const costs = new Float64Array(ACTIONS);
  const exportModel = (prune = options.pruneBelow): ParserModel => ({ labels: labelSet, actions: actions.export(prune), arcLabels: arcLabels.export(prune) });

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let decisions = 0;
    let wrong = 0;
    for (const index of order) {
      const { words, gold, goldLabels } = prepared[index]!;
      const state = new ParseState(gold.heads.length - 1);
      while (!state.terminal) {
        const count = actionFeatures(state, words, scratch.actionFeatures);
        scratch.actionScores.fill(0);
        actions.score(scratch.actionFeatures, count, scratch.actionScores);
        let guess = -1;
        let best = -1;
        for (let a = 0; a < ACTIONS; a++) {
          if (!state.valid(a)) {
            costs[a] = Infinity;
            continue;
          }
          costs[a] = actionCost(state, gold, a);
          if (guess < 0 || scratch.actionScores[a]! > scratch.actionScores[guess]!) guess = a;
        }
        for (let a = 0; a < ACTIONS; a++) {
          if (costs[a] === 0 && (best < 0 || scratch.actionScores[a]! > scratch.actionScores[best]!)) best = a;
        }
        if (best < 0) best = cheapest(costs);
        decisions++;
        if (costs[guess]! > costs[best]!) {
          wrong++;
          actions.update(scratch.actionFeatures, count, best, guess);
        }
        actions.tick();
        const follow = costs[guess] === costs[best] || (epoch >= options.exploreFrom && random() < options.explore) ? guess : best;
        let label = -1;
        if (follow === LEFT || follow === RIGHT) {
          const head = follow === LEFT ? state.b0 : state.s0;
          const dependent = follow === LEFT ? state.s0 : state.b0;
          label = trainLabel(arcLabels, state, words, gold, goldLabels, head, dependent, rootLabel, scratch);
        }
        state.apply(follow, label);
      }
    }
    options.log?.(`parser epoch ${epoch}: ${((1 - wrong / decisions) * 100).toFixed(2)}% of training decisions right`);
    options.onEpoch?.(epoch, exportModel);
  }
  return exportModel();
}

/** Trains the label model on a gold arc and returns the label to put on the arc being made. */
function trainLabel(model: PerceptronTrainer, state: ParseState, words: ParserWords, gold: GoldTree, goldLabels: Int32Array,
  head: number, dependent: number, rootLabel: number, scratch: Scratch): number {
  const count = labelFeatures(state, words, head, dependent, scratch.labelFeatures);
  scratch.labelScores.fill(0);
  model.score(scratch.labelFeatures, count, scratch.labelScores);
  const guess = argmax(scratch.labelScores, model.classes, (k) => (head === 0) === (k === rootLabel));
  if (gold.heads[dependent] !== head) return guess;
  const truth = goldLabels[dependent]!;
  model.update(scratch.labelFeatures, count, truth, guess);
  model.tick();
  return truth;
}

function cheapest(costs: Float64Array): number {
  let best = SHIFT;
  for (let a = 0; a < costs.length; a++) if (costs[a]! < costs[best]!) best = a;
  return best === SHIFT && !Number.isFinite(costs[SHIFT]!) ? REDUCE : best;
}
