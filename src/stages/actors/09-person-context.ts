import type { Mention, Sentence } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';
import { type KbUserEntry, validOn } from '../../kb/index.js';
import { type ActorContext, mentionSpan, textSpan, tokenFrom } from './context.js';
import { stateCodeOf } from './01-rank-countries.js';

/** The user dictionary entry a mention's reading points to, if valid on the article's date. */
export function userEntryOf(ctx: ActorContext, mention: Mention): KbUserEntry | undefined {
  const reading = ctx.readings.get(mention.id);
  if (!reading) return undefined;
  const entries = reading.refs.flatMap((r) => (r.type === 'user' ? [ctx.kb.userEntries.get(r.id)!] : [])).filter(Boolean);
  // Later dictionaries and later entries win (a user's newest word).
  return entries.reverse().find((e) => validOn(e.entry, ctx.doc.source.publishedAt));
}

/** The state of a GPE/NORP/ORG mention that starts exactly at `offset`, with the mention. */
function stateMentionAt(ctx: ActorContext, offset: number): { code: string; mention: Mention } | null {
  const m = ctx.doc.mentions.find((x) => x.span.start === offset);
  const reading = m ? ctx.readings.get(m.id) : undefined;
  if (!m || !reading) return null;
  const code = stateCodeOf(reading);
  if (code) return { code, mention: m };
  const org = reading.refs.find((r) => r.type === 'organisation');
  const record = org && org.type === 'organisation' ? ctx.kb.organisations.get(org.id) : undefined;
  return record ? { code: record.code, mention: m } : null;
}

/**
 * "King Harald of Norway", "Prime Minister Jacinda Ardern of New Zealand": a country right after "of" names
 * the person's state. Not for organisations ("Ken Roth of Human Rights Watch" is a person of an
 * NGO: left to the apposition/organisation rules) and not when another noun follows the country
 * ("of Norway's parliament").
 */
export function countryOfAfter(ctx: ActorContext, mention: Mention, sentence: Sentence): { code: string; evidence: TextSpan } | null {
  const rest = ctx.doc.text.slice(mention.span.end, sentence.span.end);
  const of = /^\s+of\s+(?:the\s+)?/.exec(rest);
  if (!of) return null;
  const hit = stateMentionAt(ctx, mention.span.end + of[0].length);
  const at = mention.span.end + of[0].length;
  const region = ctx.doc.mentions.find((x) => x.span.start === at);
  const regionRef = region ? ctx.readings.get(region.id)?.refs.find((r) => r.type === 'region') : undefined;
  const regionCode = regionRef && regionRef.type === 'region' ? ctx.kb.regions.get(regionRef.id)?.countryCode ?? null : null;
  if (region && regionCode) {
    // "Governor Brian Kemp of Georgia" (the US state in a US story) → USA.
    return { code: regionCode, evidence: textSpan(ctx.doc, mention.span.end + 1, region.span.end) };
  }
  if (!hit || hit.mention.label !== 'GPE') return null;
  const reading = ctx.readings.get(hit.mention.id)!;
  if (!reading.refs.some((r) => r.type === 'country')) return null;
  if (/^\s*'s\b|^\s*’s\b/.test(ctx.doc.text.slice(hit.mention.span.end, hit.mention.span.end + 3))) return null;
  ctx.consumed.add(hit.mention.id);
  return { code: hit.code, evidence: textSpan(ctx.doc, mention.span.end + 1, hit.mention.span.end) };
}

/**
 * An apposition after the name: "Martin Griffiths, the United Nations humanitarian chief,"
 * → UNO; "Nikol Pashinyan, Armenia's prime minister," → ARM GOV; "Bayramov, the Azerbaijani
 * foreign minister" → AZE GOV. The apposition must start with a determiner or a state (so a list
 * "Pashinyan, Aliyev and Putin" is not read as one) and hold a state or organisation within its
 * first six words, before any verb.
 */
export function appositiveAfter(ctx: ActorContext, mention: Mention, sentence: Sentence): { code: string; sector: string | null; title: string | null; evidence: TextSpan[] } | null {
  const { doc, kb } = ctx;
  const tokens = doc.tokens;
  const comma = tokenFrom(tokens, mention.span.end);
  if (comma < 0 || comma >= sentence.tokenEnd || tokens[comma]!.text !== ',' || tokens[comma]!.start !== mention.span.end) return null;
  let i = comma + 1;
  const first = tokens[i];
  if (!first) return null;
  const startsWithDeterminer = ['the', 'a', 'an', 'his', 'her', 'its'].includes(first.normal);
  if (!startsWithDeterminer && !stateMentionAt(ctx, first.start)) return null;
  if (startsWithDeterminer) i++;
  let state: { code: string; mention: Mention } | null = null;
  let sector: string | null = null;
  let titleStart = -1;
  let end = -1;
  for (let n = 0; i < sentence.tokenEnd && n < 8; n++, i++) {
    const t = tokens[i]!;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'who') break;
    state ??= stateMentionAt(ctx, t.start);
    // The longest office title starting here ("prime minister", "emergency relief coordinator" is not one).
    const office = officeStartingAt(ctx, sentence, i);
    if (office) {
      sector ??= office.sector;
      if (titleStart < 0) titleStart = t.start;
    }
    end = t.end;
  }
  if (!state || end < 0) return null;
  ctx.consumed.add(state.mention.id);
  const org = ctx.readings.get(state.mention.id)!.refs.find((r) => r.type === 'organisation');
  if (!sector && org && org.type === 'organisation') sector = kb.organisations.get(org.id)?.sector ?? null;
  const start = tokens[comma + 1]!.start;
  return { code: state.code, sector, title: titleStart >= 0 ? doc.text.slice(titleStart, end) : null, evidence: [mentionSpan(state.mention), textSpan(doc, start, end)] };
}

