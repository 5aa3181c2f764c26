import { isValidDate } from '../calendar.js';
import { pointFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

/** "2022-10-04": an ISO calendar date, absolute, day precision. */
export const findIsoDates: DateRule = ({ text }) => {
  const out: Finding[] = [];
  for (const m of text.matchAll(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g)) {
    const [whole, y, mo, d] = m;
    const start = m.index;
    const end = start + whole.length;
    const parts = { year: Number(y), month: Number(mo), day: Number(d), explicitYear: true };
    if (!isValidDate(parts.year, parts.month, parts.day)) {
      out.push({ kind: 'problem', start, end, severity: 'warning', ruleId: 'dates/impossible-date',
        reason: `Unexpected impossible date '${whole}'; check the source text, no value was given.` });
    } else out.push(pointFinding(start, end, parts, 'iso-date'));
  }
  return out;
};
