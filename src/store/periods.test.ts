import { describe, expect, it } from 'vitest';
import { monthOf, periodOf, sortDate, weekOf } from './periods.js';

describe('periods', () => {
  it.each([
    ['2022-10-04', { lo: '2022-10-04', hi: '2022-10-04' }],
    ['2022-09', { lo: '2022-09-01', hi: '2022-09-30' }],
    ['2024-02', { lo: '2024-02-01', hi: '2024-02-29' }],
    ['2020', { lo: '2020-01-01', hi: '2020-12-31' }],
    ['199', { lo: '1990-01-01', hi: '1999-12-31' }],
    [null, null],
  ])('should give the days %s covers', (date, expected) => {
    expect(periodOf(date)).toEqual(expected);
  });

  it.each([
    ['2022-10-04', '2022-10-03'], // a Tuesday
    ['2022-10-02', '2022-09-26'], // a Sunday belongs to the week before
    ['2022-10-03', '2022-10-03'],
    ['2022-10', null],
  ])('should give the Monday of the week of %s', (date, expected) => {
    expect(weekOf(date)).toBe(expected);
  });

  it.each([['2022-09-20', '2022-09'], ['2022-09', '2022-09'], ['2022', null], [null, null]])('should give the month of %s', (date, expected) => {
    expect(monthOf(date)).toBe(expected);
  });
});

describe('sortDate', () => {
  it.each([
    ['2022-10-04', '2022-10-04'],
    ['2022-09', '2022-09-01'], // a month sorts from its first day
    ['2020', '2020-12-31'], // a year or coarser from its last day, so a since-bound can seek
    ['199', '1999-12-31'],
    [null, '~'],
  ])('should sort %s as %s', (date, expected) => {
    expect(sortDate(date)).toBe(expected);
  });
});
