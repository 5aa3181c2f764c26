import { parseNumber, WORD_NUMBER_SOURCE } from '../quantities/number-words.js';
import { distanceUnit, shiftDate, type DistanceUnit } from './shift.js';
import type { DatePrecision } from '../../core/document.js';
import type { Finding, TimeFinding } from './types.js';

/**
 * Expressions dated from the story's own time line, not from the publication: "the following
 * day", "the next week", "that day", "the same day", "the previous month", "two days later",
 * "a year earlier", "three weeks afterwards", "later that day", "that night", "the following morning", "by the afternoon" (a
 * part of the day is the day told before it, as is "by midday"), "the day before" standing alone (followed by a noun it
 * names the act it counts from: "the day after the vote"), "at the time", a bare "later" after a day told ("troops
 * later killed 20 attackers": that day; "arrested on 3 March and later sentenced": any time from that day on), and the open spans "since then" and "have since …".
 */
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NARRATIVE = new RegExp(
  `\\b(?:(the\\s+(?:following|next|previous|preceding)|(?:later\\s+)?that(?:\\s+same)?|the\\s+same)\\s+(day|week|month|year)\\b`
  + `|(\\d+|${WORD_NUMBER_SOURCE}|a|an)\\s+(days?|weeks?|months?|years?|decades?)\\s+(later|earlier|afterwards?)\\b`
  // A part of the day told after a day: "on Monday … by the afternoon", "that night" — the same day.
  + `|(?:(?:later\\s+)?that|the\\s+same|(?:by|in|during|(?:later|early)\\s+in)\\s+the)\\s+(morning|afternoon|evening|night)\\b`
  // "The day before, rebels had burned …": standing alone (a comma or the sentence's end after it), not "the day before the vote".
  + `|\\bthe\\s+(day|week|month|year)\\s+(before|after)(?=\\s*[,.;:]|\\s*$)`
  // "at the time": the time just told.
  + `|\\b(at\\s+the\\s+time)\\b(?!\\s+of\\b)`
  // "By midday, a crowd had gathered": later on the day just told.
  + `|\\bby\\s+(midday|noon|nightfall|dusk|mid-?morning|mid-?afternoon)\\b`
  // "Since then, …", "have since held talks": an open span from the time just told.
  + `|\\b(since\\s+then|(?<=\\b(?:has|have|had)\\s+)since(?=\\s+[a-z]+(?:ed|en|ld|ne|wn|un|ht)\\b))\\b)`
  // "Troops later killed 20 of the attackers", "the ministry said later that …", "hours later": a later step of the
  // day told before it, with no count of days (the same day, at the anchor's precision). Not "days/weeks later" (no
  // count given: unknown), not a plan ("will decide later"), nor "later than", "later in the week", "a later date".
  + `|(?<!\\b(?:days|weeks|months|years|decades|be|a|the|no|much|even)\\s+)(?<!\\b(?:will|would|could|may|might|should|can|to)\\s+(?:[a-z]+\\s+){0,2})`
  + `\\b((?:(?:hours|minutes|moments)\\s+)?later(?:\\s+on)?)\\b(?!\\s+(?:than|in|on|next|last|stage|date|years?|months?|weeks?|days?)\\b)(?![-–])`
  // "that same March", "that April": a month named in the year of the time told before it (capitalised, checked below).
  + `|\\b(?:that(?:\\s+same)?|the\\s+same)\\s+(${MONTH_NAMES.join('|')})\\b`
  // "The following morning, the envoys flew home …", "the previous evening": a part of the day after or before the day told.
  + `|\\bthe\\s+(following|next|previous|preceding)\\s+(?:morning|afternoon|evening|night)\\b`
  // "in June of that year", "in late August that year": a month named with the year of the time told before it. The month
  // alone was already read against the publication (its latest such month), which a year told earlier corrects.
  + `|\\b(${MONTH_NAMES.join('|')})\\s+(?:of\\s+)?(?:that(?:\\s+same)?|the\\s+same)\\s+year\\b`,
  'gi',
);

/**
 * A verb of saying right before a time ("said on Wednesday", "told reporters on Monday", "told AFP Tuesday", "said
 * Tuesday"). Between them only who was told (a listener noun or a capitalised name), never the words of a clause:
 * "said rebels attacked on Thursday" dates the attack, not the telling.
 */
