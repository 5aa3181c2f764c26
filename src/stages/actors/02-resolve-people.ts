import type { Mention, Sentence, Token } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';
import { firstSpanFrom } from '../../core/search.js';
import { type ActorContext, mentionSpan, nestedMentions, pushActor, textSpan, tokenBefore } from './context.js';
import { stateCodeOf } from './01-rank-countries.js';
import { contextCountry } from './08-context-country.js';
import { appositiveAfter, appositiveOfficeAfter, countryOfAfter, userEntryOf } from './09-person-context.js';

/** Staff titles that take their sector from the body they serve ("army spokesman" MIL). */
const GENERIC_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'official', 'senior official', 'secretary', 'deputy', 'leader', 'head', 'chief']);

interface Modifier { code: string | null; sector: string | null; evidence: TextSpan; mentionId: string }

/** The country/organisation modifier ending right before token index `end` ("Armenian", "US", "Russia's", "State Department"). */
function modifierBefore(ctx: ActorContext, sentence: Sentence, endOffset: number): Modifier | null {
  const { doc, kb } = ctx;
  // The last mention of the sentence that ends right before `endOffset`; mentions are sorted by
  // start, so only the sentence's own are scanned (a scan of all of them made long texts quadratic).
  let m: Mention | undefined;
  for (let i = firstSpanFrom(doc.mentions, endOffset) - 1; i >= 0; i--) {
    const x = doc.mentions[i]!;
    if (x.span.start < sentence.span.start) break;
    if (x.span.end <= endOffset && /^\s*('s|’s|')?\s*$/.test(doc.text.slice(x.span.end, endOffset))) {
      m = x;
      break;
    }
  }
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
  // The body's country: a modifier before it, or a state inside its name ("French National Assembly").
  const inner = nestedMentions(doc, m).find((x) => ctx.readings.has(x.id) && stateCodeOf(ctx.readings.get(x.id)!) !== null);
  const outer = modifierBefore(ctx, sentence, m.span.start);
  if (outer) ctx.consumed.add(outer.mentionId);
  return { code: outer?.code ?? (inner ? stateCodeOf(ctx.readings.get(inner.id)!) : null), sector, evidence: mentionSpan(m), mentionId: m.id };
}

/**
 * The longest office title ending at token `last` of the sentence ("head of state", "interior minister") that `accept`
 * takes (given its character span and sector), or null.
 */
function officeEndingAt(ctx: ActorContext, sentence: Sentence, last: number, accept: (start: number, end: number, sector: string) => boolean): { start: number; end: number; sector: string } | null {
  const tokens = ctx.doc.tokens;
  let found: { start: number; end: number; sector: string } | null = null;
  for (let n = 1; n <= ctx.kb.maxPhraseWords + 2 && last - n + 1 >= sentence.tokenStart; n++) {
    const parts = tokens.slice(last - n + 1, last + 1);
    let phrase = '';
    parts.forEach((t, k) => { phrase += k > 0 && t.start > parts[k - 1]!.end ? ` ${t.normal}` : t.normal; });
    const sector = ctx.kb.officeTitles.get(phrase);
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    if (sector && accept(start, end, sector)) found = { start, end, sector };
  }
  return found;
}

