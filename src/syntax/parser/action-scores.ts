import type { SparseLinearModel } from '../model/linear.js';
import { ContextCache } from './context-cache.js';
import {
  bufferFeatures, FRONT_STRUCTURE_CONTEXT, frontStructureContext, frontStructureFeatures, MAX_ACTION_FEATURES, otherFeatures, pairFeatures,
  STACK_STRUCTURE_CONTEXT, stackStructureContext, stackStructureFeatures, stackTopFeatures, type ParserWords,
} from './features.js';
import { ACTIONS, type ParseState } from './transitions.js';

/**
 * Scores of the actions of a configuration, as `model.actions.scoreUnscaled` of all its action
 * features would give them, with the parts that depend only on positions looked up once per
 * sentence. Of a configuration's 88 features, 15 read only the buffer front, 4 only the stack top
 * and 18 only the two together; 31 read the arcs around the stack top and 12 those around the
 * front, which configurations of a beam share often (ContextCache); 8 are scored for every
 * configuration. A beam of 4 scores about six configurations per word, most of them at a front,
 * (top, front) pair or context it has scored before. Each part is a sum of the model's stored
 * integers, so adding the parts in another order gives the same totals to the last bit.
 *
 * One scorer per thread and model is reused from sentence to sentence (`begin`): its memo tables
 * grow to the longest sentence seen and are invalidated by a sentence counter, not cleared.
 */
export class ActionScorer {
  private readonly features = new Uint32Array(MAX_ACTION_FEATURES);
  private words: ParserWords | undefined;
  private n = 0;
  private sentence = 0;
  /** Per position: the sentence whose score the memo holds (0: none), and the four action scores. */
  private bufferStamp = new Int32Array(0);
  private bufferScores = new Float64Array(0);
  private topStamp = new Int32Array(0);
  private topScores = new Float64Array(0);
  private pairStamp = new Int32Array(0);
  private pairScores = new Float64Array(0);
  /** Whether this sentence's (top, front) pairs fit the memo; longer sentences score pairs directly. */
  private pairsMemoised = false;
  private readonly stackStructure = new ContextCache(STACK_STRUCTURE_CONTEXT, ACTIONS, 4096);
  private readonly frontStructure = new ContextCache(FRONT_STRUCTURE_CONTEXT, ACTIONS, 4096);

  constructor(private readonly model: SparseLinearModel) {}

  /** Starts a sentence of n words. */
  begin(words: ParserWords, n: number): void {
    this.words = words;
    this.n = n;
    this.sentence = this.sentence === 0x7fffffff ? 1 : this.sentence + 1;
    this.stackStructure.begin();
    this.frontStructure.begin();
    if (this.sentence === 1) {
      this.bufferStamp.fill(0);
      this.topStamp.fill(0);
      this.pairStamp.fill(0);
    }
    const positions = n + 1;
    if (this.bufferStamp.length < positions) {
      this.bufferStamp = new Int32Array(positions);
      this.bufferScores = new Float64Array(positions * ACTIONS);
      this.topStamp = new Int32Array(positions);
      this.topScores = new Float64Array(positions * ACTIONS);
    }
    const pairs = positions * positions;
    this.pairsMemoised = pairs <= MAX_MEMO_PAIRS;
    if (this.pairsMemoised && this.pairStamp.length < pairs) {
      this.pairStamp = new Int32Array(pairs);
      this.pairScores = new Float64Array(pairs * ACTIONS);
    }
  }

