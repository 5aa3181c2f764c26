import type { TimeExpression } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { parseIsoDate } from './calendar.js';
import { combineRanges, isProblem, markSince, resolveOverlaps } from './combine.js';
import { findIsoDates } from './rules/01-find-iso-dates.js';
import { findMonthDays } from './rules/02-find-month-days.js';
import { findMonthYears } from './rules/03-find-month-years.js';
import { findBareMonths } from './rules/04-find-bare-months.js';
import { findWeekdays } from './rules/05-find-weekdays.js';
import { findRelativeDays } from './rules/06-find-relative-days.js';
import { findAgo } from './rules/07-find-ago.js';
import { findRelativePeriods } from './rules/08-find-relative-periods.js';
import { findYears } from './rules/09-find-years.js';
import { findDecades } from './rules/10-find-decades.js';
import { findDurations } from './rules/11-find-durations.js';
import { findSeasons } from './rules/12-find-seasons.js';
import { findOrdinalDays } from './rules/13-find-ordinal-days.js';
import { resolveNarrative } from './narrative.js';
import { naiveSentences } from './sentences.js';
import type { DateRule, ProblemFinding, RuleContext } from './types.js';

// 2: narrative expressions ("the following day", "two years later") resolved against the date told before them.
// 3: a part of the day after a weekday ("on Tuesday night") is part of the expression.
// 4: a narrative count of days anchors on the latest date told at least to the day ("two days earlier" past "this month").
// 5: a part of the day after a day ("by the afternoon", "that night", "later that day") is that day.
// 6: two days of one month written once ("14 to 15 July", "June 3-4") are a range of days.
// 7: "the day before" standing alone, "at the time", "since then" and "have since …" read against the date told before them.
// 8: "by midday", "by noon", "by nightfall", "by dusk" are the day told before them.
// 9: a wire dateline's day a little before the publication ("KABUL, April 24 (Reuters) -", published on the 26th) is the
//    day relative dates are read against (index.ts datelineDay).
// 10: a time after the reference day ("will appear in court on Thursday") anchors no narrative expression of a clause
//     that does not look forward ("said the fighting had started the previous day" counts from the last past day told);
//     the day of a telling ("a rights group said on Wednesday") anchors narrative time only when no act's day was told before.
// 11: a telling's day is only a time right after the speech verb or its listener ("told AFP on Monday"), never one after
//     the words of a reported clause ("said rebels struck on Thursday" dates the act; narrative.ts TELLING_BEFORE).
// 12: a night told by its two days ("the night of Tuesday to Wednesday", "overnight Saturday into Sunday") is a range (combine.ts).
// 13: a bare "later" ("troops later killed …", "said later that …", "hours later") is the day told before it (narrative.ts).
// 14: seasons with a relative word or a year ("last autumn", "the summer of 2021") are years (rules/12-find-seasons.ts).
// 15: a day of a month the text does not name ("on the 12th", "since the 3rd of last month") is the latest such day (rules/13-find-ordinal-days.ts).
// 16: a bare "later" joined to a dated act in its sentence ("arrested on 3 March and later sentenced") is an open span from
//     that day (narrative-later), not that day; "hours later" and "said later" stay that day (narrative.ts).
// 17: 16 only within the sentence of the day told: in a later sentence "later" is a step of that day's story (narrative.ts).
// 18: a stop after a capital initial or before a small letter ends no sentence for 17 ("by U.S. forces and later released").
// 19: a relative word opening a sentence ("Last Wednesday …", "Next Monday …") counts as in lower case (05-find-weekdays.ts).
// 20: a month with a relative year after it ("in August last year", "June this year") is one expression, that year's month.
// 21: "that same day/week/month/year" is "that day" (narrative.ts); a month named by "that" or "the same" ("that same March",
//     "That April") is of the year of the time told before it.
// 22: a capitalised month after "that" followed by a modal, an auxiliary or a verb of saying ("so that May could sack
//     ministers") is a name, no month, unless a preposition comes before "that" (narrative.ts SUBJECT_FOLLOWS).
// 23 (h34d): a span open up to now ("since Sunday") anchors no narrative expression when a point was told before it
//     ("… since Sunday. … turned violent in the afternoon" is the afternoon of the story's day, narrative.ts).
// 24 (h34d): a weekday after words of readiness, an agreement to meet, an invitation or a call for a further act is the
//     nearest such day ahead ("ready to meet the unions on Monday"), as after "will".
// 25 (h34d): "the following morning", "the next evening", "the previous night" are a day after or before the day told (narrative.ts).
// 26 (r34b): the forward-looking words of 24 look forward only when the time closes what they govern, no past verb or
//     "and" between ("Soldiers ready to storm the compound surrounded it on Monday" is last Monday).
// 27 (h36c): a month with "(of) that (same) year" after it ("in June of that year", "late August that year") is that month
//     of the year told before it, one expression (narrative.ts); the month alone was the latest such month before publication.
// 28 (h38d): "last Tuesday" told on a Wednesday is the Tuesday of the week before, not the day before (05-find-weekdays.ts).
// 29 (r38a): so is any weekday of the week still running ("last Monday" told on a Wednesday is the Monday of the week
//     before, as "last Tuesday" is); a day of the week before is the latest one ("last Sunday" told on a Monday).
export const DATES_VERSION = 29;

/** The rules, in order; overlaps are settled afterwards by length, so the order only breaks ties. */
export const DATE_RULES: readonly DateRule[] = [
  findIsoDates, findMonthDays, findMonthYears, findBareMonths, findWeekdays, findRelativeDays, findAgo,
  findRelativePeriods, findYears, findDecades, findDurations, findSeasons, findOrdinalDays,
];

