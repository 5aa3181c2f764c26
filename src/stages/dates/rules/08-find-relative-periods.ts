import { addDays, addMonths, formatDay, formatMonth, formatYear, weekdayOf, type CalendarDate } from '../calendar.js';
import type { DateRule, Finding } from '../types.js';

// "last month", "earlier this year", "late last month", "next week", "last weekend".
const PERIOD = /\b(?:(?:earlier|later|early|late|mid)[- ])?(last|this|next)\s+(week|weekend|month|year)\b/gi;

const OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** Monday of the week holding `date` (ISO weeks start on Monday). */
function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * Calendar periods relative to publication. Months and years are points at that precision.
 * Weeks are day ranges Monday–Sunday ("last week" in a Tuesday 2022-10-04 paper → 2022-09-26 to
 * 2022-10-02), weekends Saturday–Sunday: a range states exactly what the text knows, no single day.
 */
export const findRelativePeriods: DateRule = ({ text, reference }) => {
  const out: Finding[] = [];
  if (!reference) return out;
  for (const m of text.matchAll(PERIOD)) {
    const offset = OFFSET[(m[1] as string).toLowerCase()] ?? 0;
    const unit = (m[2] as string).toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const base = { kind: 'time', start, end, anchored: 'publication', rule: `relative-${unit}` } as const;
    if (unit === 'month') {
      const d = addMonths({ ...reference, day: 1 }, offset);
      out.push({ ...base, type: 'point', value: formatMonth(d.year, d.month), precision: 'month', parts: { year: d.year, month: d.month, explicitYear: false } });
    } else if (unit === 'year') {
      const year = reference.year + offset;
      out.push({ ...base, type: 'point', value: formatYear(year), precision: 'year', parts: { year, explicitYear: false } });
    } else if (unit === 'week') {
      const monday = addDays(mondayOf(reference), 7 * offset);
      out.push({ ...base, type: 'range', value: formatDay(monday), endValue: formatDay(addDays(monday, 6)), precision: 'day' });
    } else {
      // Weekend: "last weekend" is the Saturday–Sunday before the current week; "this weekend"
      // the one of the current week; "next weekend" the one after.
      const saturday = addDays(mondayOf(reference), 5 + 7 * offset);
      out.push({ ...base, type: 'range', value: formatDay(saturday), endValue: formatDay(addDays(saturday, 1)), precision: 'day' });
    }
  }
  return out;
};
