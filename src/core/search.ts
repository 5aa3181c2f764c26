import type { Sentence, Token } from './document.js';

/**
 * Binary searches over the document's sorted layers. A stage that looks up "the token after this
 * name" or "the sentence holding this mention" with `findIndex` pays for the whole layer on every
 * lookup, which makes a long text quadratic; these pay its logarithm.
 */

/** Index of the first token starting at or after `offset`, or -1 when none does. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** The sentence whose span holds `[start, end)`, or undefined (sentences are sorted and do not overlap). */
export function sentenceHolding(sentences: readonly Sentence[], start: number, end: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.span.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // An empty range on the boundary of two sentences belongs to the first (as a scan from the start finds it).
  const previous = found > 0 ? sentences[found - 1] : undefined;
  if (previous && start >= previous.span.start && end <= previous.span.end) return previous;
  const sentence = found >= 0 ? sentences[found] : undefined;
  return sentence && end <= sentence.span.end ? sentence : undefined;
}

/** Index of the first record whose span starts at or after `offset`, in a list sorted by start (mentions). */
export function firstSpanFrom(records: readonly { readonly span: { readonly start: number } }[], offset: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
