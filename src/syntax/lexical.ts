import { beyondLatin1, plainLatin } from '../nlp/plain-latin.js';
import { clusterOf } from './clusters.js';
import { hashString } from './model/hash.js';

/**
 * What the tagger and parser know of a word before any context: hashes of its lower-cased form,
 * affixes and shape. Computed once per token, so feature extraction only combines integers.
 */
export interface Lexeme {
  readonly lower: number;
  readonly prefix1: number;
  readonly prefix2: number;
  readonly prefix3: number;
  readonly suffix1: number;
  readonly suffix2: number;
  readonly suffix3: number;
  readonly suffix4: number;
  /** Word shape with runs collapsed: "Kharkiv" → "Xx", "2,000" → "d,d", "U.S." → "X.X.". */
  readonly shape: number;
  /** Capitalisation and character-class flags (see FLAG_*). */
  readonly flags: number;
  /** Word-cluster classes at three grains (16 / 256 / 4,096), -1 for a word without a cluster. */
  readonly cluster4: number;
  readonly cluster8: number;
  readonly cluster12: number;
}

export const FLAG_TITLE = 1;
export const FLAG_UPPER = 2;
export const FLAG_DIGIT = 4;
export const FLAG_HYPHEN = 8;
export const FLAG_PUNCT = 16;
export const FLAG_LOWER = 32;

const cache = new Map<string, Lexeme>();
const CACHE_LIMIT = 200_000;

/** The lexeme of a word form (cached per process: news repeats its words). */
export function lexeme(form: string): Lexeme {
  const hit = cache.get(form);
  if (hit) return hit;
  // A word spelt with letters of its own language ("Erdoğan", "Şanlıurfa") is read in the plain
  // spelling English text mostly uses for it: its affixes and cluster are those the model knows.
  const lower = beyondLatin1(form) ? plainLatin(form.toLowerCase()) : form.toLowerCase();
  let flags = 0;
  if (/^\p{Lu}/u.test(form)) flags |= FLAG_TITLE;
  if (/\p{L}/u.test(form) && form === form.toUpperCase()) flags |= FLAG_UPPER;
  if (/\d/.test(form)) flags |= FLAG_DIGIT;
  if (form.includes('-')) flags |= FLAG_HYPHEN;
  if (/^[^\p{L}\p{N}]+$/u.test(form)) flags |= FLAG_PUNCT;
  if (form === form.toLowerCase() && /\p{L}/u.test(form)) flags |= FLAG_LOWER;
  const made: Lexeme = {
    lower: hashString(lower),
    prefix1: hashString(lower.slice(0, 1)),
    prefix2: hashString(lower.slice(0, 2)),
    prefix3: hashString(lower.slice(0, 3)),
    suffix1: hashString(lower.slice(-1)),
    suffix2: hashString(lower.slice(-2)),
    suffix3: hashString(lower.slice(-3)),
    suffix4: hashString(lower.slice(-4)),
    shape: hashString(shapeOf(form)),
    flags,
    ...clusterClasses(lower),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(form, made);
  return made;
}

/** "Kharkiv" → "Xx", "al-Ani" → "x-Xx", "1,500" → "d,d", "U.S." → "X.X." (runs of a class collapsed). */
export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

function clusterClasses(lower: string): Pick<Lexeme, 'cluster4' | 'cluster8' | 'cluster12'> {
  // Numbers share one class whatever their digits ("1,500" like "17").
  const path = clusterOf(/^\d[\d,.]*$/.test(lower) ? '17' : lower);
  if (path < 0) return { cluster4: -1, cluster8: -1, cluster12: -1 };
  return { cluster4: path >> 8, cluster8: path >> 4, cluster12: path };
}
