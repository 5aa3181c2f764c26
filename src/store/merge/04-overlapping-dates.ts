import { daysBetween } from '../periods.js';
import { isFine, type MentionFacts } from './facts.js';
import { RuleResult } from './rule.js';

/** Days apart two day-precise reports may be and still be one event (time zones, "overnight", late filing). */
export const DAY_TOLERANCE = 1;

/**
 * Dates whose periods overlap: `2022-09` holds `2022-09-20`; two days at most one day apart
 * (`2022-10-04` and `2022-10-05`) match. Years and coarser ("the 2020 war") match only the same
 * date at the same precision, since a year overlaps every event in it. Undated events never merge.
 */
export function overlappingDates(a: MentionFacts, b: MentionFacts): RuleResult {
  if (a.period === null || b.period === null) return RuleResult.fail('undated: never merged');
  if (!isFine(a) || !isFine(b)) {
    return a.date === b.date && a.precision === b.precision
      ? RuleResult.pass(0.5, `same coarse date ${a.date}`)
      : RuleResult.fail(`coarse dates ${a.date} and ${b.date} are not the same`);
  }
  const lo = a.period.lo > b.period.lo ? a.period.lo : b.period.lo;
  const hi = a.period.hi < b.period.hi ? a.period.hi : b.period.hi;
  const gap = daysBetween(hi, lo); // > 0 when the periods do not overlap
  if (gap > DAY_TOLERANCE) return RuleResult.fail(`dates ${a.date} and ${b.date} are ${gap} days apart`);
  if (a.date === b.date) return RuleResult.pass(a.precision === 'day' ? 1 : 0.7, `same date ${a.date}`);
  if (gap > 0) return RuleResult.pass(0.8, `dates ${a.date} and ${b.date} within ${DAY_TOLERANCE} day`);
  return RuleResult.pass(0.6, `dates ${a.date} and ${b.date} overlap`);
}
