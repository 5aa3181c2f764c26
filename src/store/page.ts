import type { SelectQueryBuilder } from 'kysely';

function checkCount(name: 'limit' | 'offset', value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`Invalid ${name} ${value}: use a whole number ≥ 0.`);
  }
}

/**
 * Applies `limit`/`offset` to a query, or nothing when both are absent. SQLite accepts OFFSET only
 * after a LIMIT, so "everything after the first n" gets the largest safe integer as its limit.
 */
export function paginate<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  limit: number | undefined,
  offset: number | undefined,
): SelectQueryBuilder<DB, TB, O> {
  checkCount('limit', limit);
  checkCount('offset', offset);
  if (limit === undefined && offset === undefined) return query;
  return query.limit(limit ?? Number.MAX_SAFE_INTEGER).offset(offset ?? 0);
}
