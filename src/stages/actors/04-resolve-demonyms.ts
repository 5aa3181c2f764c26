import type { Mention, Sentence } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';
import { type ActorContext, mentionSpan, pushActor, pushPlace, textSpan, tokenAt, tokenBefore, tokenFrom } from './context.js';
import { stateCodeOf } from './01-rank-countries.js';
import { AGENT_SUFFIXES, ETHNIC_SUFFIXES, headSectorAfter } from './phrases.js';
import { nameShapes } from '../../kb/names.js';

/** The one state other than `own` that the sentence names, else the article's most salient other state. */
function otherState(ctx: ActorContext, sentence: Sentence, own: string): { code: string; evidence: TextSpan } | null {
  const found = new Map<string, TextSpan>();
  for (const m of ctx.doc.mentions) {
    if (m.span.start < sentence.span.start || m.span.end > sentence.span.end) continue;
    const reading = ctx.readings.get(m.id);
    const region = reading?.refs.find((r) => r.type === 'region');
    const code = reading ? stateCodeOf(reading) ?? (region && region.type === 'region' ? ctx.kb.regions.get(region.id)?.countryCode ?? null : null) : null;
    if (code && code !== own && !found.has(code)) found.set(code, mentionSpan(m));
  }
  if (found.size === 1) {
    const [[code, evidence]] = [...found] as [[string, TextSpan]];
    return { code, evidence };
  }
  if (found.size > 1) return null;
  const top = [...ctx.salience.entries()].filter(([c]) => c !== own).sort((a, b) => b[1] - a[1])[0];
  const first = top ? ctx.doc.mentions.find((m) => ctx.readings.has(m.id) && stateCodeOf(ctx.readings.get(m.id)!) === top[0]) : undefined;
  return top && first ? { code: top[0], evidence: mentionSpan(first) } : null;
}

/**
 * Demonyms as modifiers: "Armenian prisoners" → ARM CVL, "Russian peacekeepers" → ARM MIL,
 * "a Russian-brokered ceasefire" → RUS GOV. An ethnic label is not a nationality: "ethnic Armenian
 * separatists in Nagorno-Karabakh" are coded by where they are (AZE REB), as PLOVER codes
 * "ethnic Albanians in south Serbia" SRB; without a place they keep the demonym's country.
 */
export function resolveDemonym(ctx: ActorContext, mention: Mention, sentence: Sentence): void {
  const { doc, kb } = ctx;
  const reading = ctx.readings.get(mention.id);
  const code = reading ? stateCodeOf(reading) : null;
  if (!code) return;
  const tokens = doc.tokens;
  const compound = /^-(\w+)/.exec(doc.text.slice(mention.span.end, mention.span.end + 20));
  if (compound) {
    const suffix = compound[1]!.toLowerCase();
    if (ETHNIC_SUFFIXES.has(suffix)) return;
    if (AGENT_SUFFIXES.has(suffix)) {
      pushActor(ctx, { span: mention.span, text: mention.text, code, sector: 'GOV', actorKind: 'country', name: kb.countries.get(code)?.name ?? mention.text, via: 'demonym', evidence: [textSpan(doc, mention.span.start, mention.span.end + compound[0].length)] });
      return;
    }
  }
  const prev = tokens[tokenBefore(tokens, mention.span.start)];
  const ethnic = prev !== undefined && prev.normal === 'ethnic' && prev.sentence === tokens[tokenAt(tokens, mention.span.start)]?.sentence;
  const after = tokenFrom(tokens, mention.span.end);
  const inModifier = (t: { start: number; end: number }): boolean =>
    doc.mentions.some((m) => (m.label === 'NORP' || m.label === 'GPE') && m.span.start <= t.start && t.end <= m.span.end);
  // An organisation right after the demonym ("Armenian Foreign Ministry") resolves it.
  const nextMention = doc.mentions.find((m) => m.span.start > mention.span.end && m.span.start <= mention.span.end + 1);
  if (nextMention && (nextMention.label === 'ORG' || nextMention.label === 'PERSON')) return;

  // "near the Libyan border", "in Greek waters": the state's edge or ground is a place, no party.
  const first = tokenAt(tokens, mention.span.start);
  if (after >= 0 && after < sentence.tokenEnd && nameShapes().isFrontierPlace(tokens, first, after)) return;
  // "in the Georgian capital": the state's capital city is where it happened (a place), no party.
  const capital = after >= 0 && after < sentence.tokenEnd && nameShapes().isCapitalPlace(tokens, first, after) ? kb.capitalOf(code) : undefined;
  if (capital) {
    pushPlace(ctx, { span: { start: mention.span.start, end: tokens[after]!.end }, text: doc.text.slice(mention.span.start, tokens[after]!.end), name: capital.name, countryCode: code, lat: capital.lat, lon: capital.lon, level: 'city' });
    return;
  }
  const head = after >= 0 && after < sentence.tokenEnd ? headSectorAfter(tokens, after, sentence.tokenEnd, kb, inModifier) : null;
  const start = ethnic ? prev.start : mention.span.start;
  // "Hungarian and Romanian officials": each demonym keeps its own span; the noun is evidence.
  const coordinated = head !== null && /\band\b|,/.test(doc.text.slice(mention.span.end, head.start));
  const end = head && !coordinated ? head.end : mention.span.end;
  let finalCode: string | null = code;
  let via = 'demonym';
  const evidence = [mentionSpan(mention)];
  if (head) evidence.push(textSpan(doc, head.start, head.end));
  if (ethnic) {
    // "... separatists in Nagorno-Karabakh": the place after "in" decides the state.
    const rest = doc.text.slice(end, sentence.span.end);
    const m = /^\s+in\s+/.exec(rest);
    if (m) {
      const at = end + m[0].length;
      const place = doc.mentions.find((x) => x.span.start === at || (x.span.start > at && x.span.start <= at + 12 && /^(the\s+)?(north|south|east|west|central)?\w*\s*$/i.test(doc.text.slice(at, x.span.start))));
      const placeReading = place ? ctx.readings.get(place.id) : undefined;
      if (place && placeReading) {
        const region = placeReading.refs.find((r) => r.type === 'region');
        const placeCode = region && region.type === 'region' ? kb.regions.get(region.id)?.countryCode ?? null : stateCodeOf(placeReading);
        if (placeCode) {
          finalCode = placeCode;
          via = 'ethnic-location';
          evidence.push(mentionSpan(place));
        }
      }
    }
  }
  if (ethnic && via === 'demonym') {
    // Policy: an ethnic group is coded by the state it lives in, as PLOVER codes minorities ("ethnic
    // Albanians in south Serbia" SRB). With no "in PLACE", the one other state its sentence names
    // ("ethnic Albanians clashed with Macedonian police" → MKD), else the article's most salient
    // other state; a bare "ethnic Albanians" in a story only about Albania keeps ALB.
    const other = otherState(ctx, sentence, code);
    if (other) {
      finalCode = other.code;
      via = 'ethnic-context';
      evidence.push(other.evidence);
    }
  }
  const isPluralNoun = !head && /s$/.test(mention.text) && tokens[after]?.pos !== 'NOUN';
  pushActor(ctx, {
    span: { start, end }, text: doc.text.slice(start, end), code: finalCode,
    sector: head?.sector ?? (isPluralNoun && ethnic ? 'CVL' : null),
    actorKind: head || isPluralNoun ? 'group' : 'country', name: kb.countries.get(finalCode ?? '')?.name ?? mention.text, via, evidence,
  });
}
