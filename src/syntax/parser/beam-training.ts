import { TopCandidates } from './beam.js';
import { bestValid } from './decode.js';
import { actionFeatures } from './features.js';
import { actionCost } from './oracle.js';
import { applyTrainingLabel, predictTrainingLabel, type PreparedTree, type TrainingContext } from './training.js';
import { ACTIONS, LEFT, REDUCE, RIGHT, ParseState } from './transitions.js';

/**
 * Global training of the action model over a beam: a structured perceptron with max-violation
 * updates (Huang, Fayong & Guo 2012), the training of Zhang & Nivre (2011) with the update that
 * converges fastest.
 *
 * Arc-eager has many transition sequences for one tree, so "the gold sequence" is not fixed in
 * advance: the gold configuration at each step is the best-scoring one that can still reach the
 * gold tree (zero cost under the dynamic oracle of oracle.ts) — the model's own favourite correct
 * path. It is followed greedily, and replaced by any zero-cost configuration of the beam that
 * scores higher. The update goes where the beam's best (wrong) configuration beats the gold one by
 * the most: the gold prefix's action features up, the wrong prefix's down. Only wrong final parses
 * update. The label model is trained locally, on the gold path's arcs. Gold arcs carry their gold
 * label in every configuration (so a zero-cost configuration of the beam is the gold one), wrong
 * arcs the label model's guess.
 *
 * A history entry packs an action and its arc's label: `action + 4 × (label + 1)`.
 */

const pack = (action: number, label: number) => action + ACTIONS * (label + 1);
const actionOf = (entry: number) => entry % ACTIONS;
const labelOf = (entry: number) => Math.floor(entry / ACTIONS) - 1;

/** One beam of training configurations with their scores, correctness and histories. */
class TrainingBeam {
  states: ParseState[] = [];
  readonly scores: Float64Array;
  /** 1 while every transition so far had zero cost. */
  readonly correct: Uint8Array;
  readonly histories: Int32Array[] = [];
  size = 0;
  constructor(readonly n: number, width: number) {
    this.scores = new Float64Array(width);
    this.correct = new Uint8Array(width);
  }

  slot(j: number): ParseState {
    while (this.states.length <= j) {
      this.states.push(new ParseState(this.n));
      this.histories.push(new Int32Array(2 * this.n));
    }
    return this.states[j]!;
  }
}

/** Trains on one sentence; returns whether the beam's final best parse was wrong. */
export function trainBeamSentence(context: TrainingContext, sentence: PreparedTree, width: number): boolean {
  const { actions, scratch } = context;
  const { words, gold } = sentence;
  const n = gold.heads.length - 1;
  const steps = 2 * n;
  let beam = new TrainingBeam(n, width);
  let next = new TrainingBeam(n, width);
  beam.slot(0);
  beam.size = 1;
  beam.correct[0] = 1;
  const top = new TopCandidates(width);
  const scores = scratch.actionScores;

  const goldState = new ParseState(n);
  let goldScore = 0;
  const goldHistory = new Int32Array(steps);
  // A wrong configuration that ties with the gold one is a violation too (else a model of zeros never learns).
  let maxViolation = -1;
  let violationStep = 0;
  const violatingGold = new Int32Array(steps);
  const violatingBest = new Int32Array(steps);

  for (let step = 0; step < steps; step++) {
    top.clear();
    for (let i = 0; i < beam.size; i++) {
      const state = beam.states[i]!;
      if (state.bufferEmpty) {
        top.offer(i, REDUCE, beam.scores[i]!);
        continue;
      }
      const count = actionFeatures(state, words, scratch.actionFeatures);
      scores.fill(0);
      actions.score(scratch.actionFeatures, count, scores);
      for (let a = 0; a < ACTIONS; a++) if (state.valid(a)) top.offer(i, a, beam.scores[i]! + scores[a]!);
    }
    for (let j = 0; j < top.size; j++) {
      const parent = top.parent[j]!;
      const action = top.action[j]!;
      const from = beam.states[parent]!;
      next.correct[j] = beam.correct[parent]! && actionCost(from, gold, action) === 0 ? 1 : 0;
      const state = next.slot(j);
      state.copyFrom(from);
      let label = -1;
      if (action === LEFT || action === RIGHT) {
        const head = action === LEFT ? state.b0 : state.s0;
        const dependent = action === LEFT ? state.s0 : state.b0;
        label = gold.heads[dependent] === head ? sentence.goldLabels[dependent]! : predictTrainingLabel(context, state, words, head, dependent);
      }
      state.apply(action, label);
      const history = next.histories[j]!;
      history.set(beam.histories[parent]!.subarray(0, step));
      history[step] = pack(action, label);
      next.scores[j] = top.score[j]!;
    }
    next.size = top.size;
    [beam, next] = [next, beam];

    // The gold configuration: its best zero-cost action, or a zero-cost configuration of the beam that scores higher.
    let goldAction = REDUCE;
    if (!goldState.bufferEmpty) {
      const count = actionFeatures(goldState, words, scratch.actionFeatures);
      scores.fill(0);
      actions.score(scratch.actionFeatures, count, scores);
      goldAction = -1;
      for (let a = 0; a < ACTIONS; a++) {
        if (goldState.valid(a) && actionCost(goldState, gold, a) === 0 && (goldAction < 0 || scores[a]! > scores[goldAction]!)) goldAction = a;
      }
      // A zero-cost configuration always has a zero-cost action on a projective tree; keep going if not.
      if (goldAction < 0) goldAction = bestValid(goldState, scores);
      goldScore += scores[goldAction]!;
    }
    goldHistory[step] = pack(goldAction, applyTrainingLabel(context, goldState, sentence, goldAction));
    for (let j = 0; j < beam.size; j++) {
      if (beam.correct[j] && beam.scores[j]! > goldScore) {
        goldState.copyFrom(beam.states[j]!);
        goldScore = beam.scores[j]!;
        goldHistory.set(beam.histories[j]!.subarray(0, step + 1));
        break;
      }
    }

    const violation = beam.scores[0]! - goldScore;
    if (!beam.correct[0] && violation >= 0 && violation > maxViolation) {
      maxViolation = violation;
      violationStep = step + 1;
      violatingGold.set(goldHistory.subarray(0, step + 1));
      violatingBest.set(beam.histories[0]!.subarray(0, step + 1));
    }
  }

  const wrong = !beam.correct[0];
  if (wrong && violationStep > 0) {
    let shared = 0;
    while (shared < violationStep && violatingGold[shared] === violatingBest[shared]) shared++;
    replay(context, sentence, violatingGold, shared, violationStep, 1);
    replay(context, sentence, violatingBest, shared, violationStep, -1);
  }
  actions.tick();
  return wrong;
}

/**
 * Re-applies `history[0, to)` from the initial configuration and adds `delta` to the action
 * features of the transitions from `from` on (the ones before are shared by both sides of the
 * update and would cancel).
 */
function replay(context: TrainingContext, sentence: PreparedTree, history: Int32Array, from: number, to: number, delta: number): void {
  const { actions, scratch } = context;
  const state = new ParseState(sentence.gold.heads.length - 1);
  for (let t = 0; t < to; t++) {
    const action = actionOf(history[t]!);
    if (t >= from && !state.bufferEmpty) {
      const count = actionFeatures(state, sentence.words, scratch.actionFeatures);
      actions.add(scratch.actionFeatures, count, action, delta);
    }
    state.apply(action, labelOf(history[t]!));
  }
}
