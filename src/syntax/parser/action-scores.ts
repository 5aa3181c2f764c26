import type { SparseLinearModel } from '../model/linear.js';
import { ContextCache } from './context-cache.js';
import {
  bufferFeatures, FRONT_STRUCTURE_CONTEXT, frontCoreFeatures, frontStructureContext, LABEL_TEMPLATES, labelFeature, MAX_ACTION_FEATURES, otherFeatures,
  pairFeatures, roleFeatures, roleLabels, rolePositions, ROLES, STACK_LABELS, STACK_ROLES, STACK_STRUCTURE_CONTEXT, stackCoreFeatures,
  stackStructureContext, stackTopFeatures, type ParserWords,
} from './features.js';
import { ACTIONS, type ParseState } from './transitions.js';

/**
 * Scores of the actions of a configuration, as `model.actions.scoreUnscaled` of all its action
 * features would give them, with the parts that depend only on positions looked up once per
 * sentence. Of a configuration's 88 features, 15 read only the buffer front, 4 only the stack top
 * and 18 only the two together; 31 read the arcs around the stack top and 12 those around the
 * front, which configurations of a beam share often (ContextCache); 8 are scored for every
 * configuration. Of the arc features, 20 read one word alone (by form or tag: the stack top's
 * head, its outermost dependents …, a "role") or one label: when a context is new, a role's
 * word is scored once per position of the sentence and a label once per model, and only the other
 * 19 are looked up for the context. A beam of 4 scores about six configurations per word, most of them at a front,
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
  /** Per (role, position + 1): the sentence whose role scores the memo holds, and the scores (`roleStride` positions a role). */
  private roleStamp = new Int32Array(0);
  private roleScores = new Float64Array(0);
  private roleStride = 0;
  /** Per (label template, label + LABEL_OFFSET): whether the scores are known (for the model, not a sentence), and the scores. */
  private readonly labelKnown = new Uint8Array(LABEL_TEMPLATES.length * LABEL_VALUES);
  private readonly labelScores = new Float64Array(LABEL_TEMPLATES.length * LABEL_VALUES * ACTIONS);
  /** The configuration being scored: its roles' positions and labels; where each role's or label's features were written (-1: memoised). */
  private readonly positions = new Int32Array(ROLES);
  private readonly labels = new Int32Array(LABEL_TEMPLATES.length);
  private readonly roleFrom = new Int32Array(ROLES);
  private readonly labelFrom = new Int32Array(LABEL_TEMPLATES.length);

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
      this.roleStamp.fill(0);
    }
    const positions = n + 1;
    if (this.bufferStamp.length < positions) {
      this.bufferStamp = new Int32Array(positions);
      this.bufferScores = new Float64Array(positions * ACTIONS);
      this.topStamp = new Int32Array(positions);
      this.topScores = new Float64Array(positions * ACTIONS);
    }
    // Role positions run from -1 (none) to n.
    if (this.roleStride < positions + 1) {
      this.roleStride = positions + 1;
      this.roleStamp = new Int32Array(ROLES * this.roleStride);
      this.roleScores = new Float64Array(ROLES * this.roleStride * ACTIONS);
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
    frontStructureContext(state, this.frontStructure.key);
    let frontAt = this.frontStructure.find();
    if (stackAt < 0 || frontAt < 0) {
      rolePositions(state, this.positions);
      roleLabels(state, this.positions, this.labels);
    }
    if (stackAt < 0) {
      stackFrom = f;
      stackTo = f = stackCoreFeatures(state, words, features, f);
      f = this.roleParts(0, STACK_ROLES, words, f);
      f = this.labelParts(0, STACK_LABELS, f);
    }
    if (frontAt < 0) {
      frontFrom = f;
      frontTo = f = frontCoreFeatures(state, words, features, f);
      f = this.roleParts(STACK_ROLES, ROLES, words, f);
      f = this.labelParts(STACK_LABELS, LABEL_TEMPLATES.length, f);
    }
    const otherFrom = f;
    const otherTo = f = otherFeatures(state, words, features, f);
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
    if (stackFrom >= 0) stackAt = this.scoreContext(this.stackStructure, stackFrom, stackTo, 0, STACK_ROLES, 0, STACK_LABELS, scores);
    if (stackAt >= 0) add(scores, this.stackStructure.values, stackAt);
    if (frontFrom >= 0) frontAt = this.scoreContext(this.frontStructure, frontFrom, frontTo, STACK_ROLES, ROLES, STACK_LABELS, LABEL_TEMPLATES.length, scores);
    if (frontAt >= 0) add(scores, this.frontStructure.values, frontAt);
    model.addWeights(features, otherFrom, otherTo, scores, 0);
  }

  /** Writes, from `features[f]` on, the features of the roles [first, last) whose word is not memoised at its position; returns the new count. */
  private roleParts(first: number, last: number, words: ParserWords, f: number): number {
    for (let r = first; r < last; r++) {
      const position = this.positions[r]!;
      if (this.roleStamp[r * this.roleStride + position + 1] === this.sentence) {
        this.roleFrom[r] = -1;
        continue;
      }
      this.roleFrom[r] = f;
      f = roleFeatures(r, position, words, this.features, f);
    }
    return f;
  }

  /** Writes, from `features[f]` on, the features of the label templates [first, last) whose label's scores are not known yet; returns the new count. */
  private labelParts(first: number, last: number, f: number): number {
    for (let k = first; k < last; k++) {
      const value = this.labels[k]! + LABEL_OFFSET;
      if (value < 0 || value >= LABEL_VALUES) throw new Error(`a label id of ${this.labels[k]} is outside what the parser's memo holds.`);
      if (this.labelKnown[k * LABEL_VALUES + value] === 1) {
        this.labelFrom[k] = -1;
        continue;
      }
      this.labelFrom[k] = f;
      this.features[f++] = labelFeature(k, this.labels[k]!);
    }
    return f;
  }

  /**
   * Scores a context `cache` just missed: its own features `[from, to)`, and the roles [firstRole,
   * lastRole) and labels [firstLabel, lastLabel) it reads, memoising those not memoised yet. The
   * total goes into the cache, returning where (to be added to `scores`), or, when the cache keeps
   * no more, straight into `scores` (-1).
   */
  private scoreContext(cache: ContextCache, from: number, to: number, firstRole: number, lastRole: number, firstLabel: number, lastLabel: number, scores: Float64Array): number {
    for (let r = firstRole; r < lastRole; r++) {
      const from = this.roleFrom[r]!;
      if (from < 0) continue;
      const index = r * this.roleStride + this.positions[r]! + 1;
      this.memo(from, from + 2, this.roleScores, index * ACTIONS);
      this.roleStamp[index] = this.sentence;
    }
    for (let k = firstLabel; k < lastLabel; k++) {
      const from = this.labelFrom[k]!;
      if (from < 0) continue;
      const index = k * LABEL_VALUES + this.labels[k]! + LABEL_OFFSET;
      this.memo(from, from + 1, this.labelScores, index * ACTIONS);
      this.labelKnown[index] = 1;
    }
    const at = cache.store();
    const into = at < 0 ? scores : cache.values;
    const offset = at < 0 ? 0 : at;
    if (at >= 0) for (let a = 0; a < ACTIONS; a++) into[offset + a] = 0;
    this.model.addWeights(this.features, from, to, into, offset);
    for (let r = firstRole; r < lastRole; r++) add(into, this.roleScores, (r * this.roleStride + this.positions[r]! + 1) * ACTIONS, offset);
    for (let k = firstLabel; k < lastLabel; k++) add(into, this.labelScores, (k * LABEL_VALUES + this.labels[k]! + LABEL_OFFSET) * ACTIONS, offset);
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

/**
 * Label values a structure feature reads: ABSENT (-7, no word), -1 (a word without a head yet)
 * and the label ids, fewer than 256 (SparseLinearModel's limit on classes).
 */
const LABEL_OFFSET = 8;
const LABEL_VALUES = 256 + LABEL_OFFSET;

/** Adds `from[offset, offset + ACTIONS)` into `scores[at, at + ACTIONS)`. */
function add(scores: Float64Array, from: Float64Array, offset: number, at = 0): void {
  for (let a = 0; a < ACTIONS; a++) scores[at + a]! += from[offset + a]!;
}