/**
 * An office in apposition after the name that names no state: "Jane Wanjiru, the interior minister," or "Bashir Omar,
 * the finance minister appointed in March,". The person holds a state's office, whose state the context gives as for a
 * titled name (08-context-country.ts). The apposition starts with "the" and its office title ends its first words:
 * "Kamau, the head of a farmers' union," (no office title), "Kamau, the minister's driver," (a possessive after it) and "Kamau, the leader of the rebels," (the
 * office of the body after "of") are not.
 */
export function appositiveOfficeAfter(ctx: ActorContext, mention: Mention, sentence: Sentence): { sector: string; title: string; evidence: TextSpan } | null {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const comma = tokenFrom(tokens, mention.span.end);
  if (comma < 0 || comma + 2 >= sentence.tokenEnd || tokens[comma]!.text !== ',' || tokens[comma]!.start !== mention.span.end) return null;
  if (tokens[comma + 1]!.normal !== 'the') return null;
  const from = comma + 2;
  // The longest office title starting right after "the", or after one adjective ("the acting president").
  for (const start of [from, from + 1]) {
    const office = officeStartingAt(ctx, sentence, start);
    if (!office) continue;
    if (start > from && tokens[from]!.pos !== 'ADJ' && !/ing$/.test(tokens[from]!.normal)) return null;
    const after = tokens[start + office.length];
    // "the minister's driver" is not the minister; "the leader of the rebels" is the office of the body after "of".
    if (after && ["'s", '’s', "'", 'of', 'for', 'at'].includes(after.normal)) return null;
    const end = tokens[start + office.length - 1]!.end;
    return { sector: office.sector, title: doc.text.slice(tokens[from]!.start, end), evidence: textSpan(doc, tokens[comma + 1]!.start, end) };
  }
  return null;
}

/** The longest office title (not "counterpart", which has no office of its own) starting at token `i` of the sentence, with its length in tokens. */
function officeStartingAt(ctx: ActorContext, sentence: Sentence, i: number): { length: number; sector: string } | null {
  const tokens = ctx.doc.tokens;
  for (let len = Math.min(ctx.kb.maxPhraseWords, sentence.tokenEnd - i); len >= 1; len--) {
    const found = ctx.kb.officeTitles.get(tokens.slice(i, i + len).map((x) => x.normal).join(' '));
    if (found && found !== 'COUNTERPART') return { length: len, sector: found };
  }
  return null;
}
