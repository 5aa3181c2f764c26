import type { Sentence } from '../../core/document.js';
import { type ActorContext, pushActor, textSpan } from './context.js';

const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'cabinet', 'regime', 'presidency']);

/**
 * "the Bush administration", "the Putin government": a known person's surname before a government
 * noun is that person's state, sector GOV. The person must be known, from this article or the corpus
 * memory; we keep no list of leaders. "The Trump administration" in a corpus that has seen
 * "US President Donald Trump" → USA GOV (via 'administration-of').
 */
export function resolveAdministration(ctx: ActorContext, sentence: Sentence): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (!GOVERNMENT_NOUNS.has(tokens[i]!.normal)) continue;
    const name = tokens[i - 1]!;
    if (!/^\p{Lu}/u.test(name.text)) continue;
    // The surname may already be an actor of its own ("Bush" by coreference): the phrase replaces it.
    const own = ctx.actors.findIndex((a) => a.span.start === name.start && a.span.end === name.end && a.actorKind === 'person');
    if (ctx.actors.some((a, k) => k !== own && a.span.start < tokens[i]!.end && name.start < a.span.end)) continue;
    const known = ctx.people.get(name.text) ?? ctx.memory?.lookup(name.text);
    if (!known || known.code === null) continue;
    if (own >= 0) ctx.actors.splice(own, 1);
    pushActor(ctx, {
      span: { start: name.start, end: tokens[i]!.end }, text: doc.text.slice(name.start, tokens[i]!.end), code: known.code, sector: 'GOV',
      actorKind: 'country', name: known.name, via: 'administration-of', evidence: [textSpan(doc, name.start, tokens[i]!.end)],
    });
  }
}
