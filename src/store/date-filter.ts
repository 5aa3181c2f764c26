import { sql, type ExpressionBuilder, type ExpressionWrapper, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from './database.js';

/**
 * Lengths of the stored date forms shorter than a day: month `2022-09`, year `2022`,
 * decade `202` (the 2020s), century `20`. Stored dates are truncated to their precision.
 */
const COARSER_LENGTHS = [7, 4, 3, 2] as const;

const BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Checks a `since`/`until` bound and cuts a timestamp to its day:
 * `2022-09-20T10:00:00Z` → `2022-09-20`. Throws for anything else (a caller error, with the fix).
 */
export function normalizeBound(name: 'since' | 'until', value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  if (!BOUND.test(day)) {
    throw new RangeError(`Invalid ${name} "${value}": use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-09.`);
  }
  return day;
}

/**
 * The coarser stored dates whose period contains the start of `bound`:
 * `2022-09-20` → `['2022-09', '2022', '202', '20']`.
 */
export function coarserDates(bound: string): string[] {
  return COARSER_LENGTHS.filter((length) => length < bound.length).map((length) => bound.slice(0, length));
}

/*
 * Opinion: a bound keeps every event whose date *period* overlaps the range, because a date is
 * only as precise as the text. "Since 2022-09" keeps `2022-09-20`, `2022-09` and also `2022`
 * (the article only said "this year", which may be September); it drops `2022-08-31`.
 * Comparing strings works because stored dates are fixed-width prefixes of YYYY-MM-DD, and it is
 * the same in every dialect (no date functions in SQL).
 */

type DateFilterBuilder = ExpressionBuilder<Database, 'events'>;

/** `date` overlaps `[since, …)`: it sorts at or after `since`, or is a coarser period holding it. */
export function sinceCondition(eb: DateFilterBuilder, since: string): ExpressionWrapper<Database, 'events', SqlBool> {
  return eb.or([eb('events.date', '>=', since), eb('events.date', 'in', coarserDates(since))]);
}

/**
 * `date` overlaps `(…, until]`: cut to the length of `until`, it sorts at or before it.
 * `until 2022-09` keeps `2022-09-30` (cut to `2022-09`) and `2022`; drops `2022-10-01`.
 */
export function untilCondition(eb: DateFilterBuilder, until: string): ExpressionWrapper<Database, 'events', SqlBool> {
  return eb(eb.fn<string>('substr', [eb.ref('events.date'), eb.lit(1), eb.lit(until.length)]), '<=', until);
}

/**
 * `sinceCondition` for any date column, as raw SQL, in a form no index serves: `since` cut to the
 * stored date's length sorts at or before it (`2022-09` cut to 4 is `2022` ≤ `2022`: the year
 * overlaps). Same rows as `sinceCondition`; the caller adds the sargable `date_sort` bound, so the
 * planner walks the order index instead of a union of date ranges it would then have to sort.
 * `since` must be normalised (digits and dashes only, so it is safe as a literal).
 */
export function sinceSql(column: string, since: string): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return sql<SqlBool>`substr(${sql.lit(since)}, 1, length(${ref})) <= ${ref}`;
}

/** `untilCondition` for any date column, as raw SQL. The length is a literal: PostgreSQL cannot type a bound `substr` length. */
export function untilSql(column: string, until: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`substr(${sql.ref(column)}, 1, ${sql.lit(until.length)}) <= ${until}`;
}
