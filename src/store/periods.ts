/*
 * Calendar helpers over the stored date forms (`2022-10-04`, `2022-09`, `2022`, `199`, `19`),
 * computed in the app so that every dialect stores the same derived columns (`week`, `month`)
 * and no query needs a dialect's date functions.
 */

/** An inclusive range of ISO days. */
export interface DayRange {
  readonly lo: string;
  readonly hi: string;
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `2022-10-04` plus `days` (negative to go back): `addDays('2022-10-01', -1)` → `2022-09-30`. */
export function addDays(day: string, days: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** Whole days from `a` to `b` (`2022-09-30` → `2022-10-01` is 1). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/**
 * The days a stored date covers: `2022-09` → 2022-09-01…2022-09-30, `199` → 1990-01-01…1999-12-31.
 * Null for an undated event or a form that is not a stored date.
 */
export function periodOf(date: string | null): DayRange | null {
  if (date === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { lo: date, hi: date };
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return { lo: `${date}-01`, hi: isoDay(Date.UTC(year, month, 0)) };
  }
  if (/^\d{4}$/.test(date)) return { lo: `${date}-01-01`, hi: `${date}-12-31` };
  if (/^\d{3}$/.test(date)) return { lo: `${date}0-01-01`, hi: `${date}9-12-31` };
  if (/^\d{2}$/.test(date)) return { lo: `${date}00-01-01`, hi: `${date}99-12-31` };
  return null;
}

/** The Monday starting the ISO week of a day-precise date (`2022-10-04` → `2022-10-03`); null otherwise. */
export function weekOf(date: string | null): string | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}

/** `YYYY-MM` of a day- or month-precise date (`2022-09-20` → `2022-09`); null for coarser or no date. */
export function monthOf(date: string | null): string | null {
  return date !== null && /^\d{4}-\d{2}(-\d{2})?$/.test(date) ? date.slice(0, 7) : null;
}

/** What undated events sort as: after every date (`~` sorts after digits in byte order). */
export const UNDATED_SORT = '~';

/**
 * The sort key of a stored date, indexed so one ascending index gives "by date, undated last" in
 * every dialect (NULLs sort first in SQLite, last in PostgreSQL): for a day or month its first
 * day (`2022-09` → `2022-09-01`); for a year or coarser its *last* day (`2020` → `2020-12-31`,
 * "by the end of 2020"); `~` when undated. Why the last day: then every event overlapping a range
 * that starts on day S has a key ≥ S − 31 days (a month is the longest fine period), a bound the
 * index can seek to (`sinceSortBound`), instead of reading the store from its first date.
 */
export function sortDate(date: string | null): string {
  const period = periodOf(date);
  if (period === null) return UNDATED_SORT;
  return /^\d{4}-\d{2}/.test(date!) ? period.lo : period.hi;
}

/** The lowest sort key of an event overlapping a range that starts with the (normalised) bound `since`. */
export function sinceSortBound(since: string): string {
  return addDays(periodOf(since)!.lo, -31);
}
