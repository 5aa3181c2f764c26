import type { MentionFacts } from './facts.js';
import { RuleResult } from './rule.js';

const subset = (a: readonly string[], b: readonly string[]): boolean => a.every((code) => b.includes(code));
const list = (codes: readonly string[]): string => (codes.length === 0 ? '∅' : codes.join('+'));

/** Whether two mentions share a party code in any role: without one, `compatibleSides` fails. */
export function shareAParty(a: MentionFacts, b: MentionFacts): boolean {
  // Plain loops: merging asks this of every candidate's facts, most of them in vain.
  for (const code of a.actor) if (b.actor.includes(code) || b.recipient.includes(code)) return true;
  for (const code of a.recipient) if (b.actor.includes(code) || b.recipient.includes(code)) return true;
  return false;
}

/**
 * Compatible parties: the same codes in the same roles, or one side's codes a subset of the
 * other's in each role ("Azerbaijan freed 17 Armenian prisoners" AZE→ARM and "Baku freed
 * prisoners after US mediation" AZE→∅). Failing that, the same sides in other roles
 * ("clashes between Armenia and Azerbaijan" ARM+AZE→∅ and "Azerbaijan attacked Armenia" AZE→ARM)
 * still match, more weakly. At least one code must be shared: two events without any known
 * party are never merged, since nothing says they concern the same people.
 */
export function compatibleSides(a: MentionFacts, b: MentionFacts): RuleResult {
  const sidesA = [...new Set([...a.actor, ...a.recipient])];
  const sidesB = [...new Set([...b.actor, ...b.recipient])];
  const shown = `${list(a.actor)}→${list(a.recipient)} and ${list(b.actor)}→${list(b.recipient)}`;
  if (!shareAParty(a, b)) return RuleResult.fail(`no shared party: ${shown}`);
  const sameRoles = a.actor.join() === b.actor.join() && a.recipient.join() === b.recipient.join();
  if (sameRoles) return RuleResult.pass(1, `same parties ${list(a.actor)}→${list(a.recipient)}`);
  const roleSubset = (subset(a.actor, b.actor) && subset(a.recipient, b.recipient)) || (subset(b.actor, a.actor) && subset(b.recipient, a.recipient));
  if (roleSubset) return RuleResult.pass(0.8, `parties of one within the other's, role by role: ${shown}`);
  if (subset(sidesA, sidesB) || subset(sidesB, sidesA)) return RuleResult.pass(0.6, `same sides in other roles: ${shown}`);
  return RuleResult.fail(`incompatible parties: ${shown}`);
}
