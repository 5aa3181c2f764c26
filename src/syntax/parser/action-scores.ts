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
  private readonly part = new Float64Array(ACTIONS);
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

  /** Sets `scores` (length ACTIONS) to the action scores of a configuration whose buffer is not empty. */
  score(state: ParseState, scores: Float64Array): void {
    const words = this.words!;
    const n = this.n;
    const n0 = state.b0;
    const s0 = state.s0;
    scores.fill(0);
    if (this.bufferStamp[n0] !== this.sentence) {
      this.memo(bufferFeatures(n0, n, words, this.features, 0), this.bufferScores, n0 * ACTIONS);
      this.bufferStamp[n0] = this.sentence;
    }
    add(scores, this.bufferScores, n0 * ACTIONS);
    if (this.topStamp[s0] !== this.sentence) {
      this.memo(stackTopFeatures(s0, words, this.features, 0), this.topScores, s0 * ACTIONS);
      this.topStamp[s0] = this.sentence;
    }
    add(scores, this.topScores, s0 * ACTIONS);
    if (this.pairsMemoised) {
      const pair = s0 * (n + 1) + n0;
      if (this.pairStamp[pair] !== this.sentence) {
        this.memo(pairFeatures(s0, n0, n, words, this.features, 0), this.pairScores, pair * ACTIONS);
        this.pairStamp[pair] = this.sentence;
      }
      add(scores, this.pairScores, pair * ACTIONS);
    } else {
      this.model.scoreUnscaled(this.features, pairFeatures(s0, n0, n, words, this.features, 0), scores);
    }
    stackStructureContext(state, this.stackStructure.key);
    let at = this.stackStructure.find();
    if (at < 0) at = this.scoreContext(this.stackStructure, stackStructureFeatures(state, words, this.features, 0), scores);
    if (at >= 0) add(scores, this.stackStructure.values, at);
    frontStructureContext(state, this.frontStructure.key);
    at = this.frontStructure.find();
    if (at < 0) at = this.scoreContext(this.frontStructure, frontStructureFeatures(state, words, this.features, 0), scores);
    if (at >= 0) add(scores, this.frontStructure.values, at);
    this.model.scoreUnscaled(this.features, otherFeatures(state, words, this.features, 0), scores);
  }

  /**
   * Scores `count` features of a context `cache` just missed: into the cache, returning where
   * (to be added to `scores`), or, when the cache keeps no more, straight into `scores` (-1).
   */
  private scoreContext(cache: ContextCache, count: number, scores: Float64Array): number {
    const at = cache.store();
    if (at < 0) this.model.scoreUnscaled(this.features, count, scores);
    else this.memo(count, cache.values, at);
    return at;
  }

  private memo(count: number, into: Float64Array, offset: number): void {
    this.part.fill(0);
    this.model.scoreUnscaled(this.features, count, this.part);
    into.set(this.part, offset);
  }
}

/** Sentences up to 255 words memoise every (top, front) pair: 2 MB of scores at most. */
const MAX_MEMO_PAIRS = 256 * 256;

function add(scores: Float64Array, from: Float64Array, offset: number): void {
  for (let a = 0; a < ACTIONS; a++) scores[a]! += from[offset + a]!;
}
