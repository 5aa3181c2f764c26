import type { MentionFacts } from './facts.js';
import { RuleResult } from './rule.js';

/**
 * Two different modes of one type are two events: RETREAT/release (prisoners freed) and
 * RETREAT/ceasefire on the same day are not one report. A missing mode is compatible.
 */
export function sameMode(a: MentionFacts, b: MentionFacts): RuleResult {
  if (a.mode === b.mode) return RuleResult.pass(1, a.mode === null ? 'no mode on either' : `same mode ${a.mode}`);
  if (a.mode === null || b.mode === null) return RuleResult.pass(0.7, `mode ${a.mode ?? b.mode} on one side only`);
  return RuleResult.fail(`different modes ${a.mode} and ${b.mode}`);
}
