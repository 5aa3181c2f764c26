import type { DatePrecision } from '../../core/document.js';
import { formatDay, formatMonth, formatYear, type CalendarDate } from './calendar.js';
import type { DateParts, TimeFinding } from './types.js';

/** Value of calendar parts at the finest precision they state. */
export function partsValue(parts: DateParts): { value: string; precision: DatePrecision } {
  if (parts.month !== undefined && parts.day !== undefined) {
    return { value: formatDay({ year: parts.year, month: parts.month, day: parts.day }), precision: 'day' };
  }
  if (parts.month !== undefined) return { value: formatMonth(parts.year, parts.month), precision: 'month' };
  return { value: formatYear(parts.year), precision: 'year' };
}

/** A point finding for calendar parts. */
export function pointFinding(start: number, end: number, parts: DateParts, rule: string): TimeFinding {
  return {
    kind: 'time', start, end, type: 'point', ...partsValue(parts),
    anchored: parts.explicitYear ? 'absolute' : 'publication', rule, parts,
  };
}

/** A point finding for a day computed from the publication date. */
export function dayFinding(start: number, end: number, date: CalendarDate, rule: string): TimeFinding {
  return pointFinding(start, end, { ...date, explicitYear: false }, rule);
}

/**
 * Year for a month (and day) written without a year: the most recent one not after the reference,
 * or with `future` the nearest one not before it. "in February" read on 2022-10-04 → 2022;
 * "will visit in June" read on 2022-10-04 → 2023.
 */
export function yearFor(reference: CalendarDate, month: number, day: number | undefined, future: boolean): number {
  const after = month > reference.month || (month === reference.month && day !== undefined && day > reference.day);
  const before = month < reference.month || (month === reference.month && day !== undefined && day < reference.day);
  if (future) return before ? reference.year + 1 : reference.year;
  return after ? reference.year - 1 : reference.year;
}
