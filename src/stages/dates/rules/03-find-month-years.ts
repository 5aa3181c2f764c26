import { MONTH_SOURCE, monthNumber } from '../calendar.js';
import { pointFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

// "March 2001", "in late February 2022", "Sept. 2019". Month precision: no day is stated.
const MONTH_YEAR = new RegExp(`\\b(?:(?:early|mid|late)[- ])?(${MONTH_SOURCE})\\b\\.?,?\\s+(1[5-9]\\d\\d|20\\d\\d)(?!\\d|,\\d)`, 'gi');

/** A month with an explicit year. */
export const findMonthYears: DateRule = ({ text }) => {
  const out: Finding[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    const name = m[1] as string;
    // Case-insensitive only for the modifier: the month itself must be capitalised ("may 2020" is not a date).
    if (name[0] !== name[0]?.toUpperCase()) continue;
    const month = monthNumber(name);
    if (month === undefined) continue;
    out.push(pointFinding(m.index, m.index + m[0].length, { year: Number(m[2]), month, explicitYear: true }, 'month-year'));
  }
  return out;
};
