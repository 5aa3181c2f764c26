import type { Token } from '../../core/document.js';

const LOWER = /\p{Ll}/u;

/** Whether a word starts with a capital letter (a fast path for ASCII: this runs on every token). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text[0]!;
  return first !== first.toLowerCase();
}

/**
 * Whether a sentence is written in capitals ("STOLTENBERG VISITS KYIV"): a
 * headline or a dateline. Capitals then say nothing about names and the tagger calls every word a
 * proper noun, so names are found from the gazetteer and from names known elsewhere in the article.
 */
export function isShouted(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    if (text.length < 2 || !startsUpper(text)) {
      // A word in lower case counts against; punctuation and numbers do not count.
      if (text.length >= 2 && LOWER.test(text)) words++;
      continue;
    }
    words++;
    if (!LOWER.test(text)) caps++;
  }
  return words > 0 && caps / words >= 0.6;
}

/**
 * "NEW YORK" → "New York", "U.S." → "U.S.": letters after the first of each word lower-cased.
 * Keeps the length, so offsets into the copy are offsets into the original (a character whose
 * lower case is longer, like "İ", is left as it is).
 */
export function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const rest = word.slice(1).toLowerCase();
    return rest.length === word.length - 1 ? word[0]! + rest : word;
  });
}
