import type { Interval } from './params.js';
import type { DateTypeCount } from './queries.js';

/** Events of one type and background flag in one bucket. */
export interface TypeCount {
  readonly type: string;
  readonly background: boolean;
  readonly count: number;
}

/** One bar of the timeline; `since`/`until` are the bounds to filter the event list to this bucket. */
export interface TimelineBucket {
  /** `2022-09-20` (day), `2022-09-19` (week: its Monday), `2022-09` (month), `2022` (year). */
  readonly period: string;
  readonly since: string;
  readonly until: string;
  readonly total: number;
  readonly counts: readonly TypeCount[];
}

/** Events whose date is coarser than the interval (or absent), so no bar can hold them. */
export interface UnplacedCount {
  readonly precision: 'month' | 'year' | 'decade' | 'century' | 'undated';
  readonly count: number;
}

export interface Timeline {
  readonly interval: Interval;
  readonly total: number;
  readonly buckets: readonly TimelineBucket[];
  readonly unplaced: readonly UnplacedCount[];
}

// Stored dates are truncated to their precision: day `2022-09-20`, month `2022-09`, year `2022`,
// decade `202`, century `20`. The length says which.
const PRECISION_BY_LENGTH: Readonly<Record<number, UnplacedCount['precision']>> = { 7: 'month', 4: 'year', 3: 'decade', 2: 'century' };
const NEEDED_LENGTH: Readonly<Record<Interval, number>> = { day: 10, week: 10, month: 7, year: 4 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Monday of the ISO week holding `day`: 2022-10-04 (a Tuesday) → 2022-10-03. */
export function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return isoDay(date);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

function bucketOf(date: string, interval: Interval): { period: string; since: string; until: string } {
  switch (interval) {
    case 'day':
      return { period: date, since: date, until: date };
    case 'week': {
      const monday = weekStart(date);
      return { period: monday, since: monday, until: addDays(monday, 6) };
    }
    case 'month':
    case 'year': {
      const period = date.slice(0, NEEDED_LENGTH[interval]);
      return { period, since: period, until: period };
    }
  }
}

/**
 * Buckets per-date counts into bars of `interval`. Opinion: an event is only drawn where its date
 * is at least as precise as the bar; "last month" (`2022-09`) has no day, so in a day or week
 * timeline it is counted under `unplaced` (precision `month`) rather than put on the 1st.
 */
export function bucketTimeline(rows: readonly DateTypeCount[], interval: Interval): Timeline {
  const buckets = new Map<string, { period: string; since: string; until: string; counts: Map<string, TypeCount> }>();
  const unplaced = new Map<UnplacedCount['precision'], number>();
  let total = 0;
  for (const row of rows) {
    total += row.count;
    if (row.date === null || row.date.length < NEEDED_LENGTH[interval]) {
      const precision = row.date === null ? 'undated' : PRECISION_BY_LENGTH[row.date.length] ?? 'undated';
      unplaced.set(precision, (unplaced.get(precision) ?? 0) + row.count);
      continue;
    }
    const where = bucketOf(row.date, interval);
    const bucket = buckets.get(where.period) ?? { ...where, counts: new Map<string, TypeCount>() };
    const key = `${row.type}:${row.background}`;
    const before = bucket.counts.get(key)?.count ?? 0;
    bucket.counts.set(key, { type: row.type, background: row.background, count: before + row.count });
    buckets.set(where.period, bucket);
  }
  return {
    interval,
    total,
    buckets: [...buckets.values()]
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((b) => {
        const counts = [...b.counts.values()].sort((x, y) => x.type.localeCompare(y.type) || Number(x.background) - Number(y.background));
        return { period: b.period, since: b.since, until: b.until, total: counts.reduce((s, c) => s + c.count, 0), counts };
      }),
    unplaced: (['month', 'year', 'decade', 'century', 'undated'] as const)
      .filter((p) => unplaced.has(p))
      .map((precision) => ({ precision, count: unplaced.get(precision)! })),
  };
}
