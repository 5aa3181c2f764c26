import type { Token } from '../core/document.js';
import { plainLatin } from '../nlp/plain-latin.js';

/** A phrase of an index and what it stands for. */
export interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/**
 * Word sequences indexed by their first word, longest first, for longest-match lookup over tokens.
 * Only `get` is asked of `byFirst`: a Map built here, or a reader over tables in shared memory
 * (src/dictionaries/phoenix/shared-actors.ts).
 */
export interface PhraseIndex<T> {
  readonly byFirst: { get(first: string): readonly Phrase<T>[] | undefined };
}

/** Where a dictionary word may have been split by the tokenizer: "barad-dur" → "barad" "-" "dur". */
const JOINERS = /[-_]/;

export function buildPhraseIndex<T>(items: Iterable<Phrase<T>>): PhraseIndex<T> & { readonly byFirst: ReadonlyMap<string, readonly Phrase<T>[]> } {
  const byFirst = new Map<string, Phrase<T>[]>();
  const add = (key: string, item: Phrase<T>) => {
    const list = byFirst.get(key) ?? [];
    list.push(item);
    byFirst.set(key, list);
  };
  for (const item of items) {
    const first = item.words[0];
    if (!first) continue;
    add(first, item);
    // Also under the first piece of a joined word, for when the tokenizer splits it.
    const piece = first.split(JOINERS)[0];
    if (piece && piece !== first) add(piece, item);
  }
  const size = (words: readonly string[]) => words.join(' ').length;
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || size(b.words) - size(a.words));
  return { byFirst };
}

/**
 * The longest phrase starting at token `i` (words compared with the tokens' lower-case forms),
 * ending before `end`, with the number of tokens it covers. A dictionary word may span tokens
 * written without spaces ("Barad-dur" tokenized as "Barad" "-" "dur"), and an underscore written
 * between words joins them as a space does ("Dol_Amroth" for DOL AMROTH). A word written with
 * letters of its own language matches the dictionary's plain spelling ("Vučić" for VUCIC).
 */
export function longestAt<T>(index: PhraseIndex<T>, tokens: readonly Token[], i: number, end: number): { words: readonly string[]; value: T; length: number } | null {
  const normal = tokens[i]!.normal;
  let candidates = index.byFirst.get(normal);
  if (!candidates) {
    // Most words head no phrase: the plain spelling is made (once) only for those.
    const plain = plainLatin(normal);
    if (plain === normal) return null;
    candidates = index.byFirst.get(plain);
    if (!candidates) return null;
  }
  for (const c of candidates) {
    const length = matchWords(c.words, tokens, i, end);
    // Written out, not spread: every index's phrases are `{ words, value }` (the shared Phoenix
    // index's `value` a getter, read here as the spread read it), so the result is the same object.
    if (length > 0) return { words: c.words, value: c.value, length };
  }
  return null;
}

/** Tokens covered by `words` from token `i`, or 0 when they do not match there. */
function matchWords(words: readonly string[], tokens: readonly Token[], i: number, end: number): number {
  let pos = i;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (w > 0 && pos < end && tokens[pos]!.text === '_' && glued(tokens, pos - 1) && glued(tokens, pos)) pos++;
    if (pos >= end) return 0;
    const normal = tokens[pos]!.normal;
    if (normal === word || plainLatin(normal) === word) { pos++; continue; }
    let text = '';
    let k = pos;
    while (k < end && text.length < word.length && (k === pos || glued(tokens, k - 1))) text += tokens[k++]!.normal;
    if (text !== word || k - pos < 2) return 0;
    pos = k;
  }
  return pos - i;
}

/** Token `k` and the next are written with no space between them. */
function glued(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return !!a && !!b && a.end === b.start;
}
