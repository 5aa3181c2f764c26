import type { ActorMention } from '../../core/document.js';
import { type ActorContext, textSpan, tokenBefore } from './context.js';

/** Sentences back a definite armed group noun looks for the named group it refers to. */
const ANTECEDENT_SENTENCES = 3;
/** How an actor is coded from its own name (a dictionary or its shape), not from another mention. */
const NAMED_VIA = new Set(['dictionary', 'user-dictionary', 'name-shape', 'org-modifier']);

/**
 * "The Houthis fired missiles at a tanker. The rebels also seized a ship": a definite armed group noun
 * ("the rebels", "the militants", "the insurgents") that its text gives no country is the armed group
 * named just before — its sentence or the three before — and takes that group's code (`coreference`,
 * the group as evidence). Only when the named armed groups of that window agree on one code: two
 * groups leave it open. Runs after group nouns are coded, so a country its own place gives stands.
 */
export function bindDefiniteGroups(ctx: ActorContext): void {
  const { doc } = ctx;
  for (let k = 0; k < ctx.actors.length; k++) {
    const a = ctx.actors[k]!;
    if (a.via !== 'group-noun' || a.code !== null || a.sector !== 'REB') continue;
    const before = tokenBefore(doc.tokens, a.span.start);
    if (before < 0 || doc.tokens[before]!.normal !== 'the') continue;
    const sentence = doc.sentences.findIndex((s) => s.span.start <= a.span.start && a.span.start < s.span.end);
    if (sentence < 0) continue;
    const earliest = doc.sentences[Math.max(0, sentence - ANTECEDENT_SENTENCES)]!.span.start;
    const named = ctx.actors.filter((b) => b.sector === 'REB' && b.code !== null && NAMED_VIA.has(b.via) && b.span.end <= a.span.start && b.span.start >= earliest);
    const codes = new Set(named.map((b) => b.code));
    if (codes.size !== 1) continue;
    const group: ActorMention = named.at(-1)!;
    ctx.actors[k] = { ...a, code: group.code, name: group.name, via: 'coreference', evidence: [...a.evidence, textSpan(doc, group.span.start, group.span.end)] };
  }
}
