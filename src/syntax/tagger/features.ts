import { hash1, hash2, hash3 } from '../model/hash.js';
import type { Lexeme } from '../lexical.js';

/**
 * Feature templates of the part-of-speech tagger: the word, its affixes and shape, the two tags
 * already predicted on its left, the words around it, and the "ambiguity class" (the set of tags
 * the training data gave a frequent word) of the words on its right, whose tags are not known yet.
 * A greedy left-to-right averaged perceptron with these features is Collins (2002) as Honnibal
 * wrote it up ("A good part-of-speech tagger in about 200 lines of Python", 2013), plus the
 * right-context ambiguity classes of Toutanova et al. (2003).
 */

/** Values used for positions before the sentence start and after its end. */
const START = -1;
const END = -2;
/** Positions of padding on each side of a sentence's word arrays, so context needs no bounds checks. */
const PAD = 2;

/**
 * A sentence as the tagger's features read it: per-word integer arrays padded with START and END
 * (word i is at index i + PAD), and the tags predicted so far.
 */
export interface TaggerContext {
  readonly lexemes: readonly Lexeme[];
  readonly lower: Int32Array;
  readonly suffix3: Int32Array;
  readonly cluster8: Int32Array;
  readonly cluster12: Int32Array;
  /** Ambiguity class per word (0 when the word is rare or unseen). */
  readonly ambiguity: Int32Array;
  /** An outside tagger's tag per word (hashed), when one is used as input. */
  readonly external: Int32Array | undefined;
  /** Tags predicted so far (index < i), unpadded. */
  readonly tags: Int32Array;
}

function padded(n: number, value: (i: number) => number): Int32Array {
  const out = new Int32Array(n + 2 * PAD);
  out[0] = out[1] = START;
  out[n + PAD] = out[n + PAD + 1] = END;
  for (let i = 0; i < n; i++) out[i + PAD] = value(i);
  return out;
}

/** The tagger's view of a sentence: `ambiguity` and `external` are per word (external tags hashed). */
export function taggerContext(lexemes: readonly Lexeme[], ambiguity: (lower: number) => number, external?: Int32Array): TaggerContext {
  const n = lexemes.length;
  return {
    lexemes,
    lower: padded(n, (i) => lexemes[i]!.lower),
    suffix3: padded(n, (i) => lexemes[i]!.suffix3),
    cluster8: padded(n, (i) => lexemes[i]!.cluster8),
    cluster12: padded(n, (i) => lexemes[i]!.cluster12),
    ambiguity: padded(n, (i) => ambiguity(lexemes[i]!.lower)),
    external: external ? padded(n, (i) => external[i]!) : undefined,
    tags: new Int32Array(n),
  };
}

/**
 * Fills `out` with the features of a word by itself — form, affixes, shape, clusters, ambiguity
 * class — which are the same wherever it occurs, so a tagger can cache their scores per word.
 * Returns how many.
 */
function wordFeatures(w: Lexeme, ambiguity: number, out: Uint32Array): number {
  let f = 0;
  out[f++] = hash1(0, 0);
  out[f++] = hash1(1, w.lower);
  out[f++] = hash1(2, w.suffix1);
  out[f++] = hash1(3, w.suffix2);
  out[f++] = hash1(4, w.suffix3);
  out[f++] = hash1(5, w.suffix4);
  out[f++] = hash1(6, w.prefix1);
  out[f++] = hash1(7, w.prefix3);
  out[f++] = hash1(8, w.shape);
  out[f++] = hash1(21, ambiguity);
  out[f++] = hash1(40, w.cluster12);
  out[f++] = hash1(41, w.cluster8);
  out[f++] = hash1(42, w.cluster4);
  out[f++] = hash2(47, w.cluster12, w.suffix2);
  return f;
}

/** wordFeatures of word `i` of a sentence. */
export function wordFeaturesAt(context: TaggerContext, i: number, out: Uint32Array): number {
  return wordFeatures(context.lexemes[i]!, context.ambiguity[i + PAD]!, out);
}

/** Fills `out` with all the feature keys of word `i`; returns how many. */
export function taggerFeatures(context: TaggerContext, i: number, out: Uint32Array): number {
  return historyFeatures(context, i, out, neighbourFeatures(context, i, out, wordFeaturesAt(context, i, out)));
}

/**
 * Fills `out` from `from` on with the features of word `i` that read its neighbours' words (and an
 * outside tagger's tags) but no tag of ours, so a tagger can score them for a whole sentence
 * before it tags any word; returns the new count.
 */
export function neighbourFeatures(context: TaggerContext, i: number, out: Uint32Array, from: number): number {
  const { lower, suffix3, ambiguity: amb, cluster8, cluster12 } = context;
  const w = context.lexemes[i]!;
  const p = i + PAD;
  let f = from;
  out[f++] = hash2(9, w.flags, i === 0 ? 1 : 0);
  out[f++] = hash1(13, lower[p - 1]!);
  out[f++] = hash1(14, suffix3[p - 1]!);
  out[f++] = hash1(15, lower[p - 2]!);
  out[f++] = hash1(16, lower[p + 1]!);
  out[f++] = hash1(17, suffix3[p + 1]!);
  out[f++] = hash1(18, lower[p + 2]!);
  out[f++] = hash1(19, amb[p + 1]!);
  out[f++] = hash2(20, amb[p + 1]!, amb[p + 2]!);
  out[f++] = hash2(23, w.lower, lower[p + 1]!);
  out[f++] = hash2(24, lower[p - 1]!, w.lower);
  out[f++] = hash2(27, w.suffix3, lower[p + 1]!);
  out[f++] = hash1(43, cluster12[p + 1]!);
  out[f++] = hash1(44, cluster12[p - 1]!);
  out[f++] = hash2(46, w.cluster8, cluster8[p + 1]!);
  const ext = context.external;
  if (ext) {
    out[f++] = hash1(28, ext[p]!);
    out[f++] = hash2(29, ext[p]!, w.lower);
    out[f++] = hash2(30, ext[p]!, ext[p + 1]!);
    out[f++] = hash2(31, ext[p - 1]!, ext[p]!);
    out[f++] = hash2(32, ext[p]!, amb[p]!);
  }
  return f;
}

/**
 * Fills `out` from `from` on with the features of word `i` that read the tags already given to the
 * words before it; returns the new count.
 */
export function historyFeatures(context: TaggerContext, i: number, out: Uint32Array, from: number): number {
  const { ambiguity: amb, tags } = context;
  const w = context.lexemes[i]!;
  const p = i + PAD;
  const t1 = i > 0 ? tags[i - 1]! : START;
  const t2 = i > 1 ? tags[i - 2]! : START;
  let f = from;
  out[f++] = hash1(10, t1);
  out[f++] = hash2(11, t1, t2);
  out[f++] = hash2(12, t1, w.lower);
  out[f++] = hash2(22, t1, amb[p + 1]!);
  out[f++] = hash3(25, t1, w.suffix3, amb[p + 1]!);
  out[f++] = hash2(26, w.shape, t1);
  out[f++] = hash2(45, t1, w.cluster8);
  return f;
}

export const MAX_TAGGER_FEATURES = 48;
