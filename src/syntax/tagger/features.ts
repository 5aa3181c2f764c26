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

export interface TaggerContext {
  readonly lexemes: readonly Lexeme[];
  /** Ambiguity class per word (0 when the word is rare or unseen). */
  readonly ambiguity: Int32Array;
  /** Tags predicted so far (index < i). */
  readonly tags: Int32Array;
  /** An outside tagger's tag per word (hashed), when one is used as input; 0 = none. */
  readonly external?: Int32Array;
}

/** Fills `out` with the feature keys for word `i`; returns how many. */
export function taggerFeatures(context: TaggerContext, i: number, out: Uint32Array): number {
  const { lexemes, ambiguity, tags } = context;
  const n = lexemes.length;
  const w = lexemes[i]!;
  const word = (k: number) => (k < 0 ? START : k >= n ? END : lexemes[k]!.lower);
  const amb = (k: number) => (k < 0 ? START : k >= n ? END : ambiguity[k]!);
  const suffix3 = (k: number) => (k < 0 ? START : k >= n ? END : lexemes[k]!.suffix3);
  const t1 = i > 0 ? tags[i - 1]! : START;
  const t2 = i > 1 ? tags[i - 2]! : START;
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
  out[f++] = hash2(9, w.flags, i === 0 ? 1 : 0);
  out[f++] = hash1(10, t1);
  out[f++] = hash2(11, t1, t2);
  out[f++] = hash2(12, t1, w.lower);
  out[f++] = hash1(13, word(i - 1));
  out[f++] = hash1(14, suffix3(i - 1));
  out[f++] = hash1(15, word(i - 2));
  out[f++] = hash1(16, word(i + 1));
  out[f++] = hash1(17, suffix3(i + 1));
  out[f++] = hash1(18, word(i + 2));
  out[f++] = hash1(19, amb(i + 1));
  out[f++] = hash2(20, amb(i + 1), amb(i + 2));
  out[f++] = hash1(21, amb(i));
  out[f++] = hash2(22, t1, amb(i + 1));
  out[f++] = hash2(23, w.lower, word(i + 1));
  out[f++] = hash2(24, word(i - 1), w.lower);
  out[f++] = hash3(25, t1, w.suffix3, amb(i + 1));
  out[f++] = hash2(26, w.shape, t1);
  out[f++] = hash2(27, w.suffix3, word(i + 1));
  const cluster12 = (k: number) => (k < 0 ? START : k >= n ? END : lexemes[k]!.cluster12);
  const cluster8 = (k: number) => (k < 0 ? START : k >= n ? END : lexemes[k]!.cluster8);
  out[f++] = hash1(40, w.cluster12);
  out[f++] = hash1(41, w.cluster8);
  out[f++] = hash1(42, w.cluster4);
  out[f++] = hash1(43, cluster12(i + 1));
  out[f++] = hash1(44, cluster12(i - 1));
  out[f++] = hash2(45, t1, w.cluster8);
  out[f++] = hash2(46, w.cluster8, cluster8(i + 1));
  out[f++] = hash2(47, w.cluster12, w.suffix2);
  const external = context.external;
  if (external) {
    const ext = (k: number) => (k < 0 ? START : k >= n ? END : external[k]!);
    out[f++] = hash1(28, ext(i));
    out[f++] = hash2(29, ext(i), w.lower);
    out[f++] = hash2(30, ext(i), ext(i + 1));
    out[f++] = hash2(31, ext(i - 1), ext(i));
    out[f++] = hash2(32, ext(i), amb(i));
  }
  return f;
}

export const MAX_TAGGER_FEATURES = 48;
