import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, MAX_PLAUSIBLE_COUNT, parseNumber } from './index.js';

/**
 * Property tests for the number parser and the quantity finder: no throw, no NaN, no negative
 * or absurd figure, and every span (the number, its head noun, its cue) covers exactly its text.
 */
const TOKENS = ['at least', 'more than', 'about', 'up to', 'some', 'nearly', 'between', 'and', 'to', '-', '17', '286', '6,500', '1,000,000', '1.3',
  '999999999999999999999', '10^40', '1e30', '0', '00', '0.5', '12,34', '1,2,3', 'million', 'billion', 'hundred', 'thousand', 'dozen', 'dozens of', 'hundreds of',
  'two', 'twenty-five', 'a', 'one hundred and fifty', 'billion billion', 'people', 'civilians', 'soldiers', 'prisoners of war', 'Armenian', 'were', 'killed',
  'wounded', 'arrested', 'dead', 'displaced', 'troops', 'tanks', 'in', 'on', 'October', '2022', 'aged', '$', '%', 'km', 'G20', 'COVID-19', '10:30', ',', '.', '\n\n'];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(' '));

function check(input: string): void {
  for (const q of findQuantities(input)) {
    for (const span of [q.span, q.head, q.cue]) {
      if (!span) continue;
      expect(0 <= span.start && span.start <= span.end && span.end <= input.length, JSON.stringify(q)).toBe(true);
    }
    expect(input.slice(q.span.start, q.span.end)).toBe(q.text);
    if (q.head) expect(input.slice(q.head.start, q.head.end)).toBe(q.head.text);
    if (q.cue) expect(input.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    for (const value of [q.value, q.max ?? 0]) {
      expect(Number.isFinite(value) && value >= 0 && value <= MAX_PLAUSIBLE_COUNT, JSON.stringify(q)).toBe(true);
    }
    if (q.max !== undefined) expect(q.max).toBeGreaterThan(q.value);
  }
}

describe('findQuantities (property)', () => {
  it('should find only sane figures with exact spans in number-heavy text', () => {
    fc.assert(fc.property(text, check), { numRuns: 400 });
  });

  it('should not throw on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 200 });
  });
});

describe('parseNumber (property)', () => {
  it('should read any grouped or plain digit string as its value', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(parseNumber(String(n))).toBe(n);
      expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
    }), { numRuns: 200 });
  });

  it('should return a finite non-negative number or undefined for any string', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((t) => t.join(' '))), (phrase) => {
      const value = parseNumber(phrase);
      if (value !== undefined) expect(Number.isFinite(value) && value >= 0, `${phrase} → ${value}`).toBe(true);
    }), { numRuns: 300 });
  });
});
