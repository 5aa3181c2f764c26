import type { ActorMention, Sentence } from '../../core/document.js';
import { type ActorContext, pushActor, textSpan } from './context.js';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
/** Nouns that, after "his"/"her", name the person's own state. */
const OWN_STATE_NOUNS = new Set(['country', 'nation', 'government']);
/** How many sentences back a pronoun may reach for its antecedent. */
const MAX_SENTENCE_DISTANCE = 3;

/**
 * "He expressed hope" / "his": the most recent resolved person before the pronoun, within three
 * sentences. Gender is not checked (names carry none in our data); the nearest person wins.
 * A possessive that only introduces a titled person ("his Azerbaijani counterpart") is skipped.
 */
export function resolvePronouns(ctx: ActorContext, sentence: Sentence): void {
  const { doc } = ctx;
  const first = doc.sentences[Math.max(0, sentence.index - MAX_SENTENCE_DISTANCE)];
  const windowStart = first?.span.start ?? 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.pos !== 'PRON' || !PERSON_PRONOUNS.has(t.normal) || ctx.consumed.has(`pronoun:${t.start}`)) continue;
    const antecedent = nearestPersonBefore(ctx, t.start, windowStart);
    if (!antecedent) continue;
    // "Ruto said his country would …": a person's own country is the state of that person's code.
    const next = doc.tokens[i + 1];
    if ((t.normal === 'his' || t.normal === 'her') && next && i + 1 < sentence.tokenEnd && OWN_STATE_NOUNS.has(next.normal) && ctx.kb.countries.has(antecedent.code!)) {
      pushActor(ctx, {
        span: { start: t.start, end: next.end }, text: doc.text.slice(t.start, next.end), code: antecedent.code, sector: 'GOV',
        actorKind: 'country', name: ctx.kb.countries.get(antecedent.code!)!.name, via: 'coreference',
        evidence: [textSpan(doc, antecedent.span.start, antecedent.span.end)],
      });
      i++;
      continue;
    }
    pushActor(ctx, {
      span: { start: t.start, end: t.end }, text: t.text, code: antecedent.code, sector: antecedent.sector,
      actorKind: 'person', name: antecedent.name, via: 'coreference',
      evidence: [textSpan(doc, antecedent.span.start, antecedent.span.end)],
    });
  }
}

/**
 * The resolved person that starts last before `offset` and not before `windowStart`. The rules
 * run sentence by sentence and push actors of the sentence they read, so `ctx.actors` is in
 * sentence order: the scan goes backwards and stops at the first actor that ends before the
 * window, which keeps the cost per pronoun to the actors of the last few sentences (a scan of
 * every actor made a long text quadratic).
 */
function nearestPersonBefore(ctx: ActorContext, offset: number, windowStart: number): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (let i = ctx.actors.length - 1; i >= 0; i--) {
    const a = ctx.actors[i]!;
    if (a.span.end <= windowStart) break;
    if (a.actorKind !== 'person' || a.code === null || a.span.end > offset || a.span.start < windowStart) continue;
    if (best === undefined || a.span.start > best.span.start) best = a;
  }
  return best;
}
