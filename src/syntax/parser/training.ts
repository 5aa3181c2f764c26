import { PerceptronTrainer } from '../model/linear.js';
import { bestLabel, type Scratch } from './decode.js';
import { actionFeatures, labelFeatures, type ParserWords } from './features.js';
import { actionCost, type GoldTree } from './oracle.js';
import { ACTIONS, LEFT, REDUCE, RIGHT, SHIFT, ParseState } from './transitions.js';

/** A training sentence prepared for the parser: its word inputs, gold tree and gold label ids. */
export interface PreparedTree {
  readonly words: ParserWords;
  readonly gold: GoldTree;
  readonly goldLabels: Int32Array;
}

/** What the trainers of one sentence share: the two perceptrons and buffers. */
export interface TrainingContext {
  readonly actions: PerceptronTrainer;
  readonly arcLabels: PerceptronTrainer;
  readonly scratch: Scratch;
  readonly rootLabel: number;
}

/**
 * Greedy training with the dynamic oracle (Goldberg & Nivre 2012): the model is corrected toward
 * its best zero-cost action whenever it prefers a costlier one, and with probability `explore`
 * it follows its own mistake, to learn to recover from it.
 */
export function trainGreedySentence(context: TrainingContext, sentence: PreparedTree, explore: number, random: () => number): { decisions: number; wrong: number } {
  const { actions, scratch } = context;
  const { words, gold } = sentence;
  const costs = new Float64Array(ACTIONS);
  const state = new ParseState(gold.heads.length - 1);
  let decisions = 0;
  let wrong = 0;
  while (!state.terminal) {
    if (state.bufferEmpty) {
      state.apply(REDUCE, -1);
      continue;
    }
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
    const follow = costs[guess] === costs[best] || (explore > 0 && random() < explore) ? guess : best;
    applyTrainingLabel(context, state, sentence, follow);
  }
  return { decisions, wrong };
}

/**
 * Applies an action in training and returns the label of the arc it made (-1 for none). The label
 * model is trained on the arc when it is a gold arc, and the arc then takes the gold label.
 */
export function applyTrainingLabel(context: TrainingContext, state: ParseState, sentence: PreparedTree, action: number): number {
  let label = -1;
  if (action === LEFT || action === RIGHT) {
    const head = action === LEFT ? state.b0 : state.s0;
    const dependent = action === LEFT ? state.s0 : state.b0;
    label = trainLabel(context, state, sentence, head, dependent);
  }
  state.apply(action, label);
  return label;
}

/** Trains the label model on a gold arc and returns the label to put on the arc being made. */
function trainLabel(context: TrainingContext, state: ParseState, sentence: PreparedTree, head: number, dependent: number): number {
  const { arcLabels: model, scratch, rootLabel } = context;
  const count = labelFeatures(state, sentence.words, head, dependent, scratch.labelFeatures);
  scratch.labelScores.fill(0);
  model.score(scratch.labelFeatures, count, scratch.labelScores);
  const guess = bestLabel(scratch.labelScores, head === 0, rootLabel);
  if (sentence.gold.heads[dependent] !== head) return guess;
  const truth = sentence.goldLabels[dependent]!;
  model.update(scratch.labelFeatures, count, truth, guess);
  model.tick();
  return truth;
}

/** The label the label model being trained gives an arc (no training). */
export function predictTrainingLabel(context: TrainingContext, state: ParseState, words: ParserWords, head: number, dependent: number): number {
  const { arcLabels: model, scratch, rootLabel } = context;
  const count = labelFeatures(state, words, head, dependent, scratch.labelFeatures);
  scratch.labelScores.fill(0);
  model.score(scratch.labelFeatures, count, scratch.labelScores);
  return bestLabel(scratch.labelScores, head === 0, rootLabel);
}

function cheapest(costs: Float64Array): number {
  let best = SHIFT;
  for (let a = 0; a < costs.length; a++) if (costs[a]! < costs[best]!) best = a;
  return best === SHIFT && !Number.isFinite(costs[SHIFT]!) ? REDUCE : best;
}
