import type { DatePrecision } from '../../core/document.js';
import { addDays, addMonths, formatDay, formatDecade, formatMonth, formatYear } from './calendar.js';

/** A counted distance in time: "nine years", "a week", "two days". */
export type DistanceUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

const ORDER: readonly DatePrecision[] = ['century', 'decade', 'year', 'month', 'day'];

/**
 * How fine a date moved by a distance can be: days keep a day; weeks and months give a month (a
 * week count is too loose for a day, the opinion "two weeks ago" follows too); years a year,
 * decades a decade.
 */
const UNIT_PRECISION: Record<DistanceUnit, DatePrecision> = { day: 'day', week: 'month', month: 'month', year: 'year', decade: 'decade' };

/** "days" → 'day'; undefined for a word that is no distance unit. */
export function distanceUnit(word: string): DistanceUnit | undefined {
  const singular = word.toLowerCase().replace(/s$/, '');
  return singular === 'day' || singular === 'week' || singular === 'month' || singular === 'year' || singular === 'decade' ? singular : undefined;
}

/**
 * A date value moved by `count` units (negative: earlier), at the coarser of the value's precision
 * and the unit's: "2008" less nine years is "1999"; "2024-06-29" plus one day is "2024-06-30";
 * "2026-03" plus two weeks is "2026-03" (read from the month's first day: the text gives no finer
 * date). Centuries are not moved (no distance is told in them).
 */
export function shiftDate(value: string, precision: DatePrecision, count: number, unit: DistanceUnit): { value: string; precision: DatePrecision } | null {
  if (precision === 'century' || !Number.isFinite(count)) return null;
  const year = Number(precision === 'decade' ? `${value}0` : value.slice(0, 4));
  const month = precision === 'month' || precision === 'day' ? Number(value.slice(5, 7)) : 1;
  const day = precision === 'day' ? Number(value.slice(8, 10)) : 1;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const start = { year, month, day };
  const moved = unit === 'day' ? addDays(start, count) : unit === 'week' ? addDays(start, 7 * count)
    : unit === 'month' ? addMonths(start, count) : { ...start, year: start.year + (unit === 'year' ? count : 10 * count) };
  const finest = ORDER[Math.min(ORDER.indexOf(precision), ORDER.indexOf(UNIT_PRECISION[unit]))]!;
  if (moved.year < 1 || moved.year > 9999) return null;
  switch (finest) {
    case 'day': return { value: formatDay(moved), precision: 'day' };
    case 'month': return { value: formatMonth(moved.year, moved.month), precision: 'month' };
    case 'year': return { value: formatYear(moved.year), precision: 'year' };
    default: return { value: formatDecade(moved.year), precision: 'decade' };
  }
}
