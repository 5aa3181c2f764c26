import type { Span } from '../../core/span.js';

/**
 * Rough sentence spans for callers that have no `sentences` layer (plain-string use, the eval).
 * Splits after . ! ? followed by a capital or quote, and at blank lines; good enough to bound the
 * tense probe, not a sentence splitter.
 */
export function naiveSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["'”’]?\s+(?=["“'‘A-Z])|\n\s*\n/g)) {
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
