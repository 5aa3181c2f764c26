import type { Mention, Sentence } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';
import { type ActorContext, mentionSpan, pushActor, textSpan, tokenBefore } from './context.js';
import { stateCodeOf } from './01-rank-countries.js';

/** Staff titles that take their sector from the body they serve ("army spokesman" MIL). */
const GENERIC_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'official', 'senior official', 'secretary', 'deputy', 'leader', 'head', 'chief']);

interface Modifier { code: string | null; sector: string | null; evidence: TextSpan; mentionId: string }

/** The country/organisation modifier ending right before token index `end` ("Armenian", "US", "Russia's", "State Department"). */
function modifierBefore(ctx: ActorContext, sentence: Sentence, endOffset: number): Modifier | null {
  const { doc, kb } = ctx;
  const m = [...doc.mentions].reverse().find((x) => x.span.end <= endOffset && x.span.start >= sentence.span.start && /^\s*('s|’s|')?\s*$/.test(doc.text.slice(x.span.end, endOffset)));
  if (!m || !['NORP', 'GPE', 'ORG'].includes(m.label)) return null;
  const reading = ctx.readings.get(m.id);
  if (reading) {
    const org = reading.refs.find((r) => r.type === 'organisation');
    if (org && org.type === 'organisation') {
      const record = kb.organisations.get(org.id)!;
      return { code: record.code, sector: record.sector, evidence: mentionSpan(m), mentionId: m.id };
    }
    return { code: stateCodeOf(reading), sector: null, evidence: mentionSpan(m), mentionId: m.id };
  }
  if (m.label !== 'ORG') return null;
  // An unknown body ("National Assembly"): its head gives the sector, a modifier before it the country.
  const words = m.text.toLowerCase().split(/\s+/);
  let sector: string | null = null;
  for (let i = 0; i < words.length && !sector; i++) sector = kb.sectorTerms.get(words.slice(i).join(' ')) ?? null;
  const outer = modifierBefore(ctx, sentence, m.span.start);
  if (outer) ctx.consumed.add(outer.mentionId);
  return { code: outer?.code ?? null, sector, evidence: mentionSpan(m), mentionId: m.id };
}

/**
 * People: "Armenian Prime Minister Nikol Pashinyan" → ARM GOV from the demonym and the title;
 * "State Department spokesman Ned Price" → USA GOV from the body; "his Azerbaijani counterpart
 * Jeyhun Bayramov" → AZE with the title of the person he is the counterpart of; "Pashinyan said"
 * → the earlier Pashinyan.
 */
export function resolvePerson(ctx: ActorContext, mention: Mention, sentence: Sentence): void {
  const { doc, kb } = ctx;
  const tokens = doc.tokens;
  const name = mention.text;
  const surname = name.split(/\s+/).pop() ?? name;
  const nameSpan = mentionSpan(mention);

  // Longest office title ending right before the name ("Secretary of State", "Foreign Minister").
  const last = tokenBefore(tokens, mention.span.start);
  let title: { text: string; sector: string; start: number } | null = null;
  for (let n = 1; n <= kb.maxPhraseWords + 2 && last - n + 1 >= sentence.tokenStart; n++) {
    const parts = tokens.slice(last - n + 1, last + 1);
    let phrase = '';
    parts.forEach((t, k) => { phrase += k > 0 && t.start > parts[k - 1]!.end ? ` ${t.normal}` : t.normal; });
    const sector = kb.officeTitles.get(phrase);
    if (sector) title = { text: doc.text.slice(parts[0]!.start, parts[parts.length - 1]!.end), sector, start: parts[0]!.start };
  }

  const evidence: TextSpan[] = [];
  let code: string | null = null;
  let sector: string | null = null;
  let titleText: string | null = null;
  let via = 'unresolved';
  let spanStart = mention.span.start;

  if (title) {
    evidence.push(textSpan(doc, title.start, title.start + title.text.length));
    spanStart = title.start;
    const modifier = modifierBefore(ctx, sentence, title.start);
    if (modifier) {
      ctx.consumed.add(modifier.mentionId);
      evidence.unshift(modifier.evidence);
      spanStart = modifier.evidence.start;
      code = modifier.code;
    }
    if (title.sector === 'COUNTERPART') {
      // The counterpart has the office of the titled person before it in the sentence.
      const other = [...ctx.people.values()].filter((p) => p.title && p.at >= sentence.span.start && p.at < title!.start).sort((a, b) => b.at - a.at)[0];
      titleText = other?.title ?? null;
      sector = other?.sector ?? null;
      if (other) evidence.push(...other.evidence.slice(-2));
      via = 'counterpart';
    } else {
      titleText = title.text;
      const generic = GENERIC_TITLES.has(title.text.toLowerCase());
      sector = generic && modifier?.sector ? modifier.sector : title.sector;
      via = 'title';
    }
    // "his Azerbaijani counterpart": the possessive is not part of the actor.
    const before = tokens[tokenBefore(tokens, spanStart)];
    if (before && ['his', 'her'].includes(before.normal)) ctx.consumed.add(`pronoun:${before.start}`);
  }

  if (!title || code === null) {
    const known = ctx.people.get(name) ?? ctx.people.get(surname);
    if (known) {
      code ??= known.code;
      sector ??= known.sector;
      titleText ??= known.title;
      for (const e of known.evidence) if (!evidence.some((x) => x.start === e.start)) evidence.push(e);
      via = title ? via : 'coreference';
    }
  }
  // Appositive after the name: "Nikol Pashinyan, Armenia's prime minister," is left for later.
  evidence.push(nameSpan);
  const fullName = ctx.people.get(surname)?.name.length && name === surname ? ctx.people.get(surname)!.name : name;
  pushActor(ctx, {
    span: { start: spanStart, end: mention.span.end }, text: doc.text.slice(spanStart, mention.span.end),
    code, sector, actorKind: 'person', name: fullName, via, evidence,
  });
  const memory = { name: fullName, code, sector, title: titleText, evidence, at: spanStart };
  // A coreferent mention keeps the first full mention as the person's memory (its evidence is the title).
  if (via !== 'coreference' && (code !== null || !ctx.people.has(surname))) {
    ctx.people.set(fullName, memory);
    ctx.people.set(surname, memory);
  }
}

