import { hash1, hash2, hash3, hash4 } from '../model/hash.js';
import type { ParseState } from './transitions.js';

/**
 * What the parser sees of a configuration. The action model uses the feature set of Zhang &
 * Nivre (2011, "Transition-based dependency parsing with rich non-local features"): words and
 * tags of the stack top (s0), the first three buffer words (n0–n2), the head, grandhead and
 * outermost dependents of s0 and n0, their labels, distance, valency and label sets — plus the
 * word under the stack top (s1). The label model, asked once an arc is chosen, sees the head, the
 * dependent, the dependent's outermost dependents (its "by", its "'s"), their neighbours and the
 * direction.
 */

/** Per-word inputs: hashed lower-cased form, fine tag, universal tag, suffix. Index 0 is the root. */
export interface ParserWords {
  /** Word-cluster classes (middle and fine grain; -1 without a cluster). */
  readonly cluster8: Int32Array;
  readonly cluster12: Int32Array;
  readonly word: Int32Array;
  readonly tag: Int32Array;
  readonly upos: Int32Array;
  readonly suffix: Int32Array;
}

const ABSENT = -7;

/** Bucketed distance: 1, 2, 3, 4, 5–9, 10+. */
function distance(a: number, b: number): number {
  const d = Math.abs(a - b);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

/** `values[i]`, or ABSENT for a position that is not there (-1). A function, not a closure: no allocation per call. */
function at(values: Int32Array, i: number): number {
  return i < 0 ? ABSENT : values[i]!;
}

/** `values[i]`, or ABSENT for a position outside the sentence of n words. */
function inSentence(values: Int32Array, i: number, n: number): number {
  return i < 0 || i > n ? ABSENT : values[i]!;
}

/**
 * Fills `out` with the action features of the configuration; returns how many. They come in groups
 * by what they read — the buffer front alone, the stack top alone, the two together, the arcs of
 * each, and the rest — so that a decoder can score each of the first three once per
 * position (or pair of positions) of a sentence instead of once per configuration (ActionScorer
 * in action-scores.ts), and the arcs around the stack top and around the front once per
 * context of a sentence. Every feature is in exactly one group.
 */
export function actionFeatures(state: ParseState, words: ParserWords, out: Uint32Array): number {
  const s0 = state.s0;
  const n0 = state.b0;
  let f = bufferFeatures(n0, state.n, words, out, 0);
  f = stackTopFeatures(s0, words, out, f);
  f = pairFeatures(s0, n0, state.n, words, out, f);
  f = stackStructureFeatures(state, words, out, f);
  f = frontStructureFeatures(state, words, out, f);
  return otherFeatures(state, words, out, f);
}

/** The word at buffer position `k` after the front `n0` (NONE past the sentence's end or without a front). */
function after(n0: number, k: number, n: number): number {
  return n0 >= 0 && n0 + k <= n ? n0 + k : -1;
}

/** Features of the first three buffer words only (and the bias); from `out[f]` on, returns the new count. */
export function bufferFeatures(n0: number, n: number, words: ParserWords, out: Uint32Array, from: number): number {
  const W = words.word;
  const P = words.tag;
  const C8 = words.cluster8;
  const n1 = after(n0, 1, n);
  const n2 = after(n0, 2, n);
  const n0w = at(W, n0), n0p = at(P, n0);
  const n1w = at(W, n1), n1p = at(P, n1);
  const n2w = at(W, n2), n2p = at(P, n2);
  const n0c8 = at(C8, n0), n1c8 = at(C8, n1);
  let f = from;
  out[f++] = hash1(0, 0);
  out[f++] = hash2(4, n0w, n0p);
  out[f++] = hash1(5, n0w);
  out[f++] = hash1(6, n0p);
  out[f++] = hash2(7, n1w, n1p);
  out[f++] = hash1(8, n1w);
  out[f++] = hash1(9, n1p);
  out[f++] = hash2(10, n2w, n2p);
  out[f++] = hash1(11, n2w);
  out[f++] = hash1(12, n2p);
  out[f++] = hash2(20, n0p, n1p);
  out[f++] = hash3(21, n0p, n1p, n2p);
  // word clusters in place of words (Koo et al. 2008)
  out[f++] = hash2(77, at(words.cluster12, n0), n0p);
  out[f++] = hash2(78, at(words.cluster12, n1), n1p);
  out[f++] = hash3(83, n0c8, n1c8, n0p);
  return f;
}

/** Features of the stack top's word only; from `out[f]` on, returns the new count. */
export function stackTopFeatures(s0: number, words: ParserWords, out: Uint32Array, from: number): number {
  const s0w = at(words.word, s0), s0p = at(words.tag, s0);
  let f = from;
  out[f++] = hash2(1, s0w, s0p);
  out[f++] = hash1(2, s0w);
  out[f++] = hash1(3, s0p);
  out[f++] = hash2(76, at(words.cluster12, s0), s0p);
  return f;
}

/** Features of the stack top and buffer front words together (and their distance); from `out[f]` on, returns the new count. */
export function pairFeatures(s0: number, n0: number, n: number, words: ParserWords, out: Uint32Array, from: number): number {
  const W = words.word;
  const P = words.tag;
  const C8 = words.cluster8;
  const s0w = at(W, s0), s0p = at(P, s0);
  const n0w = at(W, n0), n0p = at(P, n0);
  const n1p = at(P, after(n0, 1, n));
  const d = n0 >= 0 ? distance(s0, n0) : ABSENT;
  const s0c8 = at(C8, s0), n0c8 = at(C8, n0);
  let f = from;
  // word pairs
  out[f++] = hash4(13, s0w, s0p, n0w, n0p);
  out[f++] = hash3(14, s0w, s0p, n0w);
  out[f++] = hash3(15, s0w, n0w, n0p);
  out[f++] = hash3(16, s0w, s0p, n0p);
  out[f++] = hash3(17, s0p, n0w, n0p);
  out[f++] = hash2(18, s0w, n0w);
  out[f++] = hash2(19, s0p, n0p);
  out[f++] = hash3(22, s0p, n0p, n1p);
  // distance
  out[f++] = hash2(27, s0w, d);
  out[f++] = hash2(28, s0p, d);
  out[f++] = hash2(29, n0w, d);
  out[f++] = hash2(30, n0p, d);
  out[f++] = hash3(31, s0w, n0w, d);
  out[f++] = hash3(32, s0p, n0p, d);
  // clusters
  out[f++] = hash2(79, s0c8, n0c8);
  out[f++] = hash3(80, s0c8, s0p, n0p);
  out[f++] = hash3(81, s0p, n0c8, n0p);
  out[f++] = hash3(82, at(words.cluster12, s0), n0c8, d);
  return f;
}

/**
 * Features of the stack top's arcs: its head and grandhead, its outermost dependents, their labels,
 * its valency and label sets. They read exactly the values `stackStructureContext` gives.
 */
export function stackStructureFeatures(state: ParseState, words: ParserWords, out: Uint32Array, from: number): number {
  const W = words.word;
  const P = words.tag;
  const L = state.labels;
  const s0 = state.s0;
  const s0h = state.heads[s0]!;
  const s0h2 = s0h >= 0 ? state.heads[s0h]! : -1;
  const s0l = state.left1[s0]!;
  const s0l2 = state.left2[s0]!;
  const s0r = state.right1[s0]!;
  const s0r2 = state.right2[s0]!;
  const s0w = at(W, s0), s0p = at(P, s0);
  const s0hw = at(W, s0h), s0hp = at(P, s0h), s0h2w = at(W, s0h2), s0h2p = at(P, s0h2);
  const s0lw = at(W, s0l), s0lp = at(P, s0l), s0ll = at(L, s0l);
  const s0l2w = at(W, s0l2), s0l2p = at(P, s0l2), s0l2l = at(L, s0l2);
  const s0rw = at(W, s0r), s0rp = at(P, s0r), s0rl = at(L, s0r);
  const s0r2w = at(W, s0r2), s0r2p = at(P, s0r2), s0r2l = at(L, s0r2);
  const s0l0 = at(L, s0), s0hl = at(L, s0h);
  const s0vl = state.leftCount[s0]!, s0vr = state.rightCount[s0]!;
  const s0sl = state.leftLabels[s0]!, s0sr = state.rightLabels[s0]!;
  const C8 = words.cluster8;
  let f = from;
  // valency
  out[f++] = hash2(33, s0w, s0vr);
  out[f++] = hash2(34, s0p, s0vr);
  out[f++] = hash2(35, s0w, s0vl);
  out[f++] = hash2(36, s0p, s0vl);
  // second-order: heads, outermost dependents, labels
  out[f++] = hash1(39, s0hw);
  out[f++] = hash1(40, s0hp);
  out[f++] = hash1(41, s0l0);
  out[f++] = hash1(42, s0lw);
  out[f++] = hash1(43, s0lp);
  out[f++] = hash1(44, s0ll);
  out[f++] = hash1(45, s0rw);
  out[f++] = hash1(46, s0rp);
  out[f++] = hash1(47, s0rl);
  // third-order
  out[f++] = hash1(51, s0h2w);
  out[f++] = hash1(52, s0h2p);
  out[f++] = hash1(53, s0hl);
  out[f++] = hash1(54, s0l2w);
  out[f++] = hash1(55, s0l2p);
  out[f++] = hash1(56, s0l2l);
  out[f++] = hash1(57, s0r2w);
  out[f++] = hash1(58, s0r2p);
  out[f++] = hash1(59, s0r2l);
  out[f++] = hash3(63, s0p, s0lp, s0l2p);
  out[f++] = hash3(64, s0p, s0rp, s0r2p);
  out[f++] = hash3(65, s0p, s0hp, s0h2p);
  // label sets
  out[f++] = hash2(67, s0w, s0sr);
  out[f++] = hash2(68, s0p, s0sr);
  out[f++] = hash2(69, s0w, s0sl);
  out[f++] = hash2(70, s0p, s0sl);
  // word clusters of the head and a dependent
  out[f++] = hash2(84, at(C8, s0h), at(C8, s0));
  out[f++] = hash2(85, at(C8, s0l), s0p);
  return f;
}

/** Fills `key` with every value of the configuration that stackStructureFeatures reads (17). */
export function stackStructureContext(state: ParseState, key: Int32Array): void {
  const L = state.labels;
  const s0 = state.s0;
  const s0h = state.heads[s0]!;
  key[0] = s0;
  key[1] = s0h;
  key[2] = s0h >= 0 ? state.heads[s0h]! : -1;
  key[3] = state.left1[s0]!;
  key[4] = state.left2[s0]!;
  key[5] = state.right1[s0]!;
  key[6] = state.right2[s0]!;
  key[7] = at(L, s0);
  key[8] = at(L, s0h);
  key[9] = at(L, key[3]!);
  key[10] = at(L, key[4]!);
  key[11] = at(L, key[5]!);
  key[12] = at(L, key[6]!);
  key[13] = state.leftCount[s0]!;
  key[14] = state.rightCount[s0]!;
  key[15] = state.leftLabels[s0]!;
  key[16] = state.rightLabels[s0]!;
}

export const STACK_STRUCTURE_CONTEXT = 17;

/**
 * Features of the buffer front's arcs: its outermost left dependents, their labels, its left
 * valency and label set. They read exactly the values `frontStructureContext` gives.
 */
export function frontStructureFeatures(state: ParseState, words: ParserWords, out: Uint32Array, from: number): number {
  const W = words.word;
  const P = words.tag;
  const L = state.labels;
  const n0 = state.b0;
  const n0l = n0 >= 0 ? state.left1[n0]! : -1;
  const n0l2 = n0 >= 0 ? state.left2[n0]! : -1;
  const n0w = at(W, n0), n0p = at(P, n0);
  const n0lw = at(W, n0l), n0lp = at(P, n0l), n0ll = at(L, n0l);
  const n0l2w = at(W, n0l2), n0l2p = at(P, n0l2), n0l2l = at(L, n0l2);
  const n0vl = n0 >= 0 ? state.leftCount[n0]! : ABSENT;
  const n0sl = n0 >= 0 ? state.leftLabels[n0]! : ABSENT;
  let f = from;
  out[f++] = hash2(37, n0w, n0vl);
  out[f++] = hash2(38, n0p, n0vl);
  out[f++] = hash1(48, n0lw);
  out[f++] = hash1(49, n0lp);
  out[f++] = hash1(50, n0ll);
  out[f++] = hash1(60, n0l2w);
  out[f++] = hash1(61, n0l2p);
  out[f++] = hash1(62, n0l2l);
  out[f++] = hash3(66, n0p, n0lp, n0l2p);
  out[f++] = hash2(71, n0w, n0sl);
  out[f++] = hash2(72, n0p, n0sl);
  out[f++] = hash2(86, at(words.cluster8, n0l), n0p);
  return f;
}

/** Fills `key` with every value of the configuration that frontStructureFeatures reads (7). */
export function frontStructureContext(state: ParseState, key: Int32Array): void {
  const n0 = state.b0;
  const n0l = n0 >= 0 ? state.left1[n0]! : -1;
  const n0l2 = n0 >= 0 ? state.left2[n0]! : -1;
  key[0] = n0;
  key[1] = n0l;
  key[2] = n0l2;
  key[3] = at(state.labels, n0l);
  key[4] = at(state.labels, n0l2);
  key[5] = n0 >= 0 ? state.leftCount[n0]! : ABSENT;
  key[6] = n0 >= 0 ? state.leftLabels[n0]! : ABSENT;
}

export const FRONT_STRUCTURE_CONTEXT = 7;

/** The rest: the stack top's and the front's neighbours in the tree with the front, and the word under the stack top. */
export function otherFeatures(state: ParseState, words: ParserWords, out: Uint32Array, from: number): number {
  const P = words.tag;
  const C8 = words.cluster8;
  const s0 = state.s0;
  const n0 = state.b0;
  const s1 = state.s1;
  const s0p = at(P, s0), n0p = at(P, n0);
  const s0hp = at(P, state.heads[s0]!);
  const s0lp = at(P, state.left1[s0]!);
  const s0rp = at(P, state.right1[s0]!);
  const n0lp = at(P, n0 >= 0 ? state.left1[n0]! : -1);
  const s1p = at(P, s1);
  let f = from;
  // three words
  out[f++] = hash3(23, s0hp, s0p, n0p);
  out[f++] = hash3(24, s0p, s0lp, n0p);
  out[f++] = hash3(25, s0p, s0rp, n0p);
  out[f++] = hash3(26, s0p, n0p, n0lp);
  // the word under the stack top
  out[f++] = hash2(73, at(words.word, s1), s1p);
  out[f++] = hash3(74, s1p, s0p, n0p);
  out[f++] = hash2(75, s1p, at(state.labels, s0));
  out[f++] = hash2(87, at(C8, s1), at(C8, s0));
  return f;
}

export const MAX_ACTION_FEATURES = 90;

/** Fills `out` with the features for labelling the arc head → dependent; returns how many. */
export function labelFeatures(state: ParseState, words: ParserWords, head: number, dependent: number, out: Uint32Array): number {
  const W = words.word;
  const P = words.tag;
  const U = words.upos;
  const n = state.n;
  const dir = dependent < head ? 1 : 2;
  const hw = inSentence(W, head, n), hp = inSentence(P, head, n);
  const dw = inSentence(W, dependent, n), dp = inSentence(P, dependent, n), du = inSentence(U, dependent, n);
  const dl = state.left1[dependent]!, dr = state.right1[dependent]!;
  const dlw = inSentence(W, dl, n), dlp = inSentence(P, dl, n), dll = inSentence(state.labels, dl, n);
  const drw = inSentence(W, dr, n), drp = inSentence(P, dr, n), drl = inSentence(state.labels, dr, n);
  const hl = inSentence(state.labels, head, n);
  const hh = head > 0 ? state.heads[head]! : -1;
  const hhp = inSentence(P, hh, n);
  const dist = distance(head, dependent);
  const prev = inSentence(P, dependent - 1, n), nextP = inSentence(P, dependent + 1, n);
  const nextW = inSentence(W, dependent + 1, n);
  let f = 0;
  out[f++] = hash1(100, dir);
  out[f++] = hash2(101, dir, hw);
  out[f++] = hash2(102, dir, hp);
  out[f++] = hash2(103, dir, dw);
  out[f++] = hash2(104, dir, dp);
  out[f++] = hash3(105, dir, hp, dp);
  out[f++] = hash3(106, dir, hw, dp);
  out[f++] = hash3(107, dir, hp, dw);
  out[f++] = hash3(108, dir, hw, dw);
  out[f++] = hash4(109, dir, hp, dp, dist);
  out[f++] = hash3(110, dir, dlw, dp);
  out[f++] = hash3(111, dir, dlp, dll);
  out[f++] = hash3(112, dir, drw, dp);
  out[f++] = hash3(113, dir, drp, drl);
  out[f++] = hash4(114, dir, hp, dlw, dp);
  out[f++] = hash3(115, dir, hl, hp);
  out[f++] = hash4(116, dir, hp, dp, state.leftLabels[head]!);
  out[f++] = hash4(117, dir, hp, dp, state.rightLabels[head]!);
  out[f++] = hash3(118, dir, prev, dp);
  out[f++] = hash3(119, dir, dp, nextP);
  out[f++] = hash3(120, dir, dp, nextW);
  out[f++] = hash3(121, dir, words.suffix[dependent]!, hp);
  out[f++] = hash3(122, dir, du, hhp);
  out[f++] = hash4(123, dir, hp, dp, state.leftCount[dependent]! + 8 * state.rightCount[dependent]!);
  out[f++] = hash3(124, dir, head === 0 ? 1 : 0, dp);
  out[f++] = hash4(125, dir, hw, dlw, dw);
  const C8 = words.cluster8;
  out[f++] = hash3(126, dir, inSentence(C8, head, n), dp);
  out[f++] = hash3(127, dir, hp, inSentence(words.cluster12, dependent, n));
  out[f++] = hash4(128, dir, inSentence(C8, head, n), inSentence(C8, dependent, n), dlw);
  return f;
}

export const MAX_LABEL_FEATURES = 34;
