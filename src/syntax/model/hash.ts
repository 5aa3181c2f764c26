/**
 * Feature hashing. A feature is a template number and up to four integer values (hashed word
 * forms, tag ids, label ids, distances); it is turned into one unsigned 32-bit key with MurmurHash3's
 * mixing steps, so no feature string is ever built on the hot path. Keys of different features
 * collide with probability about n²/2³³ — a handful among millions, which a linear model absorbs.
 */
import { murmurFinish } from '../../core/murmur.js';

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function mixIn(h: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = rotl(k, 15);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = rotl(h, 13);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

const finish = murmurFinish;

export function hash1(template: number, a: number): number {
  return finish(mixIn(mixIn(template, a), 1));
}

export function hash2(template: number, a: number, b: number): number {
  return finish(mixIn(mixIn(mixIn(template, a), b), 2));
}

export function hash3(template: number, a: number, b: number, c: number): number {
  return finish(mixIn(mixIn(mixIn(mixIn(template, a), b), c), 3));
}

export function hash4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(mixIn(mixIn(mixIn(mixIn(mixIn(template, a), b), c), d), 4));
}

/** A 32-bit hash of a string (FNV-1a over UTF-16 code units, then mixed), for word forms and affixes. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finish(h);
}

const tagHashes = new Map<string, number>();
/** Tags remembered at most (tag sets are closed classes of a few dozen; the bound only guards odd input). */
const TAG_HASHES_LIMIT = 4096;

/**
 * `hashString` of a tag, remembered: every word of every sentence hashes its tags (the tagger's
 * input tags, the parser's), and a tag set is a few dozen strings.
 */
export function hashTag(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) {
    h = hashString(tag);
    if (tagHashes.size < TAG_HASHES_LIMIT) tagHashes.set(tag, h);
  }
  return h;
}
