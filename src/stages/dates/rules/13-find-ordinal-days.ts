import { addMonths, isValidDate } from '../calendar.js';
import { dayFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

// "on the 12th", "since the 3rd", "on the 28th of last month": a day of a month the text does not name. Only standing
// alone (punctuation or the sentence's end after it) or with "of this/last month": "the 6th battalion", "the 21st
// century" and "the 3rd floor" are no days.
const ORDINAL_DAY = /\b(?:on|by|since|until|till|from)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|last)\s+month\b)?(?=(?:\s*[.;:)—–]|,(?!\s*\d{1,2}(?:st|nd|rd|th)\b)|\s+[-–]\s|\s*$))/gi;

/**
 * A day of the month alone, read against the publication: the latest such day on or before it ("on the 12th", told on
 * the 20th, is this month's; told on the 5th, last month's), or the month "of last month" says; a clause that looks
 * forward reads the next such day.
 */
export const findOrdinalDays: DateRule = ({ text, reference, futureBefore }) => {
  const out: Finding[] = [];
  if (!reference) return out;
  for (const m of text.matchAll(ORDINAL_DAY)) {
    const day = Number(m[1]);
    const which = m[2]?.toLowerCase();
    const start = m.index + m[0].indexOf('the');
    let month = { year: reference.year, month: reference.month, day: 1 };
    if (which === 'last') month = addMonths(month, -1);
    else if (which === undefined) {
      if (futureBefore(m.index) ? day < reference.day : day > reference.day) month = addMonths(month, futureBefore(m.index) ? 1 : -1);
    }
    if (!isValidDate(month.year, month.month, day)) continue;
    out.push(dayFinding(start, m.index + m[0].length, { year: month.year, month: month.month, day }, 'ordinal-day'));
  }
  return out;
};
