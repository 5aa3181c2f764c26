import { applyLabelled, decoderFor, finishParse, type BeamSettings, type Parse, type ParserInput, type ParserModel } from './decode.js';
import { ACTIONS, REDUCE, type ParseState } from './transitions.js';

/**
 * Beam search over arc-eager transitions (Zhang & Clark 2008; Zhang & Nivre 2011): the decoder
 * keeps the `width` best-scoring configurations, a configuration's score being the sum of the
 * action scores of the transitions that made it. Every parse of n words takes 2n transitions
 * (transitions.ts), so the configurations of a beam always stand at the same step and compete on
 * equal terms. Arc labels are chosen when an arc is made, by the label model, and do not add to the
 * score. Scores are sums of the model's stored integers, so at width 1 the search makes exactly
 * the greedy decoder's choices.
 */

/** The best (configuration, action) pairs of one beam step, kept sorted best first. */
export class TopCandidates {
  readonly parent: Int32Array;
  readonly action: Int32Array;
  readonly score: Float64Array;
  size = 0;
  constructor(readonly width: number) {
    this.parent = new Int32Array(width);
    this.action = new Int32Array(width);
    this.score = new Float64Array(width);
  }

  clear(): void {
    this.size = 0;
  }

  /** Drops the candidates scoring below `floor`. */
  dropBelow(floor: number): void {
    while (this.size > 1 && this.score[this.size - 1]! < floor) this.size--;
  }

  /** Keeps the candidate if it is among the best; of equal scores the one offered first ranks higher. */
  offer(parent: number, action: number, score: number): void {
    if (this.size === this.width) {
      if (score <= this.score[this.width - 1]!) return;
      this.size--;
    }
    let j = this.size++;
    while (j > 0 && this.score[j - 1]! < score) {
      this.parent[j] = this.parent[j - 1]!;
      this.action[j] = this.action[j - 1]!;
      this.score[j] = this.score[j - 1]!;
      j--;
    }
    this.parent[j] = parent;
    this.action[j] = action;
    this.score[j] = score;
  }
}

/** Parses one sentence with a beam (see BeamSettings). */
export function parseBeam(model: ParserModel, input: ParserInput, beam: BeamSettings): Parse {
  const { width } = beam;
  // The margin in the model's stored integer units.
  const margin = beam.margin === null ? Infinity : beam.margin * model.actions.arrays.scale;
  const n = input.forms.length;
  const decoder = decoderFor(model);
  const words = decoder.begin(input);
  const { scratch, scorer } = decoder;
  // Configurations come from the decoder's pool: at most 2 × width + 1 live at once.
  let pooled = 0;
  const first = decoder.state(n, pooled++);
  first.reset();
  let states = [first];
  let scores = new Float64Array(width);
  let next: ParseState[] = [];
  let nextScores = new Float64Array(width);
  const top = new TopCandidates(width);
  const actionScores = scratch.actionScores;
  for (let step = 0; step < 2 * n; step++) {
    top.clear();
    for (let i = 0; i < states.length; i++) {
      const state = states[i]!;
      if (state.bufferEmpty) {
        // Emptying the stack is forced: no choice to score.
        top.offer(i, REDUCE, scores[i]!);
        continue;
      }
      scorer.score(state, actionScores);
      for (let a = 0; a < ACTIONS; a++) if (state.valid(a)) top.offer(i, a, scores[i]! + actionScores[a]!);
    }
    top.dropBelow(top.score[0]! - margin);
    while (next.length < top.size) next.push(decoder.state(n, pooled++));
    next.length = top.size;
    for (let j = 0; j < top.size; j++) {
      const state = next[j]!;
      state.copyFrom(states[top.parent[j]!]!);
      applyLabelled(model, state, words, top.action[j]!, scratch);
      nextScores[j] = top.score[j]!;
    }
    [states, next] = [next, states];
    [scores, nextScores] = [nextScores, scores];
  }
  return finishParse(model, states[0]!, words, scratch);
}
