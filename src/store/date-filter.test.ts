import { describe, expect, it } from 'vitest';
import { coarserDates, normalizeBound } from './date-filter.js';

describe('normalizeBound', () => {
  const good: [string, string][] = [
    ['2022', '2022'],
    ['2022-09', '2022-09'],
    ['2022-09-20', '2022-09-20'],
    ['2022-10-04T09:30:00Z', '2022-10-04'],
    ['2022-10-04T09:30:00+04:00', '2022-10-04'],
  ];
  it.each(good)('should accept %j as %j', (input, expected) => {
    expect(normalizeBound('since', input)).toBe(expected);
  });

  const bad = ['Sept 2022', '22', '2022-9', '2022/09/20', '', '20220920'];
  it.each(bad)('should throw a RangeError with the expected form for %j', (input) => {
    expect(() => normalizeBound('until', input)).toThrow(/use YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});

describe('coarserDates', () => {
  const cases: [string, string[]][] = [
    ['2022-09-20', ['2022-09', '2022', '202', '20']],
    ['2022-09', ['2022', '202', '20']],
    ['1995', ['199', '19']],
  ];
  it.each(cases)('should list the periods holding %j', (bound, expected) => {
    expect(coarserDates(bound)).toEqual(expected);
  });
});