/** The common noun owning the title starting at `start` ("the club's security chief", "stadium security chief"), lower case, or null. */
function ownerNoun(tokens: readonly Token[], start: number): string | null {
  let i = tokenBefore(tokens, start);
  if (i >= 0 && /^['’]s?$/.test(tokens[i]!.text)) i--;
  return i >= 0 && tokens[i]!.pos === 'NOUN' ? tokens[i]!.normal.toLowerCase() : null;
}

/**
 * Whether a mention other than `self` overlaps `[start, end)`; only the mentions of the sentence starting at `sentenceStart` can.
 * A mention that is only an office title (`titles`: "MP", which the entity layer reads as an organisation's letters) is the
 * title itself, no other name.
 */
function overlapsOtherMention(mentions: readonly Mention[], self: Mention, sentenceStart: number, start: number, end: number, titles?: ReadonlyMap<string, string>): boolean {
  for (let i = firstSpanFrom(mentions, sentenceStart); i < mentions.length && mentions[i]!.span.start < end; i++) {
    const m = mentions[i]!;
    if (m.id !== self.id && start < m.span.end && !titles?.has(m.text.toLowerCase())) return true;
  }
  return false;
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
  // "Ahmed al-Rashidi … Rashidi said": a later mention drops the article of an Arabic surname.
  const bare = bareSurname(surname);
  const nameSpan = mentionSpan(mention);

  // Longest office title ending right before the name ("Secretary of State", "Foreign Minister"),
  // or before a comma that sets the name in apposition ("his Ghanaian counterpart, Samuel Ablakwa").
  const adjacent = tokenBefore(tokens, mention.span.start);
  // "U.N. Secretary-General Maria Lindqvist": "General" is inside the organisation's name, not a title.
  const titled = officeEndingAt(ctx, sentence, tokens[adjacent]?.normal === ',' ? adjacent - 1 : adjacent,
    (start, end) => !overlapsOtherMention(doc.mentions, mention, sentence.span.start, start, end, kb.officeTitles));
  const title: { text: string; sector: string; start: number } | null = titled ? { text: doc.text.slice(titled.start, titled.end), sector: titled.sector, start: titled.start } : null;
  // "a Dutch MP, Jan Smit": the title read as an organisation's letters is the person's title, no organisation.
  if (titled) for (const m of doc.mentions) if (m.id !== mention.id && m.span.start >= titled.start && m.span.end <= titled.end) ctx.consumed.add(m.id);

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
      // "the stadium's security chief", "club security chief", "Arsenal security chief": a state title any body's staff may hold
      // (offices.json ownedTitles) takes its sector from its owner, and an owner that is no state's body gives none.
      if (kb.ownedTitles.has(title.text.toLowerCase())) {
        if (modifier) sector = modifier.sector ?? (modifier.code !== null ? title.sector : null);
        else {
          // An owner that is a state's body keeps it ("the ministry's security chief"; sectors.json terms), and so does the
          // state itself ("the country's security chief"; offices.json stateOwners).
          const owner = ownerNoun(tokens, title.start);
          if (owner !== null && !kb.stateOwners.has(owner)) sector = kb.sectorTerms.get(owner) ?? null;
        }
      }
      via = 'title';
    }
    // "his Azerbaijani counterpart": the possessive is not part of the actor.
    const before = tokens[tokenBefore(tokens, spanStart)];
    if (before && ['his', 'her'].includes(before.normal)) ctx.consumed.add(`pronoun:${before.start}`);
  }

  if (title && code === null && tokens[tokenBefore(tokens, spanStart)]?.normal === ',') {
    // "Ghana's army chief, Major General Kofi Asante": the office in apposition before the titled name, with its state.
    const office = officeEndingAt(ctx, sentence, tokenBefore(tokens, spanStart) - 1, (_start, _end, sector) => sector !== 'COUNTERPART');
    const modifier = office ? modifierBefore(ctx, sentence, office.start) : null;
    if (office && modifier?.code) {
      ctx.consumed.add(modifier.mentionId);
      evidence.unshift(modifier.evidence, textSpan(doc, office.start, office.end));
      spanStart = modifier.evidence.start;
      code = modifier.code;
      sector ??= office.sector;
    }
  }

  if (!title) {
    // No title, but a state or body right before the name: "Russia's Putin", "U.N. Secretary-General Maria Lindqvist".
    const modifier = modifierBefore(ctx, sentence, mention.span.start);
    if (modifier && modifier.code) {
      ctx.consumed.add(modifier.mentionId);
      evidence.push(modifier.evidence);
      spanStart = modifier.evidence.start;
      code = modifier.code;
      // "the British Prime Minister": a name that is itself an office has that office's sector.
      const office = kb.officeTitles.get(name.toLowerCase().replace(/\s+/g, ' '));
      sector = modifier.sector ?? office ?? null;
      if (office) titleText = name;
      via = 'modifier';
    }
  }
  let spanEnd = mention.span.end;
  let origin: ActorContext['origin'] | undefined;
  let after: TextSpan[] = [];
  // A user's dictionary entry is the user's word: it beats every rule below.
  const user = userEntryOf(ctx, mention);
  if (user) {
    code = user.entry.code;
    sector = user.entry.sector ?? sector;
    via = 'user-dictionary';
    origin = { stage: ctx.origin.stage, resource: user.resource };
  }
  if (code === null) {
    // "King Harald of Norway", "Prime Minister Jacinda Ardern of New Zealand".
    const of = countryOfAfter(ctx, mention, sentence);
    if (of) {
      code = of.code;
      spanEnd = of.evidence.end;
      after = [of.evidence];
      via = 'title-of';
    }
  }
  if (code === null) {
    // "Martin Griffiths, the United Nations humanitarian chief,"; "Pashinyan, Armenia's prime minister".
    const apposition = appositiveAfter(ctx, mention, sentence);
    if (apposition) {
      code = apposition.code;
      sector ??= apposition.sector;
      titleText ??= apposition.title;
      after = apposition.evidence;
      via = 'appositive';
    }
  }
  if (code === null) {
    const known = ctx.people.get(name) ?? ctx.people.get(surname) ?? ctx.people.get(bare);
    if (known) {
      code ??= known.code;
      sector ??= known.sector;
      titleText ??= known.title;
      for (const e of known.evidence) if (!evidence.some((x) => x.start === e.start)) evidence.push(e);
      via = title ? via : 'coreference';
    }
  }
  if (code === null && ctx.memory) {
    // Learned from an earlier article's title ("Armenian Prime Minister Nikol Pashinyan"): the person's own fact beats a guess from context.
    const known = ctx.memory.lookup(name);
    if (known && known.code !== null) {
      code = known.code;
      sector ??= known.sector;
      titleText ??= known.title;
      via = 'memory';
    }
  }
  // "Jane Wanjiru, the interior minister,": an office in apposition naming no state is a title for the context to place.
  const office = code === null && !title && via === 'unresolved' ? appositiveOfficeAfter(ctx, mention, sentence) : null;
  if (office) {
    sector ??= office.sector;
    titleText ??= office.title;
    after = [office.evidence];
    via = 'appositive';
  }
  if (code === null && ((title && title.sector !== 'COUNTERPART') || office)) {
    const context = contextCountry(ctx, sentence, { start: spanStart, end: spanEnd });
    if (context) {
      code = context.code;
      via = context.via;
      evidence.push(context.evidence);
    }
  }
  evidence.push(nameSpan, ...after);
  const fullName = ctx.people.get(surname)?.name.length && name === surname ? ctx.people.get(surname)!.name
    : (via === 'memory' && ctx.memory?.lookup(name)?.name) || (user ? user.entry.name : name);
  pushActor(ctx, {
    span: { start: spanStart, end: spanEnd }, text: doc.text.slice(spanStart, spanEnd),
    code, sector, actorKind: 'person', name: fullName, via, evidence, ...(origin ? { origin } : {}),
  });
  const memory = { name: fullName, code, sector, title: titleText, evidence, at: spanStart };
  // A coreferent mention keeps the first full mention as the person's memory (its evidence is the title).
  if (via !== 'coreference' && via !== 'memory' && (code !== null || !ctx.people.has(surname))) {
    ctx.people.set(fullName, memory);
    ctx.people.set(surname, memory);
    if (bare !== surname && !ctx.people.has(bare)) ctx.people.set(bare, memory);
  }
}

/** An Arabic surname without its article: "al-Kazimi" → "Kazimi", "el-Sayed" → "Sayed"; other names as they are. */
function bareSurname(surname: string): string {
  const m = /^(?:al|el|Al|El)[-‐‑](\p{Lu}\p{L}+)$/u.exec(surname);
  return m ? m[1]! : surname;
}

