import type { Quantity, QuantityCategory, QuantityQualifier } from '../../core/document.js';
import { Span, type TextSpan } from '../../core/span.js';
import { MONTH_SOURCE, WEEKDAYS } from '../dates/calendar.js';
import { naiveSentences } from '../dates/sentences.js';
import { CATEGORY_CUES, CLAUSE_BREAK, CUMULATIVE_CUES, FORCE_NOUNS, NOT_COUNTED, personCategory, QUALIFIERS, TOLL_FIGURE_BEFORE, UNMARKED_THING_PLURALS, VAGUE } from './lexicon.js';
import { parseNumber, WORD_NUMBER_SOURCE } from './number-words.js';
import { isPlausibleCount, MAX_PLAUSIBLE_COUNT } from './plausible.js';

// 3: any kind of person WordNet knows is a counted person ("two herders").
// 4: the object of a verb with a particle that kills ("gunned down") or a resultative of death ("shot dead", "to death") counts the dead.
// 5: the subject of an act with an object of its own counts its doers, whatever cue the window gave it ("some 60 youths overran the checkpoint, wounding four").
// 6: a count since protests, demonstrations, fighting or clashes began is a running total, with or without "the"
//    ("Since protests erupted in April 2018, more than 300 people have been killed"), and so is a count "since then".
// 7: counts of people joined by "and" under one verb are summed into one count ("six fighters and two gendarmes were killed": 8 dead;
//    a singular person noun in the list counts one: "a pastor and his two daughters" 3), read on the parse (read-on-parse.ts sumConjoinedCounts).
// 8: one person a counting verb acts on, told with "a"/"an" ("killing an officer", "a journalist was detained"), is a count of one;
//    the doers' count is found by the window's noun when the parse hangs the number on a modifier ("about 30 heavily armed gunmen").
// 9: a toll brought to a figure by a verb of change or level ("the death toll from Sunday's attack rose to 23") counts the dead
//    with no noun beside the figure (lexicon.ts TOLL_FIGURE_BEFORE); the toll of a long-running act is a running total in any tense.
// 10: "neutralised", "murdered", "assassinated", "slaughtered" count the dead (lexicon.ts CATEGORY_CUES, COUNTING_VERBS).
// 11: plurals of animals and things with no "-s" ("200 cattle", "three aircraft") are counts of them (lexicon.ts UNMARKED_THING_PLURALS).
// 12: a first count the others of its list add up to is their total, not summed with them ("detained 12 people, eight miners and
//     four drivers": 12 arrested; read-on-parse.ts sumConjoinedCounts).
// 13: a total's cue told right before a later figure ("…, and a total of 85 have been seized") is that figure's, not an
//     earlier count's of the same sentence (findCumulativeCue).
// 14: a capitalised word names a number only on the number's own line: a lead's figure under a byline is a count (NAME_BEFORE).
// 15: a weekday names no number: "Late Thursday some 80 nurses left their wards" counts the nurses (WEEKDAY_BEFORE).
// 16: a name before "and" a count of others killed, hurt, held, freed or missing is one of them ("Okoth and 12 others were arrested": 13;
//     read-on-parse.ts sumConjoinedCounts).
// 17: a person's name a counting verb kills or wounds is one dead or hurt ("Grace Phiri was shot dead": read-on-parse.ts
//     oneNamedCasualty); a singular "suspect" is a person; "apprehend" counts the arrested (lexicon.ts).
// 18: those a verb of judgment sentences "to death" are people it condemned, not the dead (lexicon.ts JUDGING_VERBS).
// 19 (h30x3): the name before "and" a count of others (16) is one of them only as a person's name (a person mention or
//     none; not a weekday, month, place or time) in the same argument as "others", not the noun of a preposition or a
//     time of the verb ("a ranger was shot on Saturday and five others were wounded": 5 hurt, not 6; read-on-parse.ts).
// 20 (h31p): "several hundred", "a few thousand", "several dozen" are vague counts of hundreds, thousands, dozens (a crowd
//     of "several hundred" was read as 3, "several" alone; lexicon.ts VAGUE).
// 21 (h31g): a person's age set off by commas or brackets after a name or a person noun ("Lina Moreau, 61, was held")
//     is no count (AGE_APPOSED); the whole of a partitive ("a court let two of the eleven go") is no count of its own, and
//     the part counts what the verb says though the whole stands between it and the verb (PARTITIVE_WHOLE).
//     A count of a protest's doers whose release cue is a noun ("wives of sailors barricaded the jetty, pressing for the
//     release of …") counts the doers (read-on-parse.ts releaseNounCue).
// 22 (fx2): a capitalised word before ", N," is a name (N an age) only inside a person mention of the entities stage; a
//     list of places with their counts ("Kitui, 9; Embu, 4.") keeps its counts (isAgeApposed).
export const QUANTITIES_VERSION = 22;

