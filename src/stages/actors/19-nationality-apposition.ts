import type { ActorMention } from '../../core/document.js';
import { type ActorContext, textSpan } from './context.js';

/** How a group or person is coded from the story's places or states alone, which its stated nationality outweighs. */
const PLACE_GUESS_VIA: ReadonlySet<string> = new Set(['group-noun', 'group-noun-place', 'group-noun-article-place', 'group-noun-article-state',
  'sentence-country', 'article-country', 'unresolved']);

/** What joins a phrase to its apposition of nationality: ", both", ", an", ", three", ", all of them". */
const APPOSITION_JOINT = /^\s*,\s*(?:(?:a|an|both|all|each|most|mostly|all of them|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?$/i;

/** The nouns of a stated nationality: "Turkish nationals", "a Filipino citizen". */
const NATIONALITY_NOUNS = 'nationals?|citizens?|passport holders?';
const NATIONALITY_NOUN = new RegExp(`\\s(?:${NATIONALITY_NOUNS})$`, 'i');
const NATIONALITY_AFTER = new RegExp(`^\\s+(?:${NATIONALITY_NOUNS})\\b`, 'i');

/**
 * "kidnapped two engineers, both Turkish nationals, near Kidal", "the cook, a Filipino national,": a group or person
 * followed by an apposition that states its nationality is of that state, not of the place where the story happens,
 * which the group nouns gave it (or no state at all). Only a single nationality right after the comma: in "four Libyan
 * and two Egyptian nationals" the first is a demonym alone, and the phrase keeps what it had.
 */
export function codeStatedNationalities(ctx: ActorContext): void {
  const { doc } = ctx;
  const sorted = [...ctx.actors].sort((a, b) => a.span.start - b.span.start);
  for (const [k, actor] of sorted.entries()) {
    if (!PLACE_GUESS_VIA.has(actor.via) || (actor.actorKind !== 'group' && actor.actorKind !== 'person')) continue;
    const next = sorted.slice(k + 1).find((b) => b.span.start >= actor.span.end);
    if (!next || next.span.start - actor.span.end > 20 || !next.code || next.via !== 'demonym') continue;
    // The noun inside the demonym's phrase ("Turkish nationals") or right after a demonym read alone ("a Greek national").
    if (!NATIONALITY_NOUN.test(` ${next.text}`) && !NATIONALITY_AFTER.test(doc.text.slice(next.span.end, next.span.end + 18))) continue;
    if (!APPOSITION_JOINT.test(doc.text.slice(actor.span.end, next.span.start))) continue;
    const index = ctx.actors.indexOf(actor);
    const coded: ActorMention = { ...actor, code: next.code, via: 'stated-nationality', evidence: [...actor.evidence, textSpan(doc, next.span.start, next.span.end)] };
    ctx.actors[index] = coded;
  }
}