// Words that put the clause in the future, so "will meet on Thursday" looks forward.
const FUTURE_CUE = /\b(?:will|won't|shall|is due|are due|is set to|are set to|is scheduled|are scheduled|is expected to|are expected to|plans? to|planning to|would|upcoming|to be held)\b|'ll\b/i;

// Words that tell a readiness, an agreement to meet, an invitation or a call for a further act: what they name is still to
// come ("ready to meet the unions on Monday", "agreed to resume talks on Friday", "invited the elders to talks on Friday",
// "called for another march on Sunday"), whatever the tense of the verb that tells them. Only when the time closes the
// words they govern (forwardActAhead): "Soldiers ready to storm the compound surrounded it on Monday", "invited the
// envoy and sent troops to Gulu on Monday" date a past act of another verb.
const FORWARD_ACT_CUE = /\b(?:(?:ready|willing|prepared) to|agree(?:s|d)? to (?:meet|resume|hold|reconvene|talks)|(invit(?:e|es|ed|ing))|call(?:s|ed|ing)? for (?:another|a further|further))\b/gi;
// Between the cue and the time: another verb told in the past ends what the cue governs (a regular past, or a common
// irregular one after "and"); "and" alone may join the cue's own objects ("ready to meet the mayor and the elders").
const ANOTHER_VERB = /\b(?:[a-z]{2,}ed|but|then)\b|\band (?:sent|took|met|held|fled|fought|shot|struck|hit|left|gave|went|came|began|brought|threw|made|set|put)\b/i;

/** Whether the clause text before a time ends in words that look forward to an act (FORWARD_ACT_CUE) and govern the time. */
function forwardActAhead(clause: string): boolean {
  const cue = [...clause.matchAll(FORWARD_ACT_CUE)].pop();
  if (!cue) return false;
  const governed = clause.slice(cue.index! + cue[0].length);
  // An invitation looks forward only to what it invites to ("invited the teachers to a new round of talks").
  return governed.length <= 80 && !ANOTHER_VERB.test(governed) && (cue[1] === undefined || /\bto\b/i.test(governed));
}

/** Everything found in one pass: the expressions and the look-alikes that could not be resolved. */
export interface TimeDetection {
  readonly times: TimeExpression[];
  readonly problems: ProblemFinding[];
}

/**
 * Finds and resolves temporal expressions; `publishedAt` (`YYYY-MM-DD`) anchors relative ones and
 * without it only absolute expressions ("in 2020", "Sept. 20, 2022") are returned.
 */
/** A TimeML-style value Chronicle can store: a year 0001–9999 at some precision, or a duration. */
const WELL_FORMED = /^(?!0000)(?:\d{2}|\d{3}|\d{4}(?:-\d{2}(?:-\d{2})?)?|P[\dYMWD]+)$/;

export function detectTimes(text: string, publishedAt?: string, sentences?: readonly Span[]): TimeDetection {
  const reference = publishedAt === undefined ? undefined : parseIsoDate(publishedAt);
  const spans = sentences && sentences.length > 0 ? sentences : naiveSentences(text);
  const futureBefore = (position: number): boolean => {
    const sentence = spans.find((s) => s.start <= position && position < s.end);
    const from = sentence?.start ?? Math.max(0, position - 120);
    // Only the clause holding the expression: "said on Tuesday, …, it will" is past for Tuesday.
    const clause = text.slice(from, position).split(/[,;:—–]|\bsaid\b|\btold\b/).pop() ?? '';
    return FUTURE_CUE.test(clause) || forwardActAhead(clause);
  };
  const context: RuleContext = { text, reference, futureBefore };
  const found = resolveOverlaps(DATE_RULES.flatMap((rule) => rule(context)));
  const combined = resolveNarrative(text, markSince(text, combineRanges(text, found)), publishedAt === undefined || reference === undefined ? undefined : { reference: publishedAt, futureBefore });
  const times: TimeExpression[] = [];
  const problems: ProblemFinding[] = [];
  for (const f of combined) {
    if (isProblem(f)) {
      problems.push(f);
      continue;
    }
    // "29 years ago" read against year 0001 would fall before year 1: no calendar value to give.
    if (!WELL_FORMED.test(f.value) || (f.endValue !== undefined && !WELL_FORMED.test(f.endValue))) {
      problems.push({ kind: 'problem', severity: 'warning', start: f.start, end: f.end, ruleId: 'dates/out-of-range', reason: `"${text.slice(f.start, f.end)}" resolves outside the years 1–9999; no value is given.` });
      continue;
    }
    times.push({
      kind: 'time', id: `t${times.length}`, span: { start: f.start, end: f.end }, text: text.slice(f.start, f.end),
      type: f.type, value: f.value, precision: f.precision,
      ...(f.endValue !== undefined ? { end: f.endValue } : {}),
      ...(f.duration !== undefined ? { duration: f.duration } : {}),
      anchored: f.anchored, rule: f.rule, origin: { stage: `dates@${DATES_VERSION}` },
    });
  }
  return { times, problems };
}

/**
 * Normalises the temporal expressions of `text` against the publication date.
 *
 * @example
 * normalizeTimes('Azerbaijan freed 17 prisoners on Tuesday.', '2022-10-04')[0]?.value // '2022-10-04'
 */
export function normalizeTimes(text: string, publishedAt: string, sentences?: readonly Span[]): TimeExpression[] {
  return detectTimes(text, publishedAt, sentences).times;
}
