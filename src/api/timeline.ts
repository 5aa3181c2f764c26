import { periodOf } from '../store/periods.js';
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
  /** The bar width used: the one asked for, or the one `auto` chose. */
  readonly interval: Interval;
  /** True when the interval was chosen from the dates (`interval=auto`). */
  readonly auto: boolean;
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

const DAYS: Readonly<Record<Interval, number>> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/** Most bars `auto` draws: a few pixels each on a laptop screen. */
export const AUTO_MAX_BARS = 240;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/**
 * The bar width `auto` picks: the finest of day, week, month and year that places at least 80%
 * of the dated events (a day chart cannot hold "last month") and draws at most 240 bars over the
 * span of those it places; year when none does.
 */
export function chooseInterval(rows: readonly DateTypeCount[]): Interval {
  const dated = rows.filter((r) => r.date !== null);
  const datedTotal = dated.reduce((n, r) => n + r.count, 0);
  for (const interval of ['day', 'week', 'month'] as const) {
    const placed = dated.filter((r) => r.date!.length >= NEEDED_LENGTH[interval]);
    const placedTotal = placed.reduce((n, r) => n + r.count, 0);
    if (placed.length === 0 || placedTotal < 0.8 * datedTotal) continue;
    const days = placed.map((r) => periodOf(r.date)!);
    const span = dayNumber(days.reduce((hi, d) => (d.hi > hi ? d.hi : hi), days[0]!.hi)) - dayNumber(days.reduce((lo, d) => (d.lo < lo ? d.lo : lo), days[0]!.lo)) + 1;
    if (span / DAYS[interval] <= AUTO_MAX_BARS) return interval;
  }
  return 'year';
}

/**
 * Buckets per-date counts into bars of `interval` (`auto`: see `chooseInterval`). Opinion: an event is only drawn where its date
 * is at least as precise as the bar; "last month" (`2022-09`) has no day, so in a day or week
 * timeline it is counted under `unplaced` (precision `month`) rather than put on the 1st.
 */
export function bucketTimeline(rows: readonly DateTypeCount[], asked: Interval | 'auto'): Timeline {
  const interval = asked === 'auto' ? chooseInterval(rows) : asked;
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
    auto: asked === 'auto',
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
