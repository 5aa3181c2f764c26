import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../../core/document.js';
import { normalizeTimes } from './index.js';

/**
 * Property tests for the date normaliser over text made of date-like words (months, weekdays,
 * numbers, "ago", "last", ranges, impossible days): it never throws, every span lies inside the
 * text and covers exactly the recorded text, and every value is well-formed for its precision.
 */
const TOKENS = ['January', 'February', 'Feb.', 'Sept.', 'March', 'December', '30', '31', '29', '0', '00', '1', '2022', '1999', '0000', '9999', '10000', '1990s',
  "'90s", 'the', 'of', 'on', 'in', 'since', 'from', 'to', 'until', 'between', 'and', '-', '–', ',', '.', 'Monday', 'Tuesday', 'last', 'next', 'this', 'week',
  'month', 'year', 'years', 'ago', 'two', 'six-week', 'days', 'yesterday', 'today', 'tomorrow', 'century', '20th', 'early', 'late', 'mid-', 'will', 'said',
  '2022-02-30', '2022-10-04', '2022-13-01', '12/31/2022', 'Q3', '\u00a0', '\n\n'];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(' '));
// Years 1–9998: a reference date of 9999-12-31 makes "will meet on Tuesday" fall in year 10000,
// whose value ('10000-01-04') no 4-digit format can hold; ingest never sees such a date in news.
const published = fc.constantFrom('2022-10-04', '2020-02-29', '2000-01-01', '1999-12-31', '0001-01-01', '9998-12-31', '2022-02-30', 'not a date', '');

const FORMAT: Record<TimeExpression['precision'], RegExp> = {
  day: /^-?\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^-?\d{4}-(0[1-9]|1[0-2])$/,
  year: /^-?\d{4}$/,
  decade: /^-?\d{3}$/,
  century: /^-?\d{2}$/,
};

function check(input: string, reference: string): void {
  for (const time of normalizeTimes(input, reference)) {
    expect(0 <= time.span.start && time.span.start < time.span.end && time.span.end <= input.length, JSON.stringify(time)).toBe(true);
    expect(input.slice(time.span.start, time.span.end)).toBe(time.text);
    if (time.type === 'duration') {
      expect(time.duration ?? time.value).toMatch(/^P(\d+(\.\d+)?[YMWD])+$/);
      continue;
    }
    expect(time.value, JSON.stringify(time)).toMatch(FORMAT[time.precision]);
    if (time.precision === 'day') {
      // A day that exists in the calendar: "February 30" must never get a value.
      const [y, m, d] = time.value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(2000, m - 1, d));
      date.setUTCFullYear(y);
      expect(date.getUTCDate(), time.value).toBe(d);
    }
    if (time.end !== undefined) expect(time.end, JSON.stringify(time)).toMatch(FORMAT[time.precision]);
  }
}

describe('normalizeTimes (property)', () => {
  it('should give well-formed values and exact spans for any date-like text', () => {
    fc.assert(fc.property(text, published, check), { numRuns: 400 });
  });

  it('should not throw on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), published, check), { numRuns: 200 });
  });
});
