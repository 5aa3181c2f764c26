import type { MentionFacts } from './facts.js';
import { sameType } from './01-same-type.js';
import { sameMode } from './02-same-mode.js';
import { compatibleSides } from './03-compatible-sides.js';
import { overlappingDates } from './04-overlapping-dates.js';
import { compatiblePlace } from './05-compatible-place.js';
import type { RuleResult } from './rule.js';

/** The outcome of comparing two mentions: one event or not, a score and every rule's reason. */
export interface Comparison {
  readonly ok: boolean;
  readonly score: number;
  readonly reasons: readonly string[];
}

/** Rule weights in the score; every rule must pass whatever the score. */
const WEIGHTS = { type: 0.3, mode: 0.1, sides: 0.3, date: 0.2, place: 0.1 } as const;

/** Version of the rules, stored with each link's reasons so a changed rule shows in `explain`. */
export const MERGE_RULES_VERSION = 'merge@1';

/**
 * Whether two mentions report one event. Every rule must pass; a type matched only by quad class
 * also needs the same parties in the same roles and the same day, so a weak type match never
 * rests on weak evidence elsewhere.
 */
export function compare(a: MentionFacts, b: MentionFacts): Comparison {
  const type = sameType(a, b);
  const results: Record<keyof typeof WEIGHTS, RuleResult> = {
    type, mode: sameMode(a, b), sides: compatibleSides(a, b), date: overlappingDates(a, b), place: compatiblePlace(a, b),
  };
  const reasons = Object.values(results).map((result) => result.reason);
  const failed = Object.values(results).some((result) => !result.ok);
  if (failed) return { ok: false, score: 0, reasons };
  if (type.weak && (results.sides.score < 1 || results.date.score < 1)) {
    return { ok: false, score: 0, reasons: [...reasons, 'a quad-class match needs the same parties and the same day'] };
  }
  const score = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce((sum, key) => sum + WEIGHTS[key] * results[key].score, 0);
  return { ok: true, score: Math.round(score * 1000) / 1000, reasons };
}
