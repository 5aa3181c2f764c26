import type { ArticleDoc } from '../core/document.js';
import type { SaveOptions } from '../store/index.js';
import { murmurFinish } from '../core/murmur.js';
import { cleanInput } from '../stages/clean/index.js';

/**
 * Near-duplicate detection for wire copies: the same AP/AFP/Reuters story re-published by many
 * outlets with different furniture (headline, byline, "GENEVA (AFP) —" dateline, "Read more"
 * lines, a trimmed last paragraph). Exact copies already share an id (the content hash); these
 * do not, because a single changed byte changes the hash.
 *
 * Method: MinHash over 5-word shingles of the *cleaned* text (`doc.text`), 128 hash functions,
 * compared with LSH in 32 bands of 4 rows. Opinions, with the figures behind them:
 * - 5-word shingles: two reports of the same meeting written separately share names and phrases
 *   ("the foreign ministers of Armenia and Azerbaijan") but few runs of five words, so their
 *   similarity stays near 0.1; a wire copy with new furniture keeps nearly every run (≥ 0.7).
 * - THRESHOLD 0.5 (estimated Jaccard of the shingle sets): a copy that drops its last third still
 *   scores about 0.6; two different stories on one topic score under 0.2 in the tests.
 * - LSH 32×4: a pair at similarity 0.5 shares at least one band with probability 1-(1-0.5⁴)³² ≈ 0.87,
 *   at 0.6 ≈ 0.99, at 0.2 only ≈ 0.05; every candidate is then checked on the full signature.
 * - Texts under MIN_WORDS words get no signature: short briefs ("Markets closed higher on
 *   Tuesday.") would match each other by chance.
 */
export const NEAR_DUPLICATE = {
  shingleWords: 5,
  hashes: 128,
  bands: 32,
  rows: 4,
  threshold: 0.5,
  minWords: 30,
} as const;

/** A MinHash signature: `NEAR_DUPLICATE.hashes` minimum hash values. */
export type Signature = Uint32Array;

/** Murmur3's finaliser: `mix(x ^ seed)` is one hash function per seed. */
const mix = murmurFinish;

const SEEDS = Uint32Array.from({ length: NEAR_DUPLICATE.hashes }, (_, i) => mix((i + 1) * 0x9e3779b9));

/** FNV-1a over a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lower-cased words of letters and digits, NFKC-normalised so "ﬁre" and "fire" are one word. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The MinHash signature of a cleaned text, or undefined when it has fewer than
 * `NEAR_DUPLICATE.minWords` words (too short to compare reliably).
 * @example
 * similarity(signature(wireCopyA)!, signature(wireCopyB)!) // 0.86
 */
