import type { DatePrecision, TimeExpression } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { daysInMonth } from './calendar.js';
import { detectTimes, type TimeDetection } from './normalize.js';

/** A publication date known to the month or the year only: `2022-10`, `2022`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?$/;

/** Value lengths from the finest precision to the coarsest: `2022-10-04`, `2022-10`, `2022`, `202` (2020s), `20`. */
const PRECISIONS: readonly [number, DatePrecision][] = [[10, 'day'], [7, 'month'], [4, 'year'], [3, 'decade'], [2, 'century']];

/** The finest value two readings agree on: `2022-09-27` and `2022-10-25` agree on `2022`. */
function agreed(a: string, b: string): { value: string; precision: DatePrecision } | undefined {
  // Durations (`P6W`) have no calendar value to cut down: equal ones were kept whole before this.
  if (a.startsWith('P') || b.startsWith('P')) return undefined;
  for (const [length, precision] of PRECISIONS) {
    if (a.length >= length && b.length >= length && a.slice(0, length) === b.slice(0, length)) return { value: a.slice(0, length), precision };
  }
  return undefined;
}

/**
 * Temporal expressions against a publication date known only to the month or year. The text is
 * read against the first and the last day that date allows, and each expression keeps what both
 * readings agree on: with `2022-10`, "last month" is 2022-09 either way and stays so; "on Tuesday"
 * is 2022-09-27 or 2022-10-25, so only the year 2022 is kept; one the readings share nothing of
 * is dropped. A date is never made finer than the publication date allows.
 */
export function detectTimesWithin(text: string, published: string, sentences?: readonly Span[]): TimeDetection {
  const [, year, month] = PARTIAL_DATE.exec(published) ?? [];
  if (year === undefined) throw new RangeError(`detectTimesWithin takes YYYY or YYYY-MM, not '${published}'.`);
  const first = `${year}-${month ?? '01'}-01`;
  const lastMonth = month ?? '12';
  const last = `${year}-${lastMonth}-${String(daysInMonth(Number(year), Number(lastMonth))).padStart(2, '0')}`;
  const early = detectTimes(text, first, sentences);
  const late = detectTimes(text, last, sentences);
  const times: TimeExpression[] = [];
  for (const time of early.times) {
    const other = late.times.find((t) => t.span.start === time.span.start && t.span.end === time.span.end && t.type === time.type);
    if (other === undefined) continue;
    if (other.value === time.value && other.end === time.end) {
      times.push({ ...time, id: `t${times.length}` });
      continue;
    }
    const value = agreed(time.value, other.value);
    const end = time.end === undefined || other.end === undefined ? undefined : agreed(time.end, other.end);
    if (value === undefined || (time.end !== undefined && end === undefined)) continue;
    const { end: _end, ...point } = time;
    void _end;
    times.push({
      ...point, id: `t${times.length}`, value: value.value, precision: value.precision, ...(end ? { end: end.value } : {}),
      rule: `${time.rule} (within ${published})`,
    });
  }
  return { times, problems: early.problems };
}
