import { describe, expect, it } from 'vitest';
import { bucketTimeline, chooseInterval, weekStart } from './timeline.js';

describe('weekStart', () => {
  it.each([
    ['2022-10-04', '2022-10-03'], // "freed … on Tuesday": the week of Monday 3 October
    ['2022-10-03', '2022-10-03'],
    ['2022-10-02', '2022-09-26'], // Geneva talks "on Sunday" close the week before
    ['2023-01-01', '2022-12-26'],
  ])('should put %s in the ISO week starting %s', (day, monday) => {
    expect(weekStart(day)).toBe(monday);
  });
});

describe('bucketTimeline', () => {
  const rows = [
    { date: '2022-10-04', type: 'RETREAT', background: false, count: 1 },
    { date: '2022-10-02', type: 'CONSULT', background: false, count: 1 },
    { date: '2022-09', type: 'ASSAULT', background: false, count: 1 }, // "last month"
    { date: '2020', type: 'ASSAULT', background: true, count: 2 }, // "in 2020"
    { date: '199', type: 'ASSAULT', background: true, count: 1 }, // "in the 1990s"
    { date: null, type: 'AGREE', background: false, count: 1 },
  ];

  it.each([
    ['day', ['2022-10-02', '2022-10-04'], { month: 1, year: 2, decade: 1, undated: 1 }],
    ['week', ['2022-09-26', '2022-10-03'], { month: 1, year: 2, decade: 1, undated: 1 }],
    ['month', ['2022-09', '2022-10'], { year: 2, decade: 1, undated: 1 }],
    ['year', ['2020', '2022'], { decade: 1, undated: 1 }],
  ] as const)('should draw %s bars only for dates at least that precise', (interval, periods, unplaced) => {
    const timeline = bucketTimeline(rows, interval);
    expect(timeline.buckets.map((b) => b.period)).toEqual(periods);
    expect(Object.fromEntries(timeline.unplaced.map((u) => [u.precision, u.count]))).toEqual(unplaced);
    expect(timeline.total).toBe(7);
  });

  it('should give each week bucket its Monday-to-Sunday bounds for filtering', () => {
    const [first] = bucketTimeline(rows, 'week').buckets;
    expect([first?.since, first?.until]).toEqual(['2022-09-26', '2022-10-02']);
  });

  it('should keep background counts apart from current ones in the same bar', () => {
    const year2020 = bucketTimeline([...rows, { date: '2020-11-10', type: 'ASSAULT', background: false, count: 1 }], 'year').buckets[0];
    expect(year2020?.counts).toEqual([
      { type: 'ASSAULT', background: false, count: 1 },
      { type: 'ASSAULT', background: true, count: 2 },
    ]);
  });
});

describe('chooseInterval', () => {
  const row = (date: string | null, count = 1) => ({ date, type: 'ASSAULT', background: false, count });
  it.each([
    ['days within two months', [row('2022-10-04', 4), row('2022-09-20'), row('2022-09')], 'day'],
    ['days over a year', [row('2022-10-04'), row('2021-09-20')], 'week'],
    ['mostly month-precise dates', [row('2022-10-04'), row('2022-09', 3), row('2022-08')], 'month'],
    ['a century of days', [row('2022-10-04'), row('1925-05-01')], 'year'],
    ['years only', [row('2020'), row('2022'), row(null, 5)], 'year'],
    ['no dates', [row(null)], 'year'],
  ] as const)('should choose for %s', (_name, rows, interval) => {
    expect(chooseInterval(rows)).toBe(interval);
    expect(bucketTimeline(rows, 'auto')).toMatchObject({ interval, auto: true });
  });
});
