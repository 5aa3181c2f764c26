import { firstTokenFrom } from '../../core/search.js';
import { Span } from '../../core/span.js';
import { loadGroupNouns } from '../../kb/group-nouns.js';
import { stateCodeOf } from './01-rank-countries.js';
import { dominantState } from './14-group-nouns.js';
import { type ActorContext, textSpan } from './context.js';

/**
 * "In Maputo, the Ministry of Interior said …", "In Nairobi, foreign ministry spokesman Daniel Ouma rejected …": a
 * sentence opened by "In PLACE," sets the scene of its subject, and a state's office told from there, whose own words name
 * no state, is that place's state's — the other state the sentence names is the one it speaks of ("lodged a protest with
 * Pretoria"), which kept the group-noun and office rules from coding it. The place must name its state as a state (a
 * state's name or its capital), or lie in the one state the story is about: a town abroad ("In Geneva, …") is a venue.
 * Only the subject right after the comma is coded (`scene-place`), never an office acted on later in the sentence.
 */
export function codeSceneSubjects(ctx: ActorContext): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const stateSectors = loadGroupNouns(ctx.groupNouns).stateSectors;
  const top = dominantState(ctx);
  for (const sentence of doc.sentences) {
    const first = tokens[sentence.tokenStart];
    if (!first || first.normal !== 'in') continue;
    const scene = doc.mentions.find((m) => m.span.start === tokens[sentence.tokenStart + 1]?.start);
    if (!scene) continue;
    const comma = firstTokenFrom(tokens, scene.span.end);
    if (comma < 0 || comma >= sentence.tokenEnd || tokens[comma]!.text !== ',') continue;
    const reading = ctx.readings.get(scene.id);
    const named = reading ? stateCodeOf(reading) : null;
    const place = ctx.places.find((p) => Span.overlaps(p.span, scene.span));
    const code = named ?? (place?.countryCode && place.countryCode === top ? place.countryCode : null);
    if (!code || !ctx.kb.countries.has(code)) continue;
    // The subject: the first actor after the comma, before any verb ("foreign ministry spokesman Daniel Ouma rejected").
    const after = tokens[comma]!.end;
    const verb = tokens.slice(comma + 1, sentence.tokenEnd).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const limit = verb?.start ?? sentence.span.end;
    let index = -1;
    for (const [j, a] of ctx.actors.entries()) {
      if (a.span.start >= after && a.span.start < limit && (index < 0 || a.span.start < ctx.actors[index]!.span.start)) index = j;
    }
    const subject = ctx.actors[index];
    if (!subject || subject.code !== null || !stateSectors.has(subject.sector ?? '')) continue;
    ctx.actors[index] = { ...subject, code, via: 'scene-place', evidence: [...subject.evidence, textSpan(doc, scene.span.start, scene.span.end)] };
  }
}
