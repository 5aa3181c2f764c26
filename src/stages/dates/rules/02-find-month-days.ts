import { isValidDate, MONTH_SOURCE, monthNumber } from '../calendar.js';
import { pointFinding, yearFor } from '../format.js';
import type { DateRule, Finding, RuleContext } from '../types.js';

const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
// "September 20", "Sept. 20, 2022", "Tuesday, Sept. 20". The day must not run into more digits
// or a clock time ("May 5:30"), nor be a count ("in March 2 people" is not a date but is rare).
const MONTH_DAY = new RegExp(
  `\\b${WEEKDAY}(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)\\b(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, 'g');
// "20 September", "20th of September 2022", "9 November".
const DAY_MONTH = new RegExp(
  `(?<![\\d,.$€£])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})\\b\\.?(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, 'g');

// Two days of one month written once ("14 to 15 July", "3-5 May 2021", "between 3 and 5 May",
// "November 25-26"): a range of days, not the last day alone.
const DAY_SPAN = new RegExp(
  `(?<![\\d,.$€£])\\b(?:(between)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(to|and|[-–])\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})\\b\\.?(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, 'g');
const MONTH_DAY_SPAN = new RegExp(
  `\\b(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(to|[-–])\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)\\b(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, 'g');

function daySpan(context: RuleContext, start: number, end: number, month: number, first: number, last: number, year: string | undefined, whole: string): Finding | undefined {
  if (first >= last) return undefined;
  const a = resolve(context, start, end, month, first, year, whole);
  const b = resolve(context, start, end, month, last, year, whole);
  if (!a || !b || a.kind !== 'time' || b.kind !== 'time') return b?.kind === 'problem' ? b : undefined;
  // The end's year decides ("28 to 29 December" read in January is last December for both days).
  const value = `${b.value.slice(0, 8)}${a.value.slice(8)}`;
  return { ...a, type: 'range', value, endValue: b.value, rule: `day-span(${b.rule})` };
}

function resolve(context: RuleContext, start: number, end: number, month: number, day: number, year: string | undefined, whole: string): Finding | undefined {
  if (year !== undefined) {
    const y = Number(year);
    if (!isValidDate(y, month, day)) return impossible(start, end, whole);
    return pointFinding(start, end, { year: y, month, day, explicitYear: true }, 'month-day-year');
  }
  if (day < 1 || day > 31 || (month === 2 && day > 29) || ([4, 6, 9, 11].includes(month) && day > 30)) {
    return impossible(start, end, whole);
  }
  if (!context.reference) return undefined;
  const y = yearFor(context.reference, month, day, context.futureBefore(start));
  if (!isValidDate(y, month, day)) return impossible(start, end, whole);
  return pointFinding(start, end, { year: y, month, day, explicitYear: false }, 'month-day');
}

function impossible(start: number, end: number, whole: string): Finding {
  return { kind: 'problem', start, end, severity: 'warning', ruleId: 'dates/impossible-date',
    reason: `Unexpected impossible date '${whole}'; check the source text, no value was given.` };
}

/** Month and day, with or without a year, in either order. */
export const findMonthDays: DateRule = (context) => {
  const out: Finding[] = [];
  for (const m of context.text.matchAll(DAY_SPAN)) {
    if ((m[3] === 'and') !== (m[1] !== undefined)) continue;
    const month = monthNumber(m[5] as string);
    if (month === undefined) continue;
    const found = daySpan(context, m.index, m.index + m[0].length, month, Number(m[2]), Number(m[4]), m[6], m[0]);
    if (found) out.push(found);
  }
  for (const m of context.text.matchAll(MONTH_DAY_SPAN)) {
    const month = monthNumber(m[1] as string);
    if (month === undefined) continue;
    const found = daySpan(context, m.index, m.index + m[0].length, month, Number(m[2]), Number(m[4]), m[5], m[0]);
    if (found) out.push(found);
  }
  for (const m of context.text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1] as string);
    if (month === undefined) continue;
    const found = resolve(context, m.index, m.index + m[0].length, month, Number(m[2]), m[3], m[0]);
    if (found) out.push(found);
  }
  for (const m of context.text.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2] as string);
    if (month === undefined) continue;
    const found = resolve(context, m.index, m.index + m[0].length, month, Number(m[1]), m[3], m[0]);
    if (found) out.push(found);
  }
  return out;
};