export function signature(text: string): Signature | undefined {
  const tokens = words(text);
  if (tokens.length < NEAR_DUPLICATE.minWords) return undefined;
  const k = NEAR_DUPLICATE.shingleWords;
  const shingles = new Set<number>();
  for (let i = 0; i + k <= tokens.length; i++) shingles.add(fnv1a(tokens.slice(i, i + k).join(' ')));
  const sig = new Uint32Array(NEAR_DUPLICATE.hashes).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let j = 0; j < sig.length; j++) {
      const h = mix(shingle ^ SEEDS[j]!);
      if (h < sig[j]!) sig[j] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal signature positions. */
export function similarity(a: Signature, b: Signature): number {
  if (a.length !== b.length) throw new RangeError(`Signatures differ in length (${a.length} vs ${b.length}); compare signatures made by the same version.`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The LSH band keys of a signature: `"<band>:<rows as hex>"`, one per band. */
export function bandKeys(sig: Signature): string[] {
  const { bands, rows } = NEAR_DUPLICATE;
  return Array.from({ length: bands }, (_, band) => {
    let key = `${band}:`;
    for (let r = 0; r < rows; r++) key += sig[band * rows + r]!.toString(16).padStart(8, '0');
    return key;
  });
}

/** Base64 of the signature's bytes (little-endian), as the store keeps it. */
export function encodeSignature(sig: Signature): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

export function decodeSignature(text: string): Signature {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/** The store methods near-duplicate detection needs (a `Store` has them). */
export interface SignatureStore {
  saveSignature(docId: string, signature: string, bandKeys: readonly string[]): Promise<void>;
  findSignatureCandidates(bandKeys: readonly string[], limit?: number): Promise<readonly { docId: string; signature: string }[]>;
}

/** The cleaned text to compare: `doc.text` once `clean` ran, else a cleaning of `doc.raw` made here. */
function cleanedText(doc: ArticleDoc): string {
  return doc.text.length > 0 ? doc.text : cleanInput(doc.raw, doc.source.format).text;
}

/** An earlier document that the given one repeats, with the estimated similarity. */
export interface NearDuplicateMatch {
  readonly id: string;
  readonly similarity: number;
}

/**
 * The earlier stored document this one repeats (estimated similarity ≥ `threshold`), the most
 * similar one when several are; undefined when none is, or when the text is too short to judge.
 * Uses `doc.text` when set; otherwise cleans `doc.raw` itself.
 */
export async function findNearDuplicateMatch(store: SignatureStore, doc: ArticleDoc, threshold: number = NEAR_DUPLICATE.threshold): Promise<NearDuplicateMatch | undefined> {
  const sig = signature(cleanedText(doc));
  if (!sig) return undefined;
  return bestMatch(sig, (await store.findSignatureCandidates(bandKeys(sig))).filter((candidate) => candidate.docId !== doc.id), threshold);
}

/** The most similar of the candidates at `threshold` or above (the first on a tie, as the store lists them). */
function bestMatch(sig: Signature, candidates: readonly { docId: string; signature: string }[], threshold: number): NearDuplicateMatch | undefined {
  let best: NearDuplicateMatch | undefined;
  for (const candidate of candidates) {
    const score = similarity(sig, decodeSignature(candidate.signature));
    if (score >= threshold && (best === undefined || score > best.similarity)) best = { id: candidate.docId, similarity: score };
  }
  return best;
}

/**
 * The id of an earlier stored document that this one repeats, or undefined.
 * @example
 * const original = await findNearDuplicate(store, doc);
 * if (original) await store.saveDocument(doc, runId, { status: 'skipped', reason: `near-duplicate of ${original}`, nearDuplicateOf: original });
 */
export async function findNearDuplicate(store: SignatureStore, doc: ArticleDoc): Promise<string | undefined> {
  return (await findNearDuplicateMatch(store, doc))?.id;
}

/**
 * Adds a saved document to the near-duplicate index so later copies find it. Returns false when
 * its text is too short to get a signature. Call it after `saveDocument`, for originals only.
 */
export async function rememberDocument(store: SignatureStore, doc: ArticleDoc): Promise<boolean> {
  const record = signatureRecord(doc);
  if (!record) return false;
  await store.saveSignature(doc.id, record.value, record.bandKeys);
  return true;
}

/**
 * The signature of a document as the store keeps it, or undefined when its text is too short.
 * Pass it to `saveDocument(…, { signature })` so the document and its signature are written in
 * one transaction.
 */
export function signatureRecord(doc: ArticleDoc): { value: string; bandKeys: string[] } | undefined {
  const sig = signature(cleanedText(doc));
  return sig ? { value: encodeSignature(sig), bandKeys: bandKeys(sig) } : undefined;
}

/**
 * The save options that make the store decide, inside the document's transaction, whether it
 * repeats a stored document (`SaveOptions.originalOf`), and store its signature when it does not.
 * Empty when the text is too short to get a signature.
 * @example
 * const { saved, nearDuplicateOf } = (await store.saveDocuments([{ doc, status: { status: 'coded' }, options: nearDuplicateCheck(doc) }], runId))[0];
 */
export function nearDuplicateCheck(doc: ArticleDoc, threshold: number = NEAR_DUPLICATE.threshold): Pick<SaveOptions, 'signature' | 'originalOf'> {
  const sig = signature(cleanedText(doc));
  if (!sig) return {};
  return {
    signature: { value: encodeSignature(sig), bandKeys: bandKeys(sig) },
    originalOf: (candidates) => bestMatch(sig, candidates, threshold)?.id,
  };
}
