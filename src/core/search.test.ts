import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSpanFrom, firstTokenFrom, sentenceHolding } from './search.js';
import type { Sentence, Token } from './document.js';

/** Sorted, non-overlapping spans from gaps and lengths. */
const layout = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 6 })), { maxLength: 40 }).map((parts) => {
  let at = 0;
  return parts.map(([gap, length]) => {
    const start = at + gap;
    at = start + length;
    return { start, end: at };
  });
});

describe('binary searches agree with a linear scan', () => {
  it('firstTokenFrom, firstSpanFrom and sentenceHolding', () => {
    fc.assert(fc.property(layout, fc.integer({ min: -2, max: 300 }), fc.integer({ min: 0, max: 8 }), (spans, offset, width) => {
      const tokens = spans.map((s) => ({ ...s }) as Token);
      expect(firstTokenFrom(tokens, offset)).toBe(tokens.findIndex((t) => t.start >= offset));
      const records = spans.map((span) => ({ span }));
      const linear = records.findIndex((r) => r.span.start >= offset);
      expect(firstSpanFrom(records, offset)).toBe(linear < 0 ? records.length : linear);
      const sentences = spans.map((span, index) => ({ span, index }) as unknown as Sentence);
      expect(sentenceHolding(sentences, offset, offset + width)).toBe(sentences.find((x) => x.span.start <= offset && offset + width <= x.span.end));
    }), { numRuns: 3000 });
  });
});
