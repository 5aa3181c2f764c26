import type { MentionFacts } from './facts.js';
import { RuleResult } from './rule.js';

const QUADS: Record<number, string> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

/**
 * Same PLOVER type; or, weaker, the same quad class, because coders disagree on neighbouring types
 * for one report ("troops detained 12 protesters" is COERCE/arrest to one, ASSAULT to another).
 * A quad-class match is marked `weak`: `compare` then demands the same sides and the same day.
 */
export function sameType(a: MentionFacts, b: MentionFacts): RuleResult & { readonly weak: boolean } {
  if (a.event === b.event) return { ...RuleResult.pass(1, `same type ${a.event}`), weak: false };
  if (a.quad !== null && a.quad === b.quad) {
    return { ...RuleResult.pass(0.5, `same quad class (${QUADS[a.quad] ?? a.quad}): ${a.event} and ${b.event}`), weak: true };
  }
  return { ...RuleResult.fail(`different types ${a.event} and ${b.event}`), weak: false };
}
