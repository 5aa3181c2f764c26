import { parseNumber, WORD_NUMBER_SOURCE } from '../../quantities/number-words.js';
import { addDays, addMonths, formatDecade, formatMonth, formatYear } from '../calendar.js';
import { dayFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

const AGO = new RegExp(`\\b(\\d+|${WORD_NUMBER_SOURCE}|a|an)\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi');

/**
 * "two days ago" (day), "two weeks ago" (month: a week count is too loose for a day),
 * "six months ago" (month), "18 years ago" (year), "two decades ago" (decade).
 * "a few years ago" and "several days ago" have no number and are left unresolved.
 */
export const findAgo: DateRule = ({ text, reference }) => {
  const out: Finding[] = [];
  if (!reference) return out;
  for (const m of text.matchAll(AGO)) {
    const count = /^an?$/i.test(m[1] as string) ? 1 : parseNumber(m[1] as string);
    if (count === undefined) continue;
    const unit = (m[2] as string).toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const common = { kind: 'time', start, end, type: 'point', anchored: 'publication', rule: 'ago' } as const;
    if (unit === 'day') out.push(dayFinding(start, end, addDays(reference, -count), 'ago'));
    else if (unit === 'week' || unit === 'month') {
      const date = unit === 'week' ? addDays(reference, -7 * count) : addMonths(reference, -count);
      out.push({ ...common, value: formatMonth(date.year, date.month), precision: 'month' });
    } else if (unit === 'year') out.push({ ...common, value: formatYear(reference.year - count), precision: 'year' });
    else out.push({ ...common, value: formatDecade(reference.year - 10 * count), precision: 'decade' });
  }
  return out;
};