const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s+(?:hundred|thousand|million|billion))?';
const VAGUE_SOURCE = Object.keys(VAGUE).join('|');
const NUMBER_SOURCE = `(?:${DIGITS}|${WORD_NUMBER_SOURCE}|${VAGUE_SOURCE})`;
// Not glued to a word, a currency sign, a decimal, a dash, a colon or a power sign: "G20", "$20",
// "COVID-19", "10:30", "10^40" (neither 10 nor 40 is a count there).
// A slash and a digit after it make a date ("14/03"), not a count.
const NUMBER = new RegExp(`(?<![\\w$€£¥.,:/#'’^-])${NUMBER_SOURCE}(?![\\w%^]|[.,:/]\\d)`, 'gi');
const RANGE_TAIL = new RegExp(`^\\s*(?:-|–|to|and)\\s*(${NUMBER_SOURCE})(?![\\w%^]|[.,:]\\d)`, 'i');
const QUALIFIER_BEFORE = new RegExp(`\\b(${Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).join('|')})\\s+$`, 'i');
const MONTH_BEFORE = new RegExp(`\\b${MONTH_SOURCE}\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SOURCE}\\b`);
const AGE_BEFORE = /\b(?:aged|ages|age of)\s+$/i;
// "Lina Moreau, 61, was held", "a farmer (62)": a figure set off after a person's name or a person noun is the person's age,
// not a count of people; the word before is checked (a person mention or a person noun) by isAgeApposed.
const AGE_APPOSED_BEFORE = /\b([A-Za-z][\w'’-]*)(?:,|\s*\()\s*$/;
const AGE_APPOSED_AFTER = /^\s*(?:,|\)|\.(?:\s|$)|;)/;
// "a court let two of the eleven go", "four of the 30 protesters": the whole a part is taken from, counted before.
const PARTITIVE_WHOLE_BEFORE = new RegExp(`\\b${NUMBER_SOURCE}\\s+of\\s+(?:the|these|those)\\s+$`, 'i');
const PARTITIVE_WHOLE_AFTER = new RegExp(`^\\s+of\\s+(?:the|these|those)\\s+${NUMBER_SOURCE}(?![\\w%^])`, 'i');
const MONEY_BEFORE = /(?:[$€£¥]|\b(?:US\$|USD|EUR|GBP|Rs\.?))\s*$/;
// "Group of 20", "Resolution 242", "Flight 17": a capitalised word right before the number, on the same line, names it.
// A line break ends the name: a byline or dateline ("By Jane Doe", "NAIROBI") above a lead that opens with its
// figure ("More than 30 soldiers died …") names no number.
const NAME_BEFORE = /(?:\b[A-Z][\w-]*[ \t]+of|\bNo\.|#|\b[A-Z][a-z]*[A-Z\d]?[\w-]*)[ \t]*$/;
// A weekday is a capitalised word that names no number ("On Monday 40 protesters …"): the time of the act, before its count.
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${WEEKDAYS.join('|')})[ \\t]*$`, 'i');

/** Value of a number phrase: digits with a scale ("1.3 million"), words, or a vague plural. */
function valueOf(phrase: string): { value: number; vague?: QuantityQualifier } | undefined {
  const normal = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const vague = VAGUE[normal];
  if (vague) return { value: vague.value, vague: vague.qualifier };
  const scaled = /^([\d.,]+) (hundred|thousand|million|billion)$/.exec(normal);
  if (scaled) {
    const base = parseNumber(scaled[1] as string);
    const factor = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }[scaled[2] as 'hundred'];
    return base === undefined ? undefined : { value: Math.round(base * factor) };
  }
  const value = parseNumber(normal);
  return value === undefined ? undefined : { value };
}

const WORD = /^[\s]*([A-Za-z][\w'’-]*)/;
// "two of the detainees", "two of the 30 protesters": the part's noun is the whole's (whose figure is no count: PARTITIVE_WHOLE_BEFORE).
const PARTITIVE_HEAD = new RegExp(`^\\s+of\\s+(?:the|them|those|whom)\\b(?:\\s+${NUMBER_SOURCE}(?![\\w%^]))?`, 'i');
// Prepositions and conjunctions that open a clause or phrase after a figure ("reached 44 after rescuers …") modify no noun.
const FUNCTION_WORD = /^(?:the|a|an|their|its|his|her|our|your|my|those|these|this|that|of|and|or|were|was|are|is|be|been|to|in|on|at|by|for|with|from|who|which|after|before|as|when|while|since|during|until|than|among|near|outside|inside|into)$/;

/**
 * The counted noun after the number: up to three modifiers (demonyms, adjectives, "of the"),
 * then a person noun ("17 Armenian prisoners of war", "about 2,000 Russian peacekeepers") or,
 * failing that, a plain plural noun ("30 tanks").
 */
function findHead(text: string, from: number, limit: number): TextSpan | undefined {
  let position = from;
  const partitive = PARTITIVE_HEAD.exec(text.slice(position, limit));
  if (partitive) position += partitive[0].length;
  else if (/^\s+of\b/i.test(text.slice(position, limit))) position += /^\s+of/i.exec(text.slice(position))?.[0].length ?? 0;
  for (let step = 0; step < 4; step++) {
    const m = WORD.exec(text.slice(position, limit));
    if (!m) return undefined;
    const word = m[1] as string;
    const start = position + m[0].length - word.length;
    const end = start + word.length;
    const lower = word.toLowerCase();
    if (personCategory(lower) !== undefined) {
      const ofWar = /^\s+of\s+war\b/i.exec(text.slice(end, limit));
      const stop = ofWar ? end + ofWar[0].length : end;
      return { start, end: stop, text: text.slice(start, stop) };
    }
    const capitalised = /^[A-Z]/.test(word);
    // A capitalised plural after the modifiers is a people noun: "800,000 Iraqi Kurds".
    if (capitalised && /[a-z]s$/.test(word) && !/^\s+[a-z]+s\b/.test(text.slice(end, limit))) {
      return { start, end, text: word };
    }
    // A noun before a person noun modifies it: "five government soldiers", "two police officers".
    const nounModifier = !FUNCTION_WORD.test(lower) && personCategory((WORD.exec(text.slice(end, limit))?.[1] ?? '').toLowerCase()) !== undefined;
    const modifier = capitalised || nounModifier || /-/.test(word) || /(?:al|an|ian|ese|ish|ic|ive|ed|ly|ern|ary)$/.test(lower) || /^(?:other|more|additional|young|old|elderly|armed|foreign|local|senior|top|civil|private|more|new|former)$/.test(lower);
    if (!modifier) {
      // A plain plural noun ("tanks", "settlements"); verbs and function words end the search.
      if (step < 2 && /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is|was|has|does|says)$/.test(lower)) return { start, end, text: word };
      if (step < 2 && UNMARKED_THING_PLURALS.has(lower)) return { start, end, text: word };
      return undefined;
    }
    position = end;
  }
  return undefined;
}

/**
 * The nearest category cue within the clause window, with its distance from the quantity. A cue
 * the count before took (`taken`) is its own: in "four miners were killed and 9 were injured",
 * "killed" belongs to "four".
 */
function findCue(text: string, window: Span, around: Span, taken?: Span): { category: QuantityCategory; cue: TextSpan } | undefined {
  const slice = text.slice(window.start, window.end);
  let best: { category: QuantityCategory; cue: TextSpan; distance: number } | undefined;
  for (const { category, pattern } of CATEGORY_CUES) {
    for (const m of slice.matchAll(pattern)) {
      const start = window.start + m.index;
      const end = start + m[0].length;
      if (start < around.end && around.start < end) continue;
      if (taken && start < taken.end && taken.start < end) continue;
      const distance = end <= around.start ? around.start - end : start - around.end;
      if (distance > 80) continue;
      if (!best || distance < best.distance) best = { category, cue: { start, end, text: m[0] }, distance };
    }
  }
  return best ? { category: best.category, cue: best.cue } : undefined;
}

/** What may stand between a cue and the figure it is told before: nothing, or a qualifier's words ("a total of at least"). */
const OWNED_BY_NEXT = /^\s*(?:[a-z]+\s+){0,2}$/i;

/**
 * The words that make a count a running total ("since 2011", "so far this year", "the war has
 * killed"), inside the count's own clause (the window cut at clause breaks around it); the nearest wins.
 */
function findCumulativeCue(text: string, window: Span, around: Span): TextSpan | undefined {
  let start = window.start;
  let end = window.end;
  for (const m of text.slice(window.start, window.end).matchAll(CLAUSE_BREAK)) {
    const at = window.start + m.index;
    if (at + m[0].length <= around.start) start = at + m[0].length;
    else if (at >= around.end) { end = at; break; }
  }
  const clause = { start, end };
  const slice = text.slice(clause.start, clause.end);
  let best: { cue: TextSpan; distance: number } | undefined;
  for (const { pattern, before } of CUMULATIVE_CUES) {
    for (const m of slice.matchAll(pattern)) {
      const cue = { start: clause.start + m.index, end: clause.start + m.index + m[0].length, text: m[0] };
      if (before && cue.end > around.start) continue;
      // "Twelve were abducted since Sunday, and a total of 140 have been kidnapped": a total's cue told right before a
      // later figure (only a qualifier between) is that figure's, not the one before it.
      if (cue.start >= around.end && OWNED_BY_NEXT.test(text.slice(cue.end, window.end)) && window.end < text.length && /\d|\p{L}/u.test(text[window.end] ?? '')) continue;
      const distance = Span.distance(cue, around);
      if (distance > 100) continue;
      if (!best || distance < best.distance) best = { cue, distance };
    }
  }
  return best?.cue;
}

/** Sort out the category from the head noun and the nearest cue (the cue wins for what happened). */
function decideCategory(head: TextSpan | undefined, cue: { category: QuantityCategory; cue: TextSpan } | undefined): { category: QuantityCategory; cue?: TextSpan } {
  const headWord = head ? (head.text.split(/\s+/)[0] ?? '').toLowerCase() : undefined;
  const headCategory = headWord === undefined ? undefined : personCategory(headWord) ?? (/^[A-Z]/.test(head?.text ?? '') ? 'persons' : 'other');
  if (headCategory === 'other') return head ? { category: 'other', cue: head } : { category: 'other' };
  if (cue) {
    if (cue.category !== 'troops') return cue;
    if (headWord !== undefined && FORCE_NOUNS.has(headWord)) return cue;
  }
  if (headCategory !== undefined && head) return { category: headCategory, cue: head };
  return { category: 'other' };
}

/**
 * Finds counted quantities ("At least 286 people were killed") with their qualifier, counted noun
 * and category. Years, dates, ages, percentages, money, clock times, measures, ordinals and
 * numbers in names ("Group of 20") are skipped, and so are bare numbers with neither a counted
 * noun nor a category cue. Figures above `MAX_PLAUSIBLE_COUNT` are not counts: they are left out
 * and passed to `onImplausible`.
 *
 * @example
 * findQuantities('At least 286 people were killed.')[0] // { text: 'At least 286', value: 286, qualifier: 'at least', category: 'dead', ... }
 */
export function findQuantities(text: string, sentences?: readonly Span[], onImplausible?: (span: Span, value: number) => void, people: readonly Span[] = []): Quantity[] {
  const spans = sentences && sentences.length > 0 ? sentences : naiveSentences(text);
  const raw: { start: number; end: number; value: number; max?: number; qualifier: QuantityQualifier; numberEnd: number }[] = [];
  let consumed = 0;
  for (const m of text.matchAll(NUMBER)) {
    // The upper end of a range already taken ("between 20 and 30") is not a count of its own.
    if (m.index < consumed) continue;
    let start = m.index;
    let end = start + m[0].length;
    const parsed = valueOf(m[0]);
    if (!parsed) continue;
    if (!isPlausibleCount(parsed.value)) {
      onImplausible?.({ start, end }, parsed.value);
      consumed = end;
      continue;
    }
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || AGE_BEFORE.test(before) || MONEY_BEFORE.test(before)) continue;
    if (isAgeApposed(text, start, end, people) || isPartitiveWhole(text, start)) continue;
    if (NOT_COUNTED.test(after) || /^(?:\s*%|\s*per[- ]?cent\b|st\b|nd\b|rd\b|th\b)/i.test(after)) continue;
    if (/^(?:no|every|any)\s+$/i.test(before.slice(-6)) && /^one$/i.test(m[0])) continue;
    const qualifierMatch = QUALIFIER_BEFORE.exec(before);
    const nameProbe = qualifierMatch ? before.slice(0, before.length - qualifierMatch[0].length) : before;
    if (NAME_BEFORE.test(nameProbe) && !startsSentence(nameProbe) && !/'s\s*$|’s\s*$/.test(nameProbe) && !WEEKDAY_BEFORE.test(nameProbe)) continue;
    let qualifier: QuantityQualifier = parsed.vague ?? 'exact';
    if (qualifierMatch && !parsed.vague) {
      qualifier = QUALIFIERS[(qualifierMatch[1] as string).toLowerCase()] ?? 'exact';
      start -= qualifierMatch[0].length;
    }
    let max: number | undefined;
    const tail = RANGE_TAIL.exec(after);
    const between = /\bbetween\s+$/i.exec(before);
    if (tail && !parsed.vague && (/and/i.test(tail[0].replace(tail[1] as string, '')) ? between : !between)) {
      const upper = valueOf(tail[1] as string);
      if (upper && !upper.vague && upper.value > parsed.value && upper.value <= MAX_PLAUSIBLE_COUNT) {
        max = upper.value;
        qualifier = 'range';
        end += tail[0].length;
        if (between) start -= between[0].length;
      }
    }
    consumed = end;
    raw.push({ start, end, value: parsed.value, ...(max !== undefined ? { max } : {}), qualifier, numberEnd: end });
  }
  const out: Quantity[] = [];
  raw.forEach((r, i) => {
    const sentence = spans.find((s) => s.start <= r.start && r.start < s.end) ?? { start: 0, end: text.length };
    const previous = raw[i - 1];
    const next = raw[i + 1];
    // The clause window: the sentence, cut at the neighbouring numbers so each count gets its own verb.
    const windowStart = Math.max(sentence.start, previous && previous.end <= r.start ? previous.end : sentence.start);
    const windowEnd = Math.min(sentence.end, next && next.start >= r.end ? next.start : sentence.end);
    const head = findHead(text, r.end, windowEnd);
    const year = isYear(text, r);
    if (year && !(head && personCategory(head.text.toLowerCase().split(/\s+/)[0] as string) !== undefined)) return;
    if (!head && /^(?:an?|one)$/i.test(text.slice(r.start, r.end))) return;
    const around = { start: r.start, end: head?.end ?? r.end };
    const last = out[out.length - 1];
    const taken = last?.cue && last.cue.start >= windowStart && last.cue.end <= r.start ? last.cue : undefined;
    // "the death toll from Sunday's attack rose to 23": a figure the toll's verb brings it to counts the dead, with no noun beside it.
    const toll = head ? null : TOLL_FIGURE_BEFORE.exec(text.slice(windowStart, r.start));
    const tollEnd = toll ? windowStart + toll.index + /^(?:death\s+)?\w+/i.exec(toll[0])![0].length : 0;
    const tollCue = toll ? { category: 'dead' as const, cue: { start: windowStart + toll.index, end: tollEnd, text: text.slice(windowStart + toll.index, tollEnd) } } : undefined;
    const cue = tollCue ?? findCue(text, { start: windowStart, end: windowEnd }, around, taken);
    if (!head && !cue) return;
    // Without a noun the number must sit right by its verb ("286 were killed", "wounding 50");
    // "the two held talks" is a reference to parties, not a count.
    // "guards let four of the 30 go": the whole after the part stands between the part and its verb.
    const whole = PARTITIVE_WHOLE_AFTER.exec(text.slice(r.end, windowEnd));
    const told = whole ? { start: r.start, end: r.end + whole[0].length } : r;
    if (!head && !tollCue && (/\b(?:the|these|those|both|all)\s+$/i.test(text.slice(Math.max(0, r.start - 8), r.start)) || !cue || Span.distance(cue.cue, told) > 16)) return;
    const decided = decideCategory(head, cue);
    if (!head && decided.category === 'troops') return;
    // A year after the count does not end its clause for this purpose: "… have died since 2014".
    const nextCount = raw.slice(i + 1).find((n) => !isYear(text, n));
    const cumulativeEnd = Math.min(sentence.end, nextCount && nextCount.start >= r.end ? nextCount.start : sentence.end);
    const cumulative = findCumulativeCue(text, { start: windowStart, end: cumulativeEnd }, around);
    out.push({
      kind: 'quantity', id: `q${out.length}`, span: { start: r.start, end: r.end }, text: text.slice(r.start, r.end),
      value: r.value, ...(r.max !== undefined ? { max: r.max } : {}), qualifier: r.qualifier,
      ...(head ? { head } : {}), category: decided.category, ...(decided.cue ? { cue: decided.cue } : {}),
      ...(cumulative ? { cumulative: true as const, cumulativeCue: cumulative } : {}),
      origin: { stage: `quantities@${QUANTITIES_VERSION}` },
    });
  });
  return out;
}

/** Whether the number at `start` is the whole a part is taken from ("eleven" in "a court let two of the eleven go"), no count of its own. */
export function isPartitiveWhole(text: string, start: number): boolean {
  return PARTITIVE_WHOLE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether the figure from `start` to `end` is a person's age set off after a person's name or a singular person noun
 * ("Lina Moreau, 61,", "a fisherman (47)"). A capitalised word is a name only inside a person mention (`people`, the
 * entities stage's PERSON spans): in a list of places with their counts ("Kitui, 9; Embu, 4.") it is no person.
 */
function isAgeApposed(text: string, start: number, end: number, people: readonly Span[]): boolean {
  const window = Math.max(0, start - 40);
  const before = AGE_APPOSED_BEFORE.exec(text.slice(window, start));
  if (!before || !AGE_APPOSED_AFTER.test(text.slice(end, end + 3))) return false;
  const word = before[1] as string;
  const wordStart = window + before.index;
  const wordEnd = wordStart + word.length;
  if (people.some((p) => p.start <= wordStart && wordEnd <= p.end)) return true;
  // A plural noun before the figure is a list of counts ("protesters, 40, …" is no age); a singular person noun is an age.
  return /^[a-z]/.test(word) && personCategory(word.toLowerCase()) !== undefined && !/s$/.test(word);
}

/** A four-digit number from 1800 to 2099: a year unless a person noun follows it. */
export function isYear(text: string, r: { start: number; end: number; value: number }): boolean {
  return /^\d{4}$/.test(text.slice(r.start, r.end)) && r.value >= 1800 && r.value <= 2099;
}

/** True when `before` ends with a single capitalised word that opens its sentence ("Only 12 …"). */
function startsSentence(before: string): boolean {
  return /(?:^|[.!?]["'”’]?\s+|\n\s*|["“‘]\s*)[A-Z][\w-]*\s*$/.test(before);
}