  /**
   * Sets `scores` (length ACTIONS) to the action scores of a configuration whose buffer is not
   * empty. The features of every part not yet memoised are written first, one group after
   * another, and their weights fetched from memory together (SparseLinearModel.prefetch).
   */
  score(state: ParseState, scores: Float64Array): void {
    const words = this.words!;
    const model = this.model;
    const features = this.features;
    const n = this.n;
    const n0 = state.b0;
    const s0 = state.s0;
    const sentence = this.sentence;
    const pair = s0 * (n + 1) + n0;
    // Each group not memoised gets its features written at [from, to) of `features` (from -1: memoised).
    let f = 0;
    let bufferFrom = -1, bufferTo = 0, topFrom = -1, topTo = 0, pairFrom = -1, pairTo = 0;
    let stackFrom = -1, stackTo = 0, frontFrom = -1, frontTo = 0;
    if (this.bufferStamp[n0] !== sentence) {
      bufferFrom = f;
      bufferTo = f = bufferFeatures(n0, n, words, features, f);
    }
    if (this.topStamp[s0] !== sentence) {
      topFrom = f;
      topTo = f = stackTopFeatures(s0, words, features, f);
    }
    if (!this.pairsMemoised || this.pairStamp[pair] !== sentence) {
      pairFrom = f;
      pairTo = f = pairFeatures(s0, n0, n, words, features, f);
    }
    stackStructureContext(state, this.stackStructure.key);
    let stackAt = this.stackStructure.find();
    if (stackAt < 0) {
      stackFrom = f;
      stackTo = f = stackStructureFeatures(state, words, features, f);
    }
    frontStructureContext(state, this.frontStructure.key);
    let frontAt = this.frontStructure.find();
    if (frontAt < 0) {
      frontFrom = f;
      frontTo = f = frontStructureFeatures(state, words, features, f);
    }
    const otherFrom = f;
    f = otherFeatures(state, words, features, f);
    model.prefetch(features, 0, f);

    scores.fill(0);
    if (bufferFrom >= 0) {
      this.memo(bufferFrom, bufferTo, this.bufferScores, n0 * ACTIONS);
      this.bufferStamp[n0] = sentence;
    }
    add(scores, this.bufferScores, n0 * ACTIONS);
    if (topFrom >= 0) {
      this.memo(topFrom, topTo, this.topScores, s0 * ACTIONS);
      this.topStamp[s0] = sentence;
    }
    add(scores, this.topScores, s0 * ACTIONS);
    if (!this.pairsMemoised) {
      model.addWeights(features, pairFrom, pairTo, scores, 0);
    } else {
      if (pairFrom >= 0) {
        this.memo(pairFrom, pairTo, this.pairScores, pair * ACTIONS);
        this.pairStamp[pair] = sentence;
      }
      add(scores, this.pairScores, pair * ACTIONS);
    }
    if (stackFrom >= 0) stackAt = this.scoreContext(this.stackStructure, stackFrom, stackTo, scores);
    if (stackAt >= 0) add(scores, this.stackStructure.values, stackAt);
    if (frontFrom >= 0) frontAt = this.scoreContext(this.frontStructure, frontFrom, frontTo, scores);
    if (frontAt >= 0) add(scores, this.frontStructure.values, frontAt);
    model.addWeights(features, otherFrom, f, scores, 0);
  }

  /**
   * Scores the features `[from, to)` of a context `cache` just missed: into the cache, returning
   * where (to be added to `scores`), or, when the cache keeps no more, straight into `scores` (-1).
   */
  private scoreContext(cache: ContextCache, from: number, to: number, scores: Float64Array): number {
    const at = cache.store();
    if (at < 0) this.model.addWeights(this.features, from, to, scores, 0);
    else this.memo(from, to, cache.values, at);
    return at;
  }

  /** Stores the scores of the features `[from, to)` at `into[offset, offset + ACTIONS)`. */
  private memo(from: number, to: number, into: Float64Array, offset: number): void {
    for (let a = 0; a < ACTIONS; a++) into[offset + a] = 0;
    this.model.addWeights(this.features, from, to, into, offset);
  }
}

/** Sentences up to 255 words memoise every (top, front) pair: 2 MB of scores at most. */
const MAX_MEMO_PAIRS = 256 * 256;

function add(scores: Float64Array, from: Float64Array, offset: number): void {
  for (let a = 0; a < ACTIONS; a++) scores[a]! += from[offset + a]!;
}
