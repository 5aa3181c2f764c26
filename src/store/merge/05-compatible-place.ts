import type { MentionFacts } from './facts.js';
import { RuleResult } from './rule.js';

/** The same country, or a place unknown on one side (most reports of a release name no place). */
export function compatiblePlace(a: MentionFacts, b: MentionFacts): RuleResult {
  if (a.country === null || b.country === null) return RuleResult.pass(0.5, 'place unknown on one side');
  if (a.country === b.country) return RuleResult.pass(1, `same country ${a.country}`);
  return RuleResult.fail(`different countries ${a.country} and ${b.country}`);
}
