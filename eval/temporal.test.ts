import { describe, expect, it } from 'vitest';
import { chronoNormaliser, evaluateTemporal, expressionSpan, formatTemporalMarkdown, loadTemporalSet, matchGuess, scoreTemporal, type Normaliser, type TemporalItem } from './temporal.js';

const item = (over: Partial<TemporalItem>): TemporalItem => ({
  id: 'x1', source: 'hand-made', text: 'Azerbaijan freed 17 prisoners on Tuesday.', reference: '2022-10-04',
  expression: 'Tuesday', value: '2022-10-04', precision: 'day', ...over,
});

describe('temporal scorer', () => {
  it('should find the n-th occurrence of the expression', () => {
    const text = 'Talks on Tuesday, and again on Tuesday.';
    expect(expressionSpan(item({ text, occurrence: 1 }))).toEqual({ start: 31, end: 38 });
  });

  it('should pick the guess overlapping the expression most, and none when nothing touches it', () => {
    const guesses = [{ span: { start: 0, end: 3 }, value: 'a', precision: 'day' as const }, { span: { start: 10, end: 20 }, value: 'b', precision: 'day' as const }];
    expect(matchGuess({ start: 12, end: 15 }, guesses)?.value).toBe('b');
    expect(matchGuess({ start: 5, end: 8 }, guesses)).toBeNull();
  });

  it.each<[string, Normaliser, number, number]>([
    ['right value and precision', () => [{ span: { start: 33, end: 40 }, value: '2022-10-04', precision: 'day' }], 1, 1],
    ['right precision, wrong value', () => [{ span: { start: 33, end: 40 }, value: '2022-10-11', precision: 'day' }], 0, 1],
    ['a miss', () => [], 0, 0],
  ])('should score %s', (_name, normaliser, value, precision) => {
    expect(scoreTemporal([item({})], normaliser).score).toEqual({ valueAccuracy: value, precisionAccuracy: precision, n: 1 });
  });

  it('should require the range end when one is expected', () => {
    const range = item({ text: 'Crimes during the 1991-1995 war.', expression: '1991-1995', value: '1991', end: '1995', precision: 'year' });
    const without: Normaliser = () => [{ span: { start: 18, end: 27 }, value: '1991', precision: 'year' }];
    const withEnd: Normaliser = () => [{ span: { start: 18, end: 27 }, value: '1991', precision: 'year', end: '1995' }];
    expect(scoreTemporal([range], without).score.valueAccuracy).toBe(0);
    expect(scoreTemporal([range], withEnd).score.valueAccuracy).toBe(1);
  });

  it('should map chrono results to a value at the precision it is certain of', () => {
    expect(chronoNormaliser('They met on September 20.', '2022-10-04')).toMatchObject([{ value: '2022-09-20', precision: 'day' }]);
    expect(chronoNormaliser('Clashes erupted last month.', '2022-10-04')).toMatchObject([{ value: '2022-09', precision: 'month' }]);
  });

  it('should score both systems on the same items and render a table', () => {
    const result = evaluateTemporal([item({})]);
    expect(result.ours).toEqual({ valueAccuracy: 1, precisionAccuracy: 1, n: 1 });
    expect(result.chrono.n).toBe(1);
    expect(formatTemporalMarkdown(result)).toContain('| Chronicle `dates` | 100.0% | 100.0% | 1 |');
  });

  it('should load a set of at least 60 items whose expressions are in their texts', () => {
    const items = loadTemporalSet();
    expect(items.length).toBeGreaterThanOrEqual(60);
    for (const i of items) {
      expect(() => expressionSpan(i)).not.toThrow();
      expect(i.source).not.toBe('');
    }
  });
});
