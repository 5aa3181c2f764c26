import type { Sentence } from '../../core/document.js';
import { type ActorContext, pushActor, textSpan } from './context.js';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
/** How many sentences back a pronoun may reach for its antecedent. */
const MAX_SENTENCE_DISTANCE = 3;

/**
 * "He expressed hope" / "his": the most recent resolved person before the pronoun, within three
 * sentences. Gender is not checked (names carry none in our data); the nearest person wins.
 * A possessive that only introduces a titled person ("his Azerbaijani counterpart") is skipped.
 */
export function resolvePronouns(ctx: ActorContext, sentence: Sentence): void {
  const { doc } = ctx;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.pos !== 'PRON' || !PERSON_PRONOUNS.has(t.normal) || ctx.consumed.has(`pronoun:${t.start}`)) continue;
    const minSentence = sentence.index - MAX_SENTENCE_DISTANCE;
    const antecedent = ctx.actors
      .filter((a) => a.actorKind === 'person' && a.span.end <= t.start && a.code !== null)
      .filter((a) => (doc.tokens.find((x) => x.start >= a.span.start)?.sentence ?? -1) >= minSentence)
      .sort((a, b) => b.span.start - a.span.start)[0];
    if (!antecedent) continue;
    pushActor(ctx, {
      span: { start: t.start, end: t.end }, text: t.text, code: antecedent.code, sector: antecedent.sector,
      actorKind: 'person', name: antecedent.name, via: 'coreference',
      evidence: [textSpan(doc, antecedent.span.start, antecedent.span.end)],
    });
  }
}