const TELLING_BEFORE = /\b(?:said|says|told|announced|reported|added|stated|confirmed)(?:\s+(?:reporters|journalists|parliament|lawmakers|him|her|them|us|me|the\s+press|[A-Z][\w’'-]*)){0,2}?(?:\s+(?:late\s+|early\s+)?on)?\s+$/;

/** A modal, an auxiliary or a verb of saying after a capitalised word: the word is a clause's subject ("that May could …"). */
const SUBJECT_FOLLOWS = /^\s+(?:could|can|would|will|should|might|must|may|shall|did|does|do|had|has|have|is|was|were|said|says|told|added|insisted|argued|warned|wrote|claimed|announced|replied|agreed|refused|wanted|hoped|promised|resigned)\b/i;

/** Precisions from coarsest to finest, and the precision a count of each unit needs of its anchor. */
const PRECISION_RANK: readonly DatePrecision[] = ['century', 'decade', 'year', 'month', 'day'];
const PRECISION_OF_UNIT: Readonly<Record<DistanceUnit, DatePrecision>> = { day: 'day', week: 'day', month: 'month', year: 'year', decade: 'decade' };

/**
 * Resolves narrative expressions against the latest date told before them in the text (the story's
 * reference time, as in TimeML's "anchor" of a relative expression): "On 29 June, jets bombed
 * Nyala. The following day, protesters marched" → 2024-06-30. A count moves the anchor ("two years
 * later"), at the coarser of the anchor's and the unit's precision (`shiftDate`); a narrative date
 * can anchor the next one. With no date told before, nothing is made (the publication is no anchor
 * for "the following day"). Findings that already cover the words are kept as they are.
 */
export function resolveNarrative(text: string, findings: readonly Finding[], future?: { readonly reference: string; readonly futureBefore: (position: number) => boolean }): Finding[] {
  // The month of "June of that year" was found alone ("June", "late August"): the whole phrase replaces it.
  const monthOfYear = (m: RegExpMatchArray, f: Finding) => m[15] !== undefined && f.kind === 'time' && f.precision === 'month'
    && f.start >= m.index! - 12 && f.end <= m.index! + m[15].length;
  const matches = [...text.matchAll(NARRATIVE)]
    .filter((m) => !findings.some((f) => f.start < m.index + m[0].length && m.index < f.end && !monthOfYear(m, f)));
  if (matches.length === 0) return [...findings];
  const out: Finding[] = [...findings];
  for (const m of matches) {
    let start = m.index;
    const end = start + m[0].length;
    // The month found alone gives way to the phrase, which starts where it did ("late August that year").
    const alone = m[15] === undefined ? [] : out.filter((f) => f.start < end && start < f.end && monthOfYear(m, f));
    if (m[15] !== undefined && !/^\p{Lu}/u.test(m[15])) continue;
    for (const f of alone) start = Math.min(start, f.start);
    // A month named by "that" is capitalised: a lowercase one is the modal "may" ("so that may be …"). A capitalised one
    // may still be a name after a "that" of a clause ("changed the rules so that May could sack ministers", "aides said
    // that June had left"): a modal, an auxiliary or a verb of saying right after it makes it the clause's subject, not a
    // month, unless a preposition puts the month first ("in that May", "by that same April").
    if (m[13] !== undefined && (!/^\p{Lu}/u.test(m[13])
      || (SUBJECT_FOLLOWS.test(text.slice(end, end + 20)) && !/\b(?:in|by|during|until|till|from|since|of|through|throughout)\s+$/i.test(text.slice(Math.max(0, start - 15), start))))) continue;
    const unitWord = m[2] ?? m[4] ?? m[7] ?? (m[9] !== undefined || m[11] !== undefined || m[13] !== undefined || m[15] !== undefined ? 'year' : 'day');
    // A time after the reference day ("will appear in court on Thursday") is a plan, not the story's time line: it anchors
    // only a narrative expression of a clause that looks forward too ("will meet on Monday and again the following day").
    const ahead = (f: TimeFinding) => future !== undefined && f.value.slice(0, 10) > future.reference.slice(0, 10) && !future.futureBefore(start);
    const earlier = out.filter((f): f is TimeFinding => f.kind === 'time' && f.type !== 'duration' && f.end <= start && !ahead(f))
      .sort((a, b) => b.end - a.end);
    // "Schools have stood empty since Sunday. … turned violent in the afternoon": a span open up to now ("since Sunday")
    // tells how long a state has held, no step of the story's time line; the point told before it is the anchor, the
    // span's start only failing one.
    const points = earlier.filter((f) => f.type !== 'since');
    const told = points.length > 0 ? points : earlier;
    // "Police arrested 23 marchers, the forum said on Wednesday. Two days earlier, …": the day of a telling is when the
    // story was told, not a step of its time line; an act's day told before it is the anchor, the telling's only failing one.
    const acts = told.filter((f) => !TELLING_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)));
    // Said later ("the ministry said later that …"): a telling after the time told last, whatever that time was of.
    const saidLater = m[12] !== undefined && /\b(?:said|says|told|announced|added|stated|confirmed|reported)\s+$/i.test(text.slice(Math.max(0, start - 20), start));
    const candidates = acts.length > 0 && !saidLater ? acts : told;
    // The story's reference time is the latest date told at least as finely as the count: "two days
    // earlier" after "on Monday … this month" counts from Monday, not from the month.
    // Only a coarser date that holds the finer one is passed over ("this month" holding Monday);
    // a later month or year told after it moves the story on ("In April, …").
    const needed = PRECISION_OF_UNIT[distanceUnit(unitWord) ?? 'year'];
    const fine = (f: TimeFinding) => PRECISION_RANK.indexOf(f.precision) >= PRECISION_RANK.indexOf(needed);
    const latest = candidates[0];
    const finer = latest && !fine(latest) ? candidates.find(fine) : undefined;
    const anchor = finer && finer.value.startsWith(latest!.value) ? finer : latest;
    if (!anchor) continue;
    let count: number | undefined;
    let unit: DistanceUnit | undefined;
    if (m[13] !== undefined || m[15] !== undefined) {
      for (const f of alone) out.splice(out.indexOf(f), 1);
      const month = MONTH_NAMES.indexOf((m[13] ?? m[15]!).toLowerCase()) + 1;
      out.push({ kind: 'time', start, end, type: 'point', value: `${anchor.value.slice(0, 4)}-${String(month).padStart(2, '0')}`, precision: 'month', anchored: 'narrative', rule: 'narrative' });
      continue;
    }
    if (m[11] !== undefined) {
      // A span from the time told: it starts where that time ends ("from 2 to 6 March … Since then").
      const from = anchor.endValue ?? anchor.value;
      out.push({ kind: 'time', start, end, type: 'since', value: from, precision: anchor.precision, anchored: 'narrative', rule: 'narrative-since' });
      continue;
    }
    if (m[12] !== undefined) {
      // A step of a day's time line only: "later" after a month or a year may be any time after it ("seized the city in 2014
      // and later took the port"). Later than a range is after its end ("between 1 and 3 July … later").
      if (anchor.precision !== 'day') continue;
      // "hours later", "said later that", "… on Monday. Troops later killed 20 attackers": a step of the same day's
      // story. A bare "later" joined to the act its day is told of, in one sentence ("arrested on 3 March and later
      // sentenced"), tells a further act of a process, only after that day: an open span from it, which an event dates
      // by the finest unit holding it and the report (the month, or the publication's).
      // A sentence ends at a stop before a capital, not at an initial's ("by U.S. forces and later released").
      const sameSentence = !/(?<!\b\p{Lu})[.!?]["'”’]?\s+(?=["'“‘]?\p{Lu})/u.test(text.slice(anchor.end, start));
      const sameDay = /^(?:hours|minutes|moments)\b/i.test(m[12]) || saidLater || !sameSentence;
      const from = anchor.endValue ?? anchor.value;
      out.push(sameDay ? { kind: 'time', start, end, type: 'point', value: from, precision: anchor.precision, anchored: 'narrative', rule: 'narrative' }
        : { kind: 'time', start, end, type: 'since', value: from, precision: anchor.precision, anchored: 'narrative', rule: 'narrative-later' });
      continue;
    }
    if (m[9] !== undefined) {
      out.push({ kind: 'time', start, end, type: 'point', value: anchor.value, precision: anchor.precision, anchored: 'narrative', rule: 'narrative' });
      continue;
    }
    if (m[6] !== undefined || m[10] !== undefined) {
      count = 0;
      unit = 'day';
    } else if (m[14] !== undefined) {
      count = /previous|preceding/i.test(m[14]) ? -1 : 1;
      unit = 'day';
    } else if (m[7] !== undefined) {
      count = m[8]!.toLowerCase() === 'before' ? -1 : 1;
      unit = distanceUnit(m[7]);
    } else if (m[2] !== undefined) {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      count = word === 'that' || word === 'later that' || /\bsame$/.test(word) ? 0 : /previous|preceding/.test(word) ? -1 : 1;
      unit = distanceUnit(m[2]);
    } else {
      const counted = /^an?$/i.test(m[3]!) ? 1 : parseNumber(m[3]!);
      count = counted === undefined ? undefined : /^earlier$/i.test(m[5]!) ? -counted : counted;
      unit = distanceUnit(m[4]!);
    }
    if (count === undefined || unit === undefined) continue;
    // Later acts count from a range's end ("between 1 and 3 July … the next day" is 4 July), earlier ones from its start.
    const from = count > 0 && anchor.endValue !== undefined ? anchor.endValue : anchor.value;
    const moved = shiftDate(from, anchor.precision, count, unit);
    if (!moved) continue;
    out.push({ kind: 'time', start, end, type: 'point', ...moved, anchored: 'narrative', rule: 'narrative' });
  }
  return out.sort((a, b) => a.start - b.start);
}
