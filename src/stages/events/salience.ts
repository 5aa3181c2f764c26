import type { ArticleDoc } from '../../core/document.js';
import { syntaxOf } from '../../syntax/relations.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './find-triggers.js';
import { ROLE_WORDS } from './role-words.js';

/** Prepositions that make a nominal trigger a circumstance of the sentence ("following the killing of …"). */
const CIRCUMSTANCE = new Set(['after', 'following', 'before', 'during', 'despite', 'amid', 'since', 'until', 'over', 'because', 'like', 'because of']);

/** Act nouns that, after "at", say on whose word the sentence's act was done ("at the request of the host government", "at the invitation of"). */
const AT_BEHEST = new Set(['request', 'invitation', 'behest', 'urging', 'initiative']);

/** Nouns of a reaction whose object is the earlier act reacted to ("in response to the incursion", "in retaliation for the raid"). */
const RESPONSE_NOUNS = new Set(['response', 'retaliation', 'reprisal', 'revenge', 'reaction', 'relation']);

export interface Salience {
  /** Added to the event's confidence: the sentence's main act scores higher than a background mention. */
  readonly delta: number;
  readonly why?: string;
}

/**
 * How central a trigger is to its sentence, from the parse. News sentences report one main act,
 * the predicate of the main clause; the other triggers are backdrop: a participle modifying a
 * noun ("weapons *seized* last year"), a circumstance ("*following* the killing of …"), a relative
 * or subordinate clause. Those are still coded but rank below the main act.
 */
export function salience(doc: ArticleDoc, clause: Clause, trigger: TriggerMatch): Salience {
  const syn = syntaxOf(doc);
  const alleged = allegedBy(doc, trigger);
  if (alleged !== null) return { delta: -0.2, why: `the content of "${doc.tokens[alleged]!.text} that …": alleged, not an act the text tells` };
  if (clause.role === 'relative') return { delta: -0.12, why: 'in a relative clause' };
  if (clause.role === 'subordinate') return { delta: -0.1, why: `in a subordinate clause ("${clause.marker ?? ''}")` };
  // "… after villagers said soldiers had shot three fishermen", "a law that critics say muzzles the press":
  // a clause reported or complemented inside a relative or subordinate clause is backdrop as that clause is.
  if (clause.role === 'main') {
    for (const a of syn.ancestors(clause.head)) {
      if (!syn.isClauseHead(a)) continue;
      if (syn.relation(a) === 'acl') return { delta: -0.12, why: `inside a relative clause ("${doc.tokens[a]!.text}")` };
      const marker = syn.relation(a) === 'advcl' ? syn.markerOf(a) : null;
      if (marker !== null) return { delta: -0.1, why: `inside a subordinate clause ("${marker}")` };
    }
  }
  const relation = syn.relation(trigger.head);
  if (!trigger.nominal) {
    if (relation === 'acl' || relation === 'amod') return { delta: -0.15, why: 'a participle modifying a noun' };
    if (relation === 'advcl') return { delta: -0.12, why: 'an adverbial adjunct' };
    if (relation === 'root') return { delta: 0.03 };
    return { delta: -0.02 };
  }
  const prep = syn.caseOf(trigger.head);
  if (prep !== null && CIRCUMSTANCE.has(prep) && relation === 'obl') return { delta: -0.15, why: `a circumstance ("${prep} …")` };
  if (prep === 'at' && AT_BEHEST.has(doc.tokens[trigger.head]!.lemma)) return { delta: -0.15, why: `on whose word the act was done ("at the ${doc.tokens[trigger.head]!.text} of …")` };
  // "imposed sanctions in response to the incursion": the act reacted to is the backdrop.
  const reaction = syn.head(trigger.head);
  if (prep !== null && reaction >= 0 && RESPONSE_NOUNS.has(doc.tokens[reaction]!.lemma) && syn.caseOf(reaction) !== null) return { delta: -0.15, why: `the act reacted to ("${doc.tokens[reaction]!.text} ${prep} …")` };
  return { delta: 0 };
}

/**
 * The claim noun whose "that" clause tells the act ("an allegation by the opposition that troops
 * had taken the town", "claims that police beat detainees"), or null. The parse may hang the clause
 * on a noun of the claim's own phrase ("by the opposition"), so the nouns above it are read up to
 * the first verb.
 */
function allegedBy(doc: ArticleDoc, trigger: TriggerMatch): number | null {
  if (trigger.nominal) return null;
  const syn = syntaxOf(doc);
  if (syn.relation(trigger.head) !== 'acl') return null;
  const that = syn.children(trigger.head).some((c) => syn.relation(c) === 'mark' && doc.tokens[c]!.normal === 'that');
  if (!that) return null;
  for (let at = syn.head(trigger.head), depth = 0; at >= 0 && depth < 3; at = syn.head(at), depth++) {
    const t = doc.tokens[at]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
    if (ROLE_WORDS.allegedContent.has(t.normal)) return at;
  }
  return null;
}

/**
 * Lowers an event's confidence by `by` for a reading that is inferred rather than told (a party
 * from the place, a country from the sentence, no party named), kept within [0.05, …] and to two decimals.
 */
export function lowerConfidence(event: { confidence: number }, by: number): void {
  event.confidence = Math.round(Math.max(0.05, event.confidence - by) * 100) / 100;
}
