import type { Token } from '../core/document.js';

/** Word sequences indexed by their first word, longest first, for longest-match lookup over tokens. */
export interface PhraseIndex<T> {
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly value: T }[]>;
}

export function buildPhraseIndex<T>(items: Iterable<{ words: readonly string[]; value: T }>): PhraseIndex<T> {
  const byFirst = new Map<string, { words: readonly string[]; value: T }[]>();
  for (const item of items) {
    const first = item.words[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push(item);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** The longest phrase starting at token `i` (words compared with the tokens' lower-case forms), ending before `end`. */
export function longestAt<T>(index: PhraseIndex<T>, tokens: readonly Token[], i: number, end: number): { words: readonly string[]; value: T } | null {
  const candidates = index.byFirst.get(tokens[i]!.normal);
  if (!candidates) return null;
  for (const c of candidates) {
    if (i + c.words.length > end) continue;
    if (c.words.every((w, k) => tokens[i + k]!.normal === w)) return c;
  }
  return null;
}
