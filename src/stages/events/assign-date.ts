import type { ArticleDoc, DatePrecision, TimeExpression } from '../../core/document.js';
import { syntaxOf, type SyntaxView } from '../../syntax/relations.js';
import { DATELINE_MAX } from '../sentences/split-dateline.js';
import { distanceUnit, shiftDate, type DistanceUnit } from '../dates/shift.js';
import { parseNumber } from '../quantities/number-words.js';
import type { Clause } from './clauses.js';
import { isSpeech, ROLE_WORDS } from './role-words.js';
import type { TriggerMatch } from './find-triggers.js';
import { VERBAL_TYPES } from './merge-mentions.js';

export interface EventDate {
  value: string | null;
  precision: DatePrecision | null;
  /** 'clause' | 'clause-coordinated' | 'governing-clause' | 'publication' | 'shortly-after' … */
  rule: string;
  time?: TimeExpression;
  confidence: number;
}

const DATED_TYPES = new Set(['point', 'range', 'since']);
/**
 * A wire dateline the sentences stage left on a lead: only a date and a place in capitals (the DATELINE shape of
 * split-dateline.ts, its place written in capitals) before the agency and dash, which open within 40 characters of the
 * sentence's start. An abbreviation in brackets followed by a dash later in a sentence ("the Northern Alliance (NA) — a
 * coalition of …") is no dateline.
 */
const WIRE_DATELINE = /^(?<before>(?:(?:\p{Lu}[\p{Lu}\p{M}.'’-]+|\d{1,4}(?:st|nd|rd|th)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?),? ){0,6})\([^()]{2,40}\) ?[-–—]{1,2} (?=\S)/u;
const WIRE_DATELINE_LEAD = 40;

/** A sentence is an article's lead when no sentence before it ends as a sentence does (those are a headline-less byline or date lines). */
function isLead(doc: ArticleDoc, sentenceIndex: number): boolean {
  for (let k = 0; k < sentenceIndex; k++) {
    const s = doc.sentences[k]!;
    if (/[.!?]["”’)]?\s*$/.test(doc.text.slice(s.span.start, s.span.end))) return false;
  }
  return true;
}
/** Relations inside a noun phrase: a date there modifies the noun, not the clause's act. */
const NOUN_INTERNAL = new Set(['nummod', 'compound', 'amod', 'det', 'flat']);
const CORE_ARGUMENT = new Set(['nsubj', 'obj', 'csubj']);
/** Prepositions of a circumstance that frames the act's time: a date inside it ("during Friday prayers") dates the act. */
const FRAME_CASES = new Set(['during', 'amid']);
const CLAUSE_ADJUNCT = new Set(['obl', 'advmod']);
/** Conjunctions of an adverbial clause that happens at the same time as its main clause ("When the Soviet Union collapsed in 1991, …"). */
const SIMULTANEOUS = new Set(['when', 'as', 'while', 'during', 'whilst']);

function within(time: TimeExpression, start: number, end: number): boolean {
  return time.span.start >= start && time.span.end <= end;
}

/** Month value of a day/month value; a coarser value is returned unchanged. */
export function truncate(value: string, precision: DatePrecision): { value: string; precision: DatePrecision } {
  const order: DatePrecision[] = ['century', 'decade', 'year', 'month', 'day'];
  const current = value.length >= 10 ? 'day' : value.length === 7 ? 'month' : value.length === 4 ? 'year' : value.length === 3 ? 'decade' : 'century';
  if (order.indexOf(current) <= order.indexOf(precision)) return { value, precision: current };
  const lengths: Record<DatePrecision, number> = { century: 2, decade: 3, year: 4, month: 7, day: 10 };
  return { value: value.slice(0, lengths[precision]), precision };
}

const PREFIXES: readonly [DatePrecision, number][] = [['day', 10], ['month', 7], ['year', 4], ['decade', 3]];

/**
 * The date of an act told over a span: the finest unit holding both ends, never a day the text does
 * not single out ("between 14 and 15 July" → that July; "since Tuesday", told on Wednesday,
 * → the month; "from 1992 to 1994" → the 1990s). "since X" spans from X to the publication. A span
 * no year holds (no decade, for years) keeps its start, as a point would.
 */
export function spannedDate(time: TimeExpression, published?: string): { value: string; precision: DatePrecision } {
  const end = time.type === 'range' ? time.end : time.type === 'since' ? published?.slice(0, time.value.length) : undefined;
  if (!end || end === time.value) return { value: time.value, precision: time.precision };
  // "has ruled by decree since 2021", told in 2026: the year the state began, not "the 2020s" (a decade is no date an
  // analyst gives an act told by its start; whether "since 2019" climbed would hang on where the decade turns).
  if (time.type === 'since' && time.precision === 'year') return { value: time.value, precision: time.precision };
  // Days and months climb to the year at most, years (of a range) to the decade: "since November" told in January is not "the 2020s".
  const limit = time.precision === 'year' ? 'decade' : 'year';
  const units = PREFIXES.slice(PREFIXES.findIndex(([p]) => p === time.precision) + 1, PREFIXES.findIndex(([p]) => p === limit) + 1);
  const shared = units.find(([, n]) => time.value.slice(0, n) === end.slice(0, n));
  return shared ? { value: time.value.slice(0, shared[1]), precision: shared[0] } : { value: time.value, precision: time.precision };
}

/**
 * "arrested on 3 March and later sentenced", "detained on Monday and later charged": an act told only as after a day
 * (the dates stage's open span "narrative-later") has no date of its own. Within one month it is that month; across
 * months the text supports no finer unit than the year, and an analyst dates such a clause by the publication's month
 * (guideline 7), which a year-wide reference still holds.
 */
function laterDate(time: TimeExpression, published: { value: string; precision: DatePrecision } | null): { value: string; precision: DatePrecision } | undefined {
  if (time.rule !== 'narrative-later' || time.type !== 'since' || !published) return undefined;
  const spanned = spannedDate(time, published.value);
  // Only a month both ends share is the text's. Within a year, the publication's month; a span across years shares no
  // unit (spannedDate then gives the anchor's day): the anchor's year, the story the clause goes on with.
  if (spanned.precision === 'month') return spanned;
  return spanned.precision === 'year' ? truncate(published.value, 'month') : truncate(time.value, 'year');
}

/** The publication date as a date value: a day, or a month or year when that is all that is known (`--published 2022-10`). */
export function publicationDate(doc: ArticleDoc): { value: string; precision: DatePrecision } | null {
  const p = doc.source.publishedAt;
  if (!p) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(p)) return { value: p.slice(0, 10), precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(p)) return { value: p, precision: 'month' };
  return /^\d{4}$/.test(p) ? { value: p, precision: 'year' } : null;
}

/**
 * The date that governs a trigger, from its own clause or the clauses that govern it — never from
 * a date stated about another act: a time expression in the trigger's own clause (the nearest);
 * else one in a governing clause, climbing the parse ("troops shelled Kharkiv on Monday, killing 5":
 * the participle takes Monday; "X said on Monday that Y attacked": the report's Monday); else the
 * publication date, with a low confidence. A sentence's relative clause ("X, arrested in March
 * 2002, …") or a previous sentence does not date the act. Explicit anaphors ("that day", "the next
 * day") are time expressions of their own clause, resolved by the dates stage.
 * "days after X" dates X to the month of the governing date: it happened shortly before.
 * `otherActs` maps the heads of the sentence's other triggers to their event types.
 */
export function assignDate(doc: ArticleDoc, sentenceIndex: number, clause: Clause, clauses: readonly Clause[], trigger: TriggerMatch,
  otherActs: ReadonlyMap<number, string> = new Map(), anaphor?: (chain: readonly Clause[]) => EventDate | null,
  sameActor?: () => EventDate | null, promised = false): EventDate[] {
  // A future act coded as the promise, concession or threat of it: the time of its own clause is when the act is to
  // happen; the promise is of the time of the clause that tells it ("announced on Monday that …"), when that clause gives one.
  const told = promised ? clauseDates(doc, sentenceIndex, clause, clauses, trigger, otherActs, anaphor, sameActor, true) : [];
  const dates = told.length > 0 && told.every((d) => d.rule === 'governing-clause') ? told
    : clauseDates(doc, sentenceIndex, clause, clauses, trigger, otherActs, anaphor, sameActor);
  const framing = sequenceNoun(doc, clause, trigger);
  const placed = framing === undefined ? dates : dates.map((d) => outsideSequence(doc, framing, d));
  // "the ministry says it plans talks with the unions in June", "nurses would stop work again in August": a time after the publication
  // is when a plan is to be carried out; what the text records is the plan, of the time it was told (the telling's
  // date, or the publication's month), never a day still to come.
  const pub = publicationDate(doc);
  const ahead = (d: EventDate) => pub !== null && d.value !== null && d.value.slice(0, 10) > pub.value.slice(0, d.value.length);
  if (!placed.some(ahead)) return placed;
  const told0 = clauseDates(doc, sentenceIndex, clause, clauses, trigger, otherActs, anaphor, sameActor, true)[0];
  // "The union will strike on Friday, its leader said on Monday": a telling set after the plan gives the past act beside
  // it only its month (its day is unknown), but the plan was made known on the telling's own day: that day dates it.
  const telling = told0?.rule === 'reported-beside' && told0.time?.type === 'point' && told0.time.value
    ? { ...told0, value: told0.time.value, precision: told0.time.precision } : told0;
  // With no telling dated, the publication's month; a live page's entry is of its day, as its undated acts are.
  const whenTold: EventDate = telling && !ahead(telling) && telling.rule !== 'publication' ? { ...telling, rule: `${telling.rule} (plan)` }
    : { ...truncate(pub!.value, liveEntry(doc, sentenceIndex) ? 'day' : 'month'), rule: 'publication', confidence: 0.4 };
  return placed.map((d) => ahead(d) ? whenTold : d);
}

/**
 * "signed a truce on Friday, two months after a raid on a border post left 30 dead", "arrested 12 on Monday after
 * clashes in the capital": an act told as the noun of an "after"/"before" phrase of another clause (or in a
 * relative clause on that noun) lies before or after that clause's act: the noun phrase's own time dates it,
 * never its host's. Returns the noun and its preposition.
 */
export function sequenceNoun(doc: ArticleDoc, clause: Clause, trigger: TriggerMatch): { noun: number; prep: number } | undefined {
  const syn = syntaxOf(doc);
  if (!trigger.nominal && !(clause.role === 'relative' && clause.head === trigger.head)) return undefined;
  // Up from the act's noun (a compound one's head: "a drone strike"), or from its relative clause, through the
  // nouns it hangs on ("an attack on a market in Omdurman killed …"), to the first verb.
  for (const at of trigger.nominal ? [trigger.head, ...syn.ancestors(trigger.head)] : syn.ancestors(trigger.head)) {
    const token = doc.tokens[at]!;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return undefined;
    const prep = syn.children(at).find((c) => syn.relation(c) === 'case' && ROLE_WORDS.sequencePreps.has(doc.tokens[c]!.normal));
    if (prep !== undefined) return { noun: at, prep };
  }
  return undefined;
}

/**
 * The date of an act told in a sequence phrase, from the date its host clause gave: kept when a time inside the
 * phrase gave it; else moved by the distance told before the preposition ("five weeks after": five weeks earlier,
 * at the precision the unit allows), or, with none, truncated to the month (the text tells no day).
 */
/** The distance told before a sequence phrase's preposition ("five weeks after", "a month before"), if any. */
export function sequenceDistance(doc: ArticleDoc, framing: { prep: number }): { count: number; unit: DistanceUnit } | undefined {
  const tokens = doc.tokens;
  const unit = distanceUnit(tokens[framing.prep - 1]?.normal ?? '');
  const counted = tokens[framing.prep - 2];
  // "the day before", "the week after": one unit, named in the singular.
  const one = /^(a|an|one)$/.test(counted?.normal ?? '') || (counted?.normal === 'the' && distanceUnit(tokens[framing.prep - 1]!.normal + 's') !== undefined && !/s$/.test(tokens[framing.prep - 1]!.normal));
  const count = unit === undefined || counted === undefined ? undefined : one ? 1 : parseNumber(counted.text);
  return unit !== undefined && count !== undefined && count > 0 ? { count, unit } : undefined;
}

function outsideSequence(doc: ArticleDoc, framing: { noun: number; prep: number }, date: EventDate): EventDate {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  // A time in the phrase or after it ("after a clash near Badme on 12 September", however the parse hangs it) is the act's.
  const [from, to] = syn.subtreeRange(framing.noun);
  if (date.time && (date.time.span.start >= tokens[from]!.start && date.time.span.end <= tokens[to]!.end || date.time.span.start > tokens[framing.prep]!.start)) return date;
  if (!date.value || !date.precision || date.rule === 'publication') return date;
  const prep = tokens[framing.prep]!.normal;
  const distance = sequenceDistance(doc, framing);
  if (distance) {
    const { count, unit } = distance;
    const counted = tokens[framing.prep - 2];
    // "after", "following", "since": the act came first; "before", "until": it came later.
    const moved = shiftDate(date.value, date.precision, (['before', 'until'].includes(prep) ? 1 : -1) * count, unit);
    if (moved) return { ...moved, rule: `${date.rule}, moved by "${counted!.text} ${tokens[framing.prep - 1]!.text} ${prep}"`, confidence: Math.min(date.confidence, 0.6) };
  }
  const { time: _time, ...rest } = date;
  void _time;
  return { ...rest, ...truncate(date.value, 'month'), rule: `sequence-${prep}`, confidence: Math.min(date.confidence, 0.5) };
}

function clauseDates(doc: ArticleDoc, sentenceIndex: number, clause: Clause, clauses: readonly Clause[], trigger: TriggerMatch,
  otherActs: ReadonlyMap<number, string>, anaphor?: (chain: readonly Clause[]) => EventDate | null,
  sameActor?: () => EventDate | null, skipOwn = false): EventDate[] {
  const tokens = doc.tokens;
  const syn = syntaxOf(doc);
  const sentence = doc.sentences[sentenceIndex]!;
  const headStart = tokens[trigger.head]!.start;
  // "the worst clashes since the Neighbors' War in 2020": a date behind "since" bounds another phrase.
  // Only a time after the act's word: "since" bounds what follows it, so one between a time told first and the act
  // ("In April, the general, in exile since 2011, called on …") bounds another phrase and leaves the opening time the act's.
  const behindSince = (t: TimeExpression) => t.span.start > headStart && /\bsince\b/i.test(doc.text.slice(headStart, t.span.start)) && t.type !== 'since';
  // "banned rallies until Friday", "imposed a curfew till 6 a.m. on Sunday": a time a measure lasts until bounds it; it is
  // no day the measure was taken on (that is the telling's, or the month the text supports). Only a measure that lasts
  // (role-words.json lastingMeasures, by type and mode): an act that goes on until a time ("fought until dawn on Sunday",
  // "fired tear gas until midnight on Saturday") was still being done on that day, and the day dates it. Never under a
  // negation ("did not release them until Monday", "not until Friday did the army close the road"): the act was done then.
  const lasting = ROLE_WORDS.lastingMeasures.has(`${trigger.rule.event} ${trigger.rule.mode ?? ''}`.trim());
  const negated = [trigger.head, clause.head].some((v) => syn.children(v).some((c) => syn.relation(c) === 'neg' || ['not', "n't", 'never'].includes(tokens[c]!.normal)));
  const untilBound = (t: TimeExpression) => lasting && !negated && t.type === 'point'
    && /\b(?<!\bnot\s+)(?:until|till|untill)\s+(?:(?:\d{1,2}[:.]\d{2}|midnight|noon|dawn|dusk)\s+(?:\w+\s+){0,2}?(?:on\s+)?)?(?:at\s+least\s+)?$/i.test(doc.text.slice(Math.max(0, t.span.start - 40), t.span.start));
  // "the deadliest attack since 2019", "the third such raid in the area since March": "since" bounds a comparison
  // or a count (a superlative or a word of a series earlier in its phrase, no verb or comma between), not the act's time.
  const comparisonBound = (t: TimeExpression) => {
    if (t.type !== 'since') return false;
    const first = sentenceTokenAt(doc, t.span.start, sentence.tokenStart, sentence.tokenEnd);
    for (let i = first - 1; i >= Math.max(sentence.tokenStart, first - 7); i--) {
      const tok = tokens[i]!;
      if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PUNCT') return false;
      if (tok.tag === 'JJS' || ROLE_WORDS.seriesWords.has(tok.normal)) return true;
    }
    return false;
  };
  // A wire dateline the sentences stage left on the article's lead (a date with no place in capitals before it, or a date
  // and then a place, "Oct 3, 2022 SUVA (AP) -") stamps the story; its date is when it was filed, no act's time.
  const filed = isLead(doc, sentenceIndex) ? WIRE_DATELINE.exec(doc.text.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + DATELINE_MAX))) : null;
  const datelineEnd = filed && filed.groups!.before!.length <= WIRE_DATELINE_LEAD ? sentence.span.start + filed[0].length : -1;
  const inSentence = doc.times.filter((t) => DATED_TYPES.has(t.type) && within(t, sentence.span.start, sentence.span.end) && t.span.end > datelineEnd
    && !behindSince(t) && !comparisonBound(t) && !untilBound(t));
  // "On Tuesday 30 April, police arrested six men": a weekday written before the date it names is that date, not a
  // second day (the date written out is kept: a weekday alone resolves to the nearest such day, which may be another).
  const times = inSentence.filter((t, k) => !(t.rule === 'weekday' && inSentence[k + 1]?.precision === 'day'
    && /^\s*,?\s*(?:the\s+)?$/i.test(doc.text.slice(t.span.end, inSentence[k + 1]!.span.start))));
  const opensSentence = (t: TimeExpression) => timeOpensSentence(doc, t, sentence);
  // A date inside a noun phrase names that thing ("the 1925 Geneva Protocol"), and a date of
  // another act's noun belongs to that act ("his arrest in March 2002"): neither dates this act.
  const datesThisAct = (t: TimeExpression) => {
    const inside = (i: number) => tokens[i]!.start >= t.span.start && tokens[i]!.end <= t.span.end;
    const top = clause.tokens.concat(trigger.head).find((i) => inside(i) && !inside(syn.head(i) < 0 ? i : syn.head(i)));
    if (top === undefined) return true;
    // "Last Wednesday Kenya's president met …": a time opening the sentence is the clause's, though the parse may hang it
    // on the subject after it; only a possessive ("Monday's attack", "Last year's vote") makes it a noun's.
    if (opensSentence(t) && !/^['’]s\b/.test(doc.text.slice(t.span.end, t.span.end + 3))) return true;
    const attached = syn.head(top);
    if (attached < 0 || attached === trigger.head) return true;
    // An adverbial time ("last month", "on Monday") belongs to its clause wherever the parse hung it.
    if (CLAUSE_ADJUNCT.has(syn.relation(top)) || syn.fullRelation(top).startsWith('obl')) return true;
    // "during Friday prayers", "during the 2019 election": the date names the occasion the act happened during.
    if (NOUN_INTERNAL.has(syn.relation(top))) return FRAME_CASES.has(syn.caseOf(attached) ?? '') && syn.fullRelation(attached).startsWith('obl');
    // "since his arrest in March 2002": the date of another act told as a circumstance (an oblique or
    // modifier) is that act's; the date of the clause's subject or object act ("the war in 2020
    // claimed …") frames the clause.
    if (!otherActs.has(attached) || attached === clause.head) return true;
    // "killed nine villagers in a raid … on Sunday": a noun of the act's own type is the act told again, and its date is the act's.
    // Not a noun counting the act among others ("the third such attack since January"): that time is the series'.
    if (otherActs.get(attached) === trigger.rule.event) return !syn.children(attached).some((c) => ROLE_WORDS.seriesWords.has(tokens[c]!.normal) && ['amod', 'det'].includes(syn.relation(c)));
    return CORE_ARGUMENT.has(syn.relation(attached));
  };
  // The token a time's phrase hangs on (-1: none; the phrase's own top when it is the root).
  const attachmentOf = (t: TimeExpression): number => {
    const inside = (i: number) => tokens[i]!.start >= t.span.start && tokens[i]!.end <= t.span.end;
    const first = sentenceTokenAt(doc, t.span.start, sentence.tokenStart, sentence.tokenEnd);
    let top = first;
    while (top >= 0 && syn.head(top) >= 0 && inside(syn.head(top))) top = syn.head(top);
    if (top < 0) return -1;
    const attached = syn.head(top);
    if (attached < 0) return top;
    // "Police said on Tuesday they had arrested 12 people": a time between a verb of saying and the subject of
    // what it reports is the saying's, wherever the parse hung it (a complement's own time follows its subject or "that").
    const sayer = syn.head(attached);
    if (syn.relation(attached) === 'ccomp' && sayer >= 0 && sayer < top && isSpeech(tokens, syn, sayer)) {
      const subject = syn.subjectOf(attached)?.token;
      const between = tokens.slice(sayer + 1, top).some((x) => x.normal === 'that');
      if (subject !== undefined && subject > top && !between) return sayer;
    }
    // A time closing the act before the comma of a verb of saying set after it (act … on Friday, <teller> <said>) is the act's, though the parse hangs it on that verb (the telling's own time
    // follows its subject: "…, the agency reported on Wednesday").
    const teller = syn.subjectOf(attached)?.token;
    if (isSpeech(tokens, syn, attached) && ['advcl', 'parataxis'].includes(syn.relation(attached)) && syn.head(attached) >= 0 && syn.head(attached) < top
      && teller !== undefined && teller > top && tokens.slice(top + 1, teller).some((x) => x.text === ',')
      && tokens.slice(top + 1, teller).every((x) => !['VERB', 'AUX'].includes(x.pos))) return syn.head(attached);
    // "Thousands marched in Lilongwe on Tuesday to protest against prices": a time told before the "to" of a purpose
    // infinitive, after the verb it serves, is that verb's, though the parse hangs it on the infinitive. So is one told
    // between the object of a verb of asking and its infinitive (asked <someone> <time> to <act>), which the parse may
    // read as a complement clause with that object as its subject.
    const governor = syn.head(attached);
    const to = syn.children(attached).find((k) => syn.relation(k) === 'mark' && tokens[k]!.normal === 'to');
    if (to !== undefined && top < to && governor >= 0 && governor < top && tokens[governor]!.pos === 'VERB'
      && ['parataxis', 'advcl', 'xcomp', 'ccomp'].includes(syn.relation(attached))) return governor;
    // "Police arrested four men on Wednesday suspected of smuggling fuel": so is a time told before a bare participle
    // (no subject or conjunction of its own) that tells more of the verb's object.
    const bareParticiple = ['VBN', 'VBG'].includes(tokens[attached]!.tag ?? '') && !syn.children(attached).some((k) => ['mark', 'nsubj', 'nsubj:pass'].includes(syn.fullRelation(k)));
    // The parse hangs such a participle on the verb or on its object ("men … suspected"): the time is the verb's either way.
    const verbOfParticiple = governor >= 0 && tokens[governor]!.pos !== 'VERB' && syn.relation(governor) === 'obj' ? syn.head(governor) : governor;
    if (bareParticiple && top < attached && verbOfParticiple >= 0 && verbOfParticiple < top && tokens[verbOfParticiple]!.pos === 'VERB'
      && ['advcl', 'acl'].includes(syn.relation(attached))) return verbOfParticiple;
    return attached;
  };
  // A time belongs to the clause its phrase attaches to (a misparsed "last month" heading a clause of its own still dates its governor's act).
  // "Egypt sent a convoy of tents that crossed into Gaza on Saturday.", "the navy detained 18 fishermen operating off the
  // island in the early hours of 13 March.": a noun's modifying clause that tells no act of its own (no trigger, no doer
  // but the noun it describes) only describes the party or the thing; a point in time closing it (punctuation after it)
  // closes the clause the noun is in, as the parse would hang it were the modifier shorter. Not a clause on the subject
  // ("Egypt, which promised blankets last month, sent …": the subject's own earlier act), nor one with a doer of its
  // own ("the curfew the government imposed on Sunday"), nor a span ("the number held since Thursday": the noun's state).
  // So does a clause with no subject of its own inside such a modifier ("two drivers accused of carrying fuel for the rebels near Gao
  // on Friday"): it goes on describing the noun.
  const describing = (acl: number, depth = 0): boolean => acl !== trigger.head && !otherActs.has(acl) && syn.head(acl) > trigger.head
    && (syn.relation(acl) === 'acl' ? syn.children(acl).every((c) => !syn.relation(c).startsWith('nsubj') || ['WDT', 'WP'].includes(tokens[c]!.tag ?? ''))
      : depth < 2 && ['advcl', 'xcomp'].includes(syn.relation(acl)) && syn.subjectOf(acl)?.via !== 'own' && describing(syn.clauseHeadOf(syn.head(acl)), depth + 1));
  const clauseOfTime = (t: TimeExpression): number => {
    const attached = attachmentOf(t);
    let head = attached < 0 ? -1 : syn.clauseHeadOf(attached);
    const closing = t.type === 'point' && /^\s*(?:[.,;:!?]|$)/.test(doc.text.slice(t.span.end, t.span.end + 2));
    for (let depth = 0; closing && depth < 4 && head >= 0 && describing(head); depth++) head = syn.clauseHeadOf(syn.head(head));
    return head;
  };
  // "During the meeting, the minister condemned the attack on herders in Marsabit last week": a time
  // right after an object naming another act may be that act's or the clause's; when a circumstance
  // of the clause already frames its time (an act told before, "during the meeting"), it is the object's.
  const framed = new Map<number, boolean>();
  const trailsOtherAct = (t: TimeExpression, c: Clause): boolean => {
    // The object of a light verb ("signed an agreement", "held talks") is the act the verb does, not another.
    if (ROLE_WORDS.lightVerbs.has(tokens[c.head]!.lemma)) return false;
    const objects = syn.objectsOf(c.head).filter((o) => o !== trigger.head && otherActs.has(o) && otherActs.get(o) !== trigger.rule.event);
    const trails = objects.some((o) => {
      const last = syn.subtreeRange(o)[1];
      return /^\s*$/.test(doc.text.slice(tokens[last]!.end, t.span.start));
    });
    if (!trails || !anaphor) return false;
    if (!framed.has(c.head)) framed.set(c.head, anaphor([c]) !== null);
    return framed.get(c.head)!;
  };
  const timesOf = (c: Clause) => times.filter((t) => (clauseOfTime(t) === c.head || c.tokens.includes(sentenceTokenAt(doc, t.span.start, sentence.tokenStart, sentence.tokenEnd)) && clauseOfTime(t) === -1)
    && datesThisAct(t) && !trailsOtherAct(t, c));
  // "Nurses picketed the hospital on Thursday and Friday": one act told over the days joined to its time is of no single
  // one of them. Guideline 7 truncates an act over two days to the month: the month of its first day, whatever month
  // or year the last falls in (truncating the span's start; the smallest unit holding both ends would be a year
  // across a month's turn, which the guideline does not say). The days are read on the surface, joined by "and" or a
  // comma alone, as the parse may hang the later one on what follows it ("on Sunday and Monday waving banners").
  // Not where each day tells its own act ("attacked two villages on Monday and Tuesday", "the raids on Friday and
  // Saturday": one event per day, below), nor across clauses: "met on Sunday, and on Monday gunmen ambushed …" tells
  // two acts, each of its day, so a day joins the run only in the time's own clause or in a clause with no subject of
  // its own hanging on it (the participle "waving"), and ", and on" (a fresh phrase after a break) ends the run.
  const day = (t: TimeExpression) => t.type === 'point' && t.precision === 'day' && typeof t.value === 'string';
  const sameClause = (a: TimeExpression, b: TimeExpression): boolean => {
    const [x, y] = [clauseOfTime(a), clauseOfTime(b)];
    if (x === y) return true;
    // A "subject" that is itself a day is the parse's misreading ("on Sunday and Monday waving banners": Monday as the
    // subject of "waving"), no party of a clause of its own.
    const isTime = (k: number) => times.some((t) => tokens[k]!.start >= t.span.start && tokens[k]!.end <= t.span.end);
    const ownSubject = (v: number) => {
      const subject = syn.subjectOf(v);
      return subject?.via === 'own' && !isTime(subject.token);
    };
    const hangs = (inner: number, outer: number) => inner >= 0 && outer >= 0 && syn.head(inner) >= 0
      && syn.clauseHeadOf(syn.head(inner)) === outer && !ownSubject(inner);
    return hangs(x, y) || hangs(y, x);
  };
  const daysOf = (time: TimeExpression): { value: string; precision: DatePrecision } | undefined => {
    const gap = /^\s*(?:,\s*(?:and\s+(?!on\b))?|(?:and|or)\s+)(?:on\s+)?$/i;
    const joined = (a: TimeExpression, b: TimeExpression) => gap.test(doc.text.slice(a.span.end, b.span.start)) && sameClause(a, b);
    const at = times.indexOf(time);
    if (at < 0 || !day(time)) return undefined;
    const run = [time];
    for (let k = at + 1; k < times.length && joined(times[k - 1]!, times[k]!); k++) run.push(times[k]!);
    for (let k = at - 1; k >= 0 && joined(times[k]!, times[k + 1]!); k--) run.unshift(times[k]!);
    if (run.length < 2 || !run.every(day)) return undefined;
    const values = run.map((t) => t.value!.slice(0, 10)).sort();
    if (values.every((v) => v === values[0])) return { value: values[0]!, precision: 'day' };
    return { value: values[0]!.slice(0, 7), precision: 'month' };
  };
  // "have occupied the square since Sunday", "on strike since 21 October": a state held since a time began then, and an
  // analyst dates it by its start. Only an act that is a state once begun (role-words.json heldStates: an occupation, a
  // blockade, a strike, a closure): an act done at a point ("have shelled the city since Sunday", "have arrested
  // protesters since Monday") told over a span is done again and again, dated by the unit holding the span, as is a count
  // of acts ("have detained 60 people since Monday", "blockaded the road every day since March"). Not "since then" and
  // its kin (narrative.ts), which count from another act's time. An act denied over the span ("have not met since
  // January") is a state too: its absence began then.
  // A figure of the doers ("About 400 villagers have blocked the road since Monday") counts who holds the state, not acts.
  const countedHere = (c: Clause) => {
    const subject = syn.subjectOf(c.head);
    const [from, to] = subject?.via === 'own' ? syn.subtreeRange(subject.token) : [-1, -2];
    return c.tokens.some((i) => !times.some((t) => tokens[i]!.start >= t.span.start && tokens[i]!.end <= t.span.end) && (i < from || i > to)
      && (tokens[i]!.pos === 'NUM' || ROLE_WORDS.sinceCountWords.has(tokens[i]!.normal)));
  };
  const headLemma = trigger.rule.phrase.split(' ')[0]!;
  const heldState = ROLE_WORDS.heldStates.has(headLemma) || ROLE_WORDS.heldStates.has(`${headLemma} ${trigger.rule.event}`);
  const heldSince = (time: TimeExpression) => time.type === 'since' && !time.rule.startsWith('narrative') && (heldState || negated) && !countedHere(clause);
  const fromTime = (time: TimeExpression, rule: string, confidence: number, each = false): EventDate =>
    ({ ...laterDate(time, publicationDate(doc)) ?? (each ? undefined : daysOf(time)) ?? (heldSince(time) ? { value: time.value, precision: time.precision } : spannedDate(time, publicationDate(doc)?.value)), rule, time, confidence });
  const nearest = (list: readonly TimeExpression[]) => [...list].sort((a, b) => Math.abs(a.span.start - headStart) - Math.abs(b.span.start - headStart))[0]!;

  const own = skipOwn ? [] : timesOf(clause);
  if (own.length > 0) {
    // Coordinated dates ("fought two wars – in 2020 and in the 1990s") give one event per date.
    const coordinated = own.length > 1 && own.every((t, k) => k === 0 || /^[\s,–—-]*(and|or)?[\s]*(in|on)?[\s]*(the)?[\s]*$/i.test(doc.text.slice(own[k - 1]!.span.end, t.span.start)));
    // A singular act noun ("a long insurgency in the 1950s and early 1960s") names one act whose span the dates give,
    // not one act per date: one event, dated by the nearest.
    const oneAct = trigger.nominal && tokens[trigger.head]!.tag === 'NN';
    if (coordinated && !oneAct && (trigger.nominal || tokens[trigger.head + 1]?.pos === 'NUM')) return own.map((t) => fromTime(t, 'clause-coordinated', 0.8, true));
    return [fromTime(nearest(own), 'clause', 0.9)];
  }
  // "quiet since March, when soldiers shot four farmers", "go back to June 2019, when police arrested …": a "when" clause
  // written right after a time (only a comma between) tells what happened at that time, however the parse hangs it; a
  // "since" time is its start, the moment named, not the span up to the publication. Verbs coordinated with the clause's
  // verb ("when police removed the students and arrested five") share its "when".
  if (!skipOwn) {
    // Before the filters above: "the first blockade since 2013, when …" bounds the comparison and names the clause's time.
    const named = timeNamedByWhen(doc, clause, doc.times.filter((t) => DATED_TYPES.has(t.type) && within(t, sentence.span.start, sentence.span.end)));
    if (named) return [{ ...(named.type === 'since' ? { value: named.value, precision: named.precision } : spannedDate(named, publicationDate(doc)?.value)), rule: 'when-time', time: named, confidence: 0.8 }];
  }
  // "Militants torched 12 vehicles and killed two drivers on Thursday": verbs coordinated under one subject are one
  // predicate, and a time closing the last of them (nothing told after it but punctuation) closes them all, though the
  // parse hangs it on the last verb; a time the earlier verb has of its own, or a conjunct with a subject of its own
  // ("troops shelled the town and rebels fled on Monday"), keeps each act to its own time.
  if (!skipOwn) {
    const inner = timeOfInnerPredicate(doc, clause, clauses, trigger, otherActs, timesOf);
    if (inner) return [fromTime(inner, 'inner-predicate', 0.8)];
    const shared = trailingTimeOfConjuncts(doc, sentence.tokenStart, sentence.tokenEnd, clause, clauses, timesOf, (v) => otherActs.get(v) === trigger.rule.event);
    if (shared) return [fromTime(shared, 'coordinated-predicate', 0.8)];
    const purpose = closingTimeOfPurpose(doc, clause, clauses, timesOf);
    if (purpose) return [fromTime(purpose, 'purpose-clause', 0.75)];
  }
  // The clause and those governing it, nearest first.
  const chain: Clause[] = [clause];
  for (let depth = 0; depth < 6; depth++) {
    const at = chain[chain.length - 1]!.head;
    // "With Moscow isolated since its invasion in February, the US and the EU have taken a role in …": a
    // present perfect with a subject of its own, coordinated with another clause, tells what holds up to now;
    // the other clause's time is not its date.
    if (syn.relation(at) === 'conj' && syn.subjectOf(at)?.via === 'own' && isPresentPerfect(tokens, syn, at)) break;
    const up = syn.head(at);
    const next = up < 0 ? undefined : clauses.find((c) => c.tokens.includes(up));
    if (!next || chain.includes(next)) break;
    chain.push(next);
  }
  // "Officials said on Tuesday that troops shelled the town": an act told in the past under a dated verb
  // of saying happened on or before the telling; it keeps the telling's day, as event datasets date an act
  // by its first report (the month alone was tried: no judged article gained, and a month-wide date let
  // the store merge an arrest told on Saturday with one made in another town on Monday).
  // The clauses between the act and the one its date comes from: their counted distances apply.
  let datedAt = chain.length;
  const governing = (() => {
    for (const [k, c] of chain.entries()) {
      if (k === 0) continue;
      const found = timesOf(c);
      if (found.length > 0) {
        datedAt = k;
        const time = nearest(found);
        const told = fromTime(time, 'governing-clause', 0.75);
        // "Gendarmes said on Monday that seven smugglers had been detained": a past perfect under a dated verb of saying tells a
        // deed done before the telling, on a day the text does not give; the telling's month holds it (guideline 7).
        // Not words ("the ministry said on Tuesday it had asked the rebels to …"): a request or a charge its own side
        // reports is news of that telling, dated by it. Not an act's noun under the verb ("said the attack had been
        // planned abroad"): the perfect is the planning's. Not a time told before the teller ("At dawn on Monday,
        // villagers said herders had burned …"): it sets the scene of what is told, not the telling. Not a time
        // counted from a day just told ("the governor said later that the convoy had left"): the act lies between
        // that day's events and the telling, on that day.
        // (A time set off by a comma before the verb, when the parse finds no subject for it, is told before the teller too.)
        const teller = syn.subjectOf(c.head)?.token;
        const beforeTeller = teller !== undefined ? time.span.end <= tokens[teller]!.start
          : time.span.end <= tokens[c.head]!.start && /^\s*,/.test(doc.text.slice(time.span.end, tokens[c.head]!.start));
        // "Customs closed the port on Friday and said they had impounded six trucks", "Soldiers stormed the camp on Tuesday,
        // the army said, adding that 40 rifles had been seized": a verb of saying below a dated act (coordinated with it,
        // or beside it) takes that act's day; the deed it tells in the past perfect was done before, on a day not given.
        // Only a saying with no subject of its own ("and said", "adding"), which goes on with the doer of what is dated: a
        // teller of its own after a dated clause ("Hours after the curfew began on Sunday, villagers told …") is framed by
        // that time, as by a time of its own.
        const below = chain.slice(1, k).findIndex((g) => isSpeech(tokens, syn, g.head) && syn.subjectOf(g.head)?.via !== 'own') + 1;
        const saying = isSpeech(tokens, syn, c.head) && !beforeTeller ? k : below;
        if (saying > 0 && !trigger.nominal && !VERBAL_TYPES.has(trigger.rule.event) && time.anchored !== 'narrative'
          && pastPerfectUnder(doc, chain.slice(0, saying).map((g) => g.head)) && told.value && told.precision === 'day') {
          // The rule stays 'governing-clause': the claim and description rules (index.ts) read a date by that name as the
          // telling's, not the act's own.
          return { ...told, ...truncate(told.value, 'month'), confidence: 0.6 };
        }
        return told;
      }
    }
    return null;
  })();
  // "Houthi rebels attacked a cargo ship, the US military said on Tuesday": a verb of saying set beside the
  // act (parataxis) dates its telling; the act, whose own clause gives no time, happened on or before it, on a day
  // the text does not give: the telling's month (guideline 7: no date inherited from a neighbouring clause).
  const reportedBeside = (() => {
    const heads = new Set(chain.map((c) => c.head));
    for (const c of clauses) {
      if (!heads.has(syn.head(c.head)) || syn.relation(c.head) !== 'parataxis' || !isSpeech(tokens, syn, c.head)) continue;
      const found = timesOf(c);
      if (found.length === 0) continue;
      const told = fromTime(nearest(found), 'reported-beside', 0.4);
      // "arrested ten traders overnight, officials said on Tuesday" too: a night spans two days, and guideline 7 gives such a span its month.
      return told.value && told.precision ? { ...told, ...truncate(told.value, 'month') } : told;
    }
    return null;
  })();
  // "When the Soviet Union collapsed in 1991, separatists broke away": a simultaneous adverbial clause frames the act.
  // So does a bare present participle beside the act or its doer ("Addressing parliament on Monday, Modi accused …",
  // "The president, speaking on Tuesday, accused …"): it tells what the doer was doing as it acted.
  const subjects = new Set(chain.map((g) => syn.subjectOf(g.head)?.token).filter((x): x is number => x !== undefined));
  // "Gunmen wounded a guard patrolling the pier late on Monday": a bare present participle on the act's object tells what
  // that party was doing as the act was done to it, so its time is the act's too.
  for (const g of chain) for (const o of syn.objectsOf(g.head)) subjects.add(o);
  const simultaneous = (() => {
    for (const c of clauses) {
      const bare = tokens[c.head]!.tag === 'VBG' && !syn.children(c.head).some((k) => syn.relation(k) === 'mark');
      const beside = syn.relation(c.head) === 'advcl' && chain.some((g) => syn.head(c.head) === g.head);
      if (bare && (beside || (syn.relation(c.head) === 'acl' && subjects.has(syn.head(c.head))))) {
        const found = timesOf(c);
        if (found.length > 0) return fromTime(nearest(found), `simultaneous-clause ("${tokens[c.head]!.text} …")`, 0.7);
        continue;
      }
      // "Four people were killed and 20 wounded when a grenade was thrown … on Monday": a "when" clause after the last of
      // coordinated verbs frames them all, though the parse hangs it on the last one — when that one is a past form
      // with no object of its own (a participle sharing the first's voice, which the tagger may read as past tense). "arrested 12 traders and released them when their families
      // paid bail" tells two acts, and the clause frames the second.
      const host = syn.head(c.head);
      const sharedByConjuncts = host >= 0 && syn.relation(host) === 'conj' && chain.some((g) => syn.head(host) === g.head) && c.head > host
        && ['VBN', 'VBD'].includes(tokens[host]!.tag ?? '') && syn.objectsOf(host).length === 0;
      if (!beside && !sharedByConjuncts) continue;
      const when = syn.children(c.head).find((k) => SIMULTANEOUS.has(tokens[k]!.normal) && (syn.relation(k) === 'mark' || syn.relation(k) === 'advmod'));
      if (when === undefined) continue;
      const found = timesOf(c);
      if (found.length > 0) return fromTime(nearest(found), `simultaneous-clause ("${tokens[when]!.text} …")`, 0.7);
    }
    return null;
  })();
  const past = simplePast(doc, chain.map((c) => c.head));
  const sentenceDay = past && !VERBAL_TYPES.has(trigger.rule.event) ? daySetBySentence(doc, sentence.span, times, timesOf, clauses, clause, trigger, otherActs) : undefined;
  const sentenceDate = sentenceDay ? fromTime(sentenceDay, 'sentence-time', 0.6) : null;
  // A statement (a verbal act) told in a dated story with no time of its own: the story's month. Guideline 7 lends no day
  // from a neighbouring clause; a material act goes on in the story's day ("Troops stormed the camp on Monday. They
  // seized 12 rifles"), but words ("The minister condemned the raid") may have been said then or any day after. Words of
  // the party whose own dated act the story told last ("On Tuesday the ministry summoned the envoy. It accused …") go
  // on at that telling (sameActorDate), as they do outside a story: the same speaker at the same occasion.
  const story = (() => {
    const d = storyTime(doc, sentenceIndex, chain);
    if (!d || !d.value || !d.precision || !VERBAL_TYPES.has(trigger.rule.event)) return d;
    return sameActor?.() ?? { ...d, ...truncate(d.value, 'month') };
  })();
  const mainDate = governing ?? simultaneous ?? anaphor?.(chain) ?? reportedBeside ?? sentenceDate ?? story ?? (past ? sameActor?.() : null) ?? (() => {
    const pub = publicationDate(doc);
    // "Gunmen raided a farm overnight", "in the early hours": the night just ended, told with no day of its own, spans the
    // publication's eve and day, and guideline 7 truncates an act over two days to their month ("the night of 25 to 26
    // November"), even on a live page, whose entries are otherwise of their day (a day the text names, "overnight into
    // Sunday", is a time of the clause and dated above).
    if (pub?.precision === 'day' && toldLastNight(doc, chain, trigger)) return { ...truncate(pub.value, 'month'), rule: 'publication-night', confidence: 0.5 };
    // An act told in the simple past or the perfect with no time of its own happened at some point
    // before the publication: the text supports its month, not the day (a live page's timestamped entry is of that day).
    // A refusal told in the present perfect with an adverb of a standing stance ("has long denied", "has repeatedly
    // rejected", "has always refused"), with no time, is a stance held up to now, not a day's act: the text supports its
    // year. A bare present perfect ("has rejected the offer, officials said") is fresh news and keeps the month below; so
    // does a live page's entry, which answers that day's news.
    if (STANDING_STANCES.has(trigger.rule.event) && perfect(doc, [clause.head]) && isPresentPerfect(tokens, syn, clause.head)
      && syn.children(clause.head).some((c) => syn.relation(c) === 'advmod' && STANDING_ADVERBS.has(tokens[c]!.normal))
      && pub?.precision === 'day' && !liveEntry(doc, sentenceIndex)) {
      return { ...truncate(pub.value, 'year'), rule: 'publication', confidence: 0.4 };
    }
    if ((past || perfect(doc, chain.map((c) => c.head)) || toldInPast(doc, trigger.rule.event, chain) || reportedInPast(doc, chain))
      && pub?.precision === 'day' && !liveEntry(doc, sentenceIndex)) return { ...truncate(pub.value, 'month'), rule: 'publication', confidence: 0.4 };
    const dayBefore = pub?.precision === 'day' && yesterdaysEntry(doc, sentenceIndex) ? shiftDate(pub.value!, 'day', -1, 'day') : null;
    if (dayBefore) return { ...dayBefore, rule: 'publication', confidence: 0.4 };
    return { value: pub?.value ?? null, precision: pub?.precision ?? null, rule: 'publication', confidence: 0.4 };
  })();
  // "nine years after a Nato campaign forced …" told in 2008: the campaign's act lies nine years before.
  const distant = chain.slice(0, datedAt).find((c) => c.distance !== undefined && /(after|before)$/.test(c.marker ?? ''));
  if (distant && mainDate.value && mainDate.precision) {
    const sign = distant.marker!.endsWith('after') ? -1 : 1;
    const moved = shiftDate(mainDate.value, mainDate.precision, sign * distant.distance!.count, distant.distance!.unit);
    if (moved) return [{ ...moved, rule: `${mainDate.rule}, moved by "${distant.distance!.count} ${distant.marker}"`, confidence: Math.min(mainDate.confidence, 0.6) }];
  }
  if (clause.marker && /^(days?|weeks?|hours?|shortly|soon|just) (after|before)$/.test(clause.marker) && mainDate.value) {
    const t = truncate(mainDate.value, 'month');
    return [{ value: t.value, precision: t.precision, rule: `shortly-${clause.marker.split(' ')[1]}`, confidence: 0.5 }];
  }
  return [mainDate];
}

/** The time a "when" clause of the act (or of the verb its verb is coordinated with) is written right after ("since May, when …"). */
function timeNamedByWhen(doc: ArticleDoc, clause: Clause, times: readonly TimeExpression[]): TimeExpression | undefined {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  for (let head = clause.head, depth = 0; head >= 0 && depth < 4; head = syn.relation(head) === 'conj' ? syn.head(head) : -1, depth++) {
    // The clause's first word ("when riot police cleared …": the parse may hang "when" on a word of the subject it misread).
    let when = syn.subtreeRange(head)[0];
    while (when < head && tokens[when]!.pos === 'PUNCT') when++;
    if (when >= head || tokens[when]!.normal !== 'when') continue;
    const found = times.find((t) => t.value !== undefined && t.span.end <= tokens[when]!.start && /^\s*,\s*$/.test(doc.text.slice(t.span.end, tokens[when]!.start)));
    if (found) return found;
  }
  return undefined;
}

/**
 * "Police fired tear gas to disperse crowds near the market on Tuesday": a purpose infinitive with no subject of its own
 * (on the act's verb, or on a verb coordinated with it) tells why the act was done, not another act with a time of its
 * own; a time closing it closes the whole predicate, though the parse hangs it on the infinitive. Only a time not
 * after the publication: "sent troops to the border to prepare for an offensive next month" names when the purpose
 * is to be served, not when the troops were sent.
 */
function closingTimeOfPurpose(doc: ArticleDoc, clause: Clause, clauses: readonly Clause[], timesOf: (c: Clause) => TimeExpression[]): TimeExpression | undefined {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const published = publicationDate(doc);
  const governs = (v: number) => v === clause.head || (syn.relation(v) === 'conj' && syn.head(v) === clause.head && syn.subjectOf(v)?.via !== 'own');
  for (const c of clauses) {
    if (c === clause || syn.relation(c.head) !== 'advcl' || !governs(syn.head(c.head)) || syn.subjectOf(c.head)?.via === 'own') continue;
    if (!syn.children(c.head).some((k) => syn.relation(k) === 'mark' && tokens[k]!.normal === 'to')) continue;
    const last = tokens[syn.subtreeRange(c.head)[1]]!;
    const closing = timesOf(c).find((t) => {
      if (t.span.end < last.end || !/^\s*(?:[,.;:]|$)/.test(doc.text.slice(t.span.end, t.span.end + 2))) return false;
      const value = spannedDate(t, published?.value).value;
      return !value || !published?.value || value.slice(0, 10) <= published.value.slice(0, value.length);
    });
    if (closing) return closing;
  }
  return undefined;
}

/** How a predicate the parse hangs under the act's verb may attach and still be part of that verb's predicate. */
// A complement clause too: a word after the act's verb misread as one (an adjective or participle right after the verb,
// read as a verb of its own), with no subject of its own, is no clause of its own.
const INNER_PREDICATE = new Set(['conj', 'xcomp', 'parataxis', 'ccomp']);

/**
 * The parse often hangs the act's time on a word it misreads as a predicate of its own under the act's verb: a participle
 * naming a nearby place read as a verb coordinated with the act ("rounded up traders across Chipata and adjoining Katete
 * during Sunday's raids"), or an adjective or participle read as the verb's complement. Such a predicate tells no act (no
 * trigger), has no subject of its own and is no verb of saying: it is part of the act's predicate, and its time is the
 * act's. Only a time not after the publication: a later one names a plan ("agreed to pay the debt by March"), not when
 * the act was done.
 */
function timeOfInnerPredicate(doc: ArticleDoc, clause: Clause, clauses: readonly Clause[], trigger: TriggerMatch,
  otherActs: ReadonlyMap<number, string>, timesOf: (c: Clause) => TimeExpression[]): TimeExpression | undefined {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const published = publicationDate(doc);
  for (const c of clauses) {
    if (c === clause || c.role === 'quote' || syn.head(c.head) !== clause.head || !INNER_PREDICATE.has(syn.relation(c.head))) continue;
    if (c.head === trigger.head || otherActs.has(c.head) || syn.subjectOf(c.head)?.via === 'own' || isSpeech(tokens, syn, c.head)) continue;
    const found = timesOf(c).filter((t) => {
      const value = spannedDate(t, published?.value).value;
      return !value || !published?.value || value.slice(0, 10) <= published.value.slice(0, value.length);
    });
    if (found.length > 0) return found[0];
  }
  return undefined;
}

/** Whether a verb has a tense of its own: a finite form or an auxiliary ("who wanted", "that was shut"), not a bare participle. */
function hasOwnTense(doc: ArticleDoc, syn: SyntaxView, i: number): boolean {
  return ['VBD', 'VBZ', 'VBP', 'MD'].includes(doc.tokens[i]!.tag ?? '') || syn.auxiliariesOf(i).length > 0;
}

/** A clause telling what an act came after or before ("a day after talks ended on Tuesday"): its time is that other act's. */
const SEQUENCE_MARKER = /\b(?:after|before|since|until|till)$/;

/**
 * "Bandits shot dead six herders at a well near the border on Thursday, a district officer said": the parse may hang a
 * day the act's sentence names on a clause it misreads (a verb of saying read as a relative clause on the last noun, a
 * place read as a conjunct), and the act is left with no time of its own. A deed told in the simple past in a sentence
 * that names one day, and one day only, was done that day, as analysts read it and as a later sentence of the same
 * story is dated by it (storyTime). Not a day of a telling (a verb of saying's own time), of what the act came after or
 * before (a clause marked "after", "since", "until"), of a description of the act's subject (that party's own story)
 * or a relative clause with a doer of its own, of a clause with a subject of its own coordinated with or set beside
 * another, of another act told after this one, or still to come; and not where the sentence names two days (which is
 * the act's is then the parse's to say). Deeds only: words told with no time may have been said any day after.
 */
function daySetBySentence(doc: ArticleDoc, span: { start: number; end: number }, times: readonly TimeExpression[], timesOf: (c: Clause) => TimeExpression[],
  clauses: readonly Clause[], clause: Clause, trigger: TriggerMatch, otherActs: ReadonlyMap<number, string>): TimeExpression | undefined {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const published = publicationDate(doc);
  const days = times.filter((t) => t.type !== 'since' && within(t, span.start, span.end) && spannedDate(t, published?.value).precision === 'day');
  if (days.length === 0 || new Set(days.map((t) => t.value)).size !== 1) return undefined;
  if (published?.precision !== 'day' || days[0]!.value! > published.value) return undefined;
  // "Police detained 12 men on the highway, and rebels burned a bus near Gulu on Friday": a clause coordinated (or set
  // side by side) with a subject of its own tells its own act, and its day is that act's. A relative pronoun the parse
  // reads as a conjunct's subject ("detained 41 activists who glued themselves …") is no subject of its own.
  const relativePronoun = (k: number) => ['WDT', 'WP'].includes(tokens[k]!.tag ?? '');
  const ownConjunct = (v: number) => {
    const subject = syn.subjectOf(v);
    return ['conj', 'parataxis'].includes(syn.relation(v)) && subject?.via === 'own' && !relativePronoun(subject.token) && !isSpeech(tokens, syn, v);
  };
  // The clause heads from one up to the act's own clause (that one left out).
  const headsUp = (from: number): number[] => {
    const heads: number[] = [];
    for (let h = from, depth = 0; h >= 0 && depth < 6 && h !== clause.head && h !== trigger.head; depth++) {
      heads.push(h);
      const up = syn.head(h) < 0 ? -1 : syn.clauseHeadOf(syn.head(h));
      if (up === h) break;
      h = up;
    }
    return heads;
  };
  // One telling an act of another type on the way up. A clause that happens as its governor does ("fired tear gas as
  // they cleared the road on Monday") is dated as that governor is.
  const underOtherAct = (c: Clause) => {
    const simultaneous = SIMULTANEOUS.has((c.marker ?? '').split(' ').pop() ?? '') && syn.head(c.head) >= 0;
    return headsUp(simultaneous ? syn.clauseHeadOf(syn.head(c.head)) : c.head).some((h) => {
      const type = otherActs.get(h);
      return type !== undefined && type !== trigger.rule.event;
    });
  };
  // Whether a clause, or one it hangs under below the act's, describes a noun (a relative clause or participle on it), and
  // whether that noun is a subject named before the act ("Four women accused on Monday of claiming … were beaten": the
  // accusation and what it was for are those women's story, not the beating's day).
  const describing = (c: Clause) => {
    const relatives = headsUp(c.head).filter((h) => clauses.find((x) => x.head === h)?.role === 'relative');
    const earlierParty = relatives.some((h) => syn.head(h) >= 0 && syn.head(h) < trigger.head && syn.relation(syn.head(h)).startsWith('nsubj'));
    return { noun: relatives.length > 0, earlierParty, ownTense: relatives.some((h) => hasOwnTense(doc, syn, h) && !isSpeech(tokens, syn, h)) };
  };
  for (const c of clauses) {
    if (c === clause || c.role === 'quote' || SEQUENCE_MARKER.test(c.marker ?? '') || ownConjunct(c.head)) continue;
    const described = describing(c);
    if (described.earlierParty) continue;
    // A relative clause with a tense of its own that is no verb of saying (the parse's misread teller) tells its noun's story,
    // not the act's day: "fired tear gas at students who wanted the exams set for Friday postponed", "beat a trader whose
    // stall was shut on Monday". A bare participle ("camps in the hills overlooking the town on Monday") is often only
    // where the parse hung the act's day.
    if (described.ownTense) continue;
    // Nor a day told in or under another act's clause ("arrested a herder who killed his neighbour on Saturday", "detained
    // nine vendors and freed them when their relatives paid on Friday"), nor of a relative clause with a doer of its own
    // ("fuel that the governor priced on Saturday").
    if (c.role === 'relative' && !isSpeech(tokens, syn, c.head) && syn.subjectOf(c.head)?.via === 'own' && !relativePronoun(syn.subjectOf(c.head)!.token)) continue;
    // A day told before the act, in a clause that is no description of a noun, sets the time the rest of the sentence goes on
    // in ("Riot police used water cannon on Friday, residents said, and held 30 students", "sealed the bridge on Sunday
    // morning, as reinforcements arrived"); told after it, in another act's clause, it is that act's.
    const before = (t: TimeExpression) => !described.noun && t.span.end <= tokens[trigger.head]!.start;
    const otherAct = underOtherAct(c);
    // A verb of saying keeps the time told after its subject ("a spokesman said on Tuesday"); one told before the comma
    // that sets off the teller ("… on Tuesday, a spokesman said") closes the deed.
    const teller = isSpeech(tokens, syn, c.head) ? syn.subjectOf(c.head)?.token ?? -1 : undefined;
    const beforeTeller = (t: TimeExpression) => teller === undefined || (teller >= 0 && t.span.end <= tokens[teller]!.start && doc.text.slice(t.span.end, tokens[teller]!.start).includes(','));
    const found = timesOf(c).find((t) => days.includes(t) && beforeTeller(t) && (!otherAct || before(t)));
    if (found) return found;
  }
  return undefined;
}

const PAST_AUXILIARIES = new Set(['was', 'were']);

/** Acts that, told in the perfect with no time, are a position held over time rather than a day's act (a denial, a rejection). */
const STANDING_STANCES: ReadonlySet<string> = new Set(['REJECT']);
/** Adverbs telling a stance held for long rather than a day's act ("has long denied", "has consistently rejected"). */
const STANDING_ADVERBS: ReadonlySet<string> = new Set(['long', 'repeatedly', 'always', 'consistently', 'persistently', 'steadfastly', 'continually', 'constantly', 'previously']);

/** Past forms, alike: the tagger reads a past conjunct with no auxiliary as a participle as often as not ("killed three and abducted 12"). */
const PAST_FORMS = new Set(['VBD', 'VBN']);

/**
 * The time that closes the last of the verbs coordinated after a clause's head under its subject, when it ends the
 * sentence (only punctuation after it): "torched 12 vehicles and killed two drivers in Namibia on Thursday" → Thursday.
 */
function trailingTimeOfConjuncts(doc: ArticleDoc, sentenceStart: number, sentenceEnd: number, clause: Clause, clauses: readonly Clause[],
  timesOf: (c: Clause) => TimeExpression[], sameKind: (v: number) => boolean): TimeExpression | undefined {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  // Acts told as done: a future or present coordination ("will lay down their arms and accept …") tells plans, whose
  // trailing time is as often the telling's.
  if (clause.role !== 'main' || tokens[clause.head]!.pos !== 'VERB' || !PAST_FORMS.has(tokens[clause.head]!.tag ?? '')) return undefined;
  const conjuncts = syn.children(clause.head).filter((c) => syn.relation(c) === 'conj' && c > clause.head && tokens[c]!.pos === 'VERB'
    && syn.subjectOf(c)?.via !== 'own' && PAST_FORMS.has(tokens[c]!.tag ?? ''));
  const last = conjuncts[conjuncts.length - 1];
  const lastClause = last === undefined ? undefined : clauses.find((c) => c.head === last);
  if (!lastClause) return undefined;
  // "… and wounded four villagers in the district on Wednesday morning, police said": a verb of saying set beside the
  // act after it tells who reports it, no more of the predicate; the time still closes the coordinated verbs.
  // Only for a last verb of the act's own type ("killed … and wounded …"): "arrested 20 students and released them on
  // Friday, a lawyer said" tells two acts, each on its own day.
  const reporting = !sameKind(last!) ? [] : syn.children(clause.head).filter((c) => c > last! && syn.relation(c) === 'parataxis' && isSpeech(tokens, syn, c)).map((c) => syn.subtreeRange(c));
  const found = timesOf(lastClause).filter((t) => {
    for (let k = sentenceStart; k < sentenceEnd; k++) {
      const tok = tokens[k]!;
      if (tok.start < t.span.end || tok.pos === 'PUNCT') continue;
      if (!reporting.some(([from, to]) => k >= from && k <= to)) return false;
    }
    return true;
  });
  return found[found.length - 1];
}

/**
 * Whether a clause of the chain tells its act as done in the night just ended: "overnight" as an adverb of the clause
 * (not "an overnight curfew", a kind of curfew, unless the noun is the act itself: "an overnight raid"), "in the
 * early hours" with no day after it, "before dawn" / "pre-dawn". A closed class of phrases, kept here.
 */
function toldLastNight(doc: ArticleDoc, chain: readonly Clause[], trigger: TriggerMatch): boolean {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  return chain.some((c) => c.tokens.some((i) => {
    const word = tokens[i]!.normal;
    if (word === 'overnight' || word === 'pre-dawn') return syn.relation(i) !== 'amod' || syn.head(i) === trigger.head;
    if (word === 'hours') return tokens[i - 1]?.normal === 'early' && tokens[i + 1]?.normal !== 'of';
    if (word === 'dawn') return tokens[i - 1]?.normal === 'before' && tokens[i + 1]?.normal !== 'on';
    return false;
  }));
}

/**
 * Whether a clause chain tells its act in the simple past, the tense that moves a story on: the
 * nearest finite verb is a past form ("seized", "was arrested"), with no perfect, future or modal.
 * Non-finite clauses ("responded by sending") take the tense of the clause above them.
 */
function simplePast(doc: ArticleDoc, heads: readonly number[]): boolean {
  const syn = syntaxOf(doc);
  for (const h of heads) {
    const tag = doc.tokens[h]!.tag ?? '';
    const aux = syn.auxiliariesOf(h);
    if (aux.some((a) => !PAST_AUXILIARIES.has(a))) return false;
    if (tag === 'VBD') return true;
    if (tag === 'VBN' && aux.length > 0) return true;
    // "The governor called for calm and urged elders …": a root participle with an active subject of its own and no
    // auxiliary is a past tense the tagger misread (a participle alone cannot head a sentence), as its conjunct's is.
    if (tag === 'VBN' && aux.length === 0 && syn.relation(h) === 'root' && syn.children(h).some((c) => syn.relation(c) === 'nsubj')) return true;
    // "were wounded" read as an adjective with a copula (relations.ts isPassive): the copula gives the tense.
    if (doc.tokens[h]!.pos === 'ADJ' && syn.isPassive(h)) return syn.children(h).some((c) => syn.relation(c) === 'cop' && PAST_AUXILIARIES.has(doc.tokens[c]!.normal));
    if (tag === 'VBZ' || tag === 'VBP' || tag === 'MD' || tag === 'VB' && aux.length > 0) return false;
    if (!['VBG', 'VBN', 'VB', 'TO'].includes(tag) && doc.tokens[h]!.pos !== 'NOUN') return false;
  }
  return false;
}


/**
 * "said the ministry must pay the arrears", "warned it would retaliate": a verbal act
 * whose words are a modal complement is the telling, dated as the verb that tells it (the modal is
 * the content's mood, not the act's time).
 */
function toldInPast(doc: ArticleDoc, event: string, chain: readonly Clause[]): boolean {
  if (!VERBAL_TYPES.has(event) || chain.length < 2) return false;
  const syn = syntaxOf(doc);
  const head = chain[0]!.head;
  const modal = syn.children(head).some((c) => doc.tokens[c]!.tag === 'MD');
  return modal && syn.relation(head) === 'ccomp' && simplePast(doc, chain.slice(1).map((c) => c.head));
}

/**
 * "The rebel commander said the group was ready to join talks": an act (or a stance) told under a verb of saying in
 * the simple past with no time of its own was told at some point before the publication, as a past act is: the text
 * supports the month, not the publication's day, whatever the tense of the words reported.
 */
function reportedInPast(doc: ArticleDoc, chain: readonly Clause[]): boolean {
  const syn = syntaxOf(doc);
  // A telling in the perfect ("the union has said its members would stay home") was made at some point up to now, as a
  // past one was: the month too.
  return chain.slice(1).some((c) => isSpeech(doc.tokens, syn, c.head) && (simplePast(doc, [c.head]) || perfect(doc, [c.head])));
}

/** Whether the nearest finite verb of a clause chain is a past perfect ("had arrested", "had been detained"). */
function pastPerfectUnder(doc: ArticleDoc, heads: readonly number[]): boolean {
  return perfectWith(doc, heads, PAST_PERFECT);
}

/** Whether a clause chain tells its act in the perfect ("have vowed", "had been arrested"): done at some point up to the time told. */
function perfect(doc: ArticleDoc, heads: readonly number[]): boolean {
  return perfectWith(doc, heads, ANY_PERFECT);
}

const NOMINAL_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** A verb the parse read as a noun's modifier, before it ("had struck" in "had struck rebel positions"), with an auxiliary of its own. */
function misreadVerbOf(doc: ArticleDoc, syn: SyntaxView, noun: number): number | undefined {
  return syn.children(noun).find((c) => c < noun && syn.relation(c) === 'amod' && doc.tokens[c]!.pos === 'VERB' && syn.auxiliariesOf(c).length > 0);
}

/** The nearest verb a noun hangs on, through the nouns and prepositions between (-1 when none within a few steps). */
function verbAbove(doc: ArticleDoc, syn: SyntaxView, noun: number): number {
  let at = syn.head(noun);
  for (let depth = 0; depth < 4 && at >= 0; depth++, at = syn.head(at)) {
    if (doc.tokens[at]!.pos === 'VERB') return at;
    if (!NOMINAL_POS.has(doc.tokens[at]!.pos)) return -1;
  }
  return -1;
}

const PAST_PERFECT: ReadonlySet<string> = new Set(['had']);
const ANY_PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** The nearest finite verb of a clause chain is a participle after one of `auxiliaries`; any other auxiliary or tense ends the search. */
function perfectWith(doc: ArticleDoc, heads: readonly number[], auxiliaries: ReadonlySet<string>): boolean {
  const syn = syntaxOf(doc);
  for (const head of heads) {
    // "said its jets had struck rebel positions near the lake, killing dozens": a participle the parse hung on a noun
    // (the object of the verb before it) goes on with that verb, whose tense is the act's; the parse may read that verb
    // as the noun's modifier ("had struck" an adjective of "positions") or hang the noun on it.
    const h = NOMINAL_POS.has(doc.tokens[head]!.pos) ? misreadVerbOf(doc, syn, head) ?? verbAbove(doc, syn, head) : head;
    if (h < 0) continue;
    const aux = syn.auxiliariesOf(h);
    if (aux.some((a) => auxiliaries.has(a))) return doc.tokens[h]!.tag === 'VBN';
    if (aux.length > 0 || ['VBD', 'VBZ', 'VBP', 'MD'].includes(doc.tokens[h]!.tag ?? '')) return false;
  }
  return false;
}

/**
 * The story's time: "In May 2021, rebels ambushed a convoy outside the town. The governor blamed
 * a splinter faction for the ambush; the faction rejected the charge." A paragraph that goes on in the
 * simple past keeps the time its earlier sentence set (the narrative's reference time) for acts told
 * with no time of their own. Only an unbroken run of simple-past sentences in one paragraph carries
 * it (a present or perfect speaks of now), and only from a time that sets its sentence's main
 * clause, not one inside another act's noun ("after his arrest in March 2002").
 */
function storyTime(doc: ArticleDoc, sentenceIndex: number, chain: readonly Clause[]): EventDate | null {
  if (!simplePast(doc, chain.map((c) => c.head))) return null;
  const syn = syntaxOf(doc);
  const here = doc.sentences[sentenceIndex]!;
  // A sentence's main verb: its root, or (a participle or a noun misread as the root) the first finite verb under it.
  const mainVerb = (k: number) => {
    const s = doc.sentences[k]!;
    let root = -1;
    for (let i = s.tokenStart; i < s.tokenEnd && root < 0; i++) if (syn.head(i) < 0) root = i;
    if (root < 0) return -1;
    if (hasOwnTense(doc, syn, root)) return root;
    return syn.children(root).find((c) => ['parataxis', 'xcomp', 'conj', 'ccomp'].includes(syn.relation(c)) && doc.tokens[c]!.pos === 'VERB' && hasOwnTense(doc, syn, c)) ?? root;
  };
  const SUBORDINATE = /^(acl|advcl|csubj)/;
  // "Early on Friday, a crowd of miners angry at the layoffs … sealed the pit", "Late on Friday, dock workers cut the
  // power to the cranes … and left": a time opening its sentence sets the sentence's first finite verb, though the parse
  // may hang it on the subject after it; a verb whose past and present are one form ("shut", "set", "cut") is past when a
  // verb coordinated with it is.
  const opensPastSentence = (t: TimeExpression, k: number) => {
    const s = doc.sentences[k]!;
    if (!timeOpensSentence(doc, t, s) || /^['’]s\b/.test(doc.text.slice(t.span.end, t.span.end + 3))) return false;
    let verb = -1;
    for (let i = s.tokenStart; i < s.tokenEnd && verb < 0; i++) {
      if (doc.tokens[i]!.start >= t.span.end && ['VERB', 'AUX'].includes(doc.tokens[i]!.pos) && ['VBD', 'VBZ', 'VBP', 'MD'].includes(doc.tokens[i]!.tag ?? '')) verb = i;
    }
    if (verb < 0 || isSpeech(doc.tokens, syn, syn.clauseHeadOf(verb))) return false;
    const head = syn.clauseHeadOf(verb);
    return simplePast(doc, [head]) || syn.children(head).some((c) => syn.relation(c) === 'conj' && doc.tokens[c]!.pos === 'VERB' && simplePast(doc, [c]));
  };
  for (let k = sentenceIndex - 1; k >= 0 && doc.sentences[k]!.paragraph === here.paragraph; k--) {
    const sentence = doc.sentences[k]!;
    const setting = doc.times.filter((t) => (t.type === 'point' || t.type === 'range') && within(t, sentence.span.start, sentence.span.end)).filter((t) => {
      if (opensPastSentence(t, k)) return true;
      const inside = (i: number) => doc.tokens[i]!.start >= t.span.start && doc.tokens[i]!.end <= t.span.end;
      let at = sentenceTokenAt(doc, t.span.start, sentence.tokenStart, sentence.tokenEnd);
      while (at >= 0 && syn.head(at) >= 0 && inside(syn.head(at))) at = syn.head(at);
      const attached = at < 0 ? -1 : syn.head(at);
      if (attached < 0) return false;
      // Not a time of a relative or subordinate clause, nor of another act's noun ("after his arrest in March 2002").
      if ([attached, ...syn.ancestors(attached)].some((i) => SUBORDINATE.test(syn.fullRelation(i)))) return false;
      if (doc.tokens[attached]!.pos !== 'VERB' && ROLE_WORDS.anaphorTypes(doc.tokens[attached]!.normal).length > 0) return false;
      // Nor a possessive time ("ahead of Thursday's rally", "after Sunday's vote"): it dates the noun it is said of, an
      // occasion the story refers to, not the sentence's act.
      if (syn.fullRelation(at) === 'nmod:poss') return false;
      // Nor the time of a telling ("the ministry said on Wednesday that …"): when a source spoke is no time of the story's acts.
      if (isSpeech(doc.tokens, syn, syn.clauseHeadOf(attached))) return false;
      return simplePast(doc, [syn.clauseHeadOf(attached)]);
    });
    const time = setting[setting.length - 1];
    // Lent by another sentence, the date is no surer than the publication's: the act ranks as an undated one does.
    if (time) return { ...spannedDate(time, publicationDate(doc)?.value), rule: 'story-time', time, confidence: 0.4 };
    // A sentence between them that is not in the simple past (a present, a perfect) ends the story.
    const verb = mainVerb(k);
    if (verb < 0 || !simplePast(doc, [verb])) return null;
  }
  return null;
}

// A clock time with a colon, then a space or the line's end: not a figure such as "1.25 million".
const CLOCK_HEADING = /^\s*\d{1,2}:\d{2}(?:\s|$)/;
// A live entry's stamp with its word or zone ("Posted at 14:05 GMT", "Updated 9.30am", "14.05 BST"): one alone may be a
// plain article's update line, so it marks a live page only when two paragraphs or more open with one.
const STAMP_HEADING = /^\s*(?:(?:posted|updated|last updated)(?: at)?:? )?(?:\d{1,2}:\d{2}|\d{1,2}[.:]\d{2} ?(?:am|pm|gmt|bst|utc|cet|est|edt|local time))(?:\s|$)/i;

/** Whether a sentence is in a live page's entry: a paragraph at or before it opens with a clock time ("09:40 Rescue teams reach the valley"). */
function liveEntry(doc: ArticleDoc, sentenceIndex: number): boolean {
  const paragraph = doc.sentences[sentenceIndex]!.paragraph;
  const opening = (p: { start: number; end: number }) => doc.text.slice(p.start, Math.min(p.end, p.start + 40));
  if (doc.paragraphs.slice(0, paragraph + 1).some((p) => CLOCK_HEADING.test(opening(p)))) return true;
  const stamped = doc.paragraphs.map((p, k) => STAMP_HEADING.test(opening(p)) ? k : -1).filter((k) => k >= 0);
  return stamped.length >= 2 && stamped[0]! <= paragraph;
}

/**
 * Whether a live page's entry stands under a "Yesterday" heading (a paragraph of that word alone at or before it): the
 * page runs newest first, and its entries below that heading were posted the day before the publication.
 */
function yesterdaysEntry(doc: ArticleDoc, sentenceIndex: number): boolean {
  if (!liveEntry(doc, sentenceIndex)) return false;
  const paragraph = doc.sentences[sentenceIndex]!.paragraph;
  return doc.paragraphs.slice(0, paragraph).some((p) => /^\s*yesterday\s*$/i.test(doc.text.slice(p.start, p.end)));
}

/** Last day covered by a date value ("2022-09" → 2022-09-30, "199" → 1999-12-31). */
export function windowEnd(value: string): string {
  if (value.length >= 10) return value.slice(0, 10);
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 3) return `${value}9-12-31`;
  return `${value}99-12-31`;
}

/** How far back from the publication an act is still news. */
const NEWS_PERIOD_DAYS = 31;

/**
 * Background: the event's whole date window ends before the news period, the month before publication (31 days): an
 * attack recalled five weeks later is context, not news ("In late March the rebels attacked …" told on 3 May), while
 * last month's act told early in this month still ends inside it.
 */
export function isBackground(doc: ArticleDoc, date: EventDate, pastPerfect: boolean): boolean {
  const pub = publicationDate(doc);
  if (!pub || !date.value) return pastPerfect;
  if (date.rule === 'publication') return pastPerfect;
  const end = Date.parse(windowEnd(date.value));
  // Date.parse reads `2022-10` and `2022` as their first day.
  const newsStart = Date.parse(pub.value) - NEWS_PERIOD_DAYS * 86_400_000;
  // "Troops had clashed with rebels on Monday": a past perfect with a time of its own clause in the news
  // period tells a new act in its order, not history (a time lent by an earlier sentence is no such sign).
  const ownTime = date.time !== undefined && date.rule !== 'story-time';
  return end < newsStart || (pastPerfect && !ownTime);
}

/** Whether a time is told first in its sentence, after nothing but its own preposition or modifier ("On Monday", "Last Wednesday", "Also on Friday"). */
function timeOpensSentence(doc: ArticleDoc, t: TimeExpression, sentence: ArticleDoc['sentences'][number]): boolean {
  const first = sentenceTokenAt(doc, t.span.start, sentence.tokenStart, sentence.tokenEnd);
  return first >= sentence.tokenStart && doc.tokens.slice(sentence.tokenStart, first).every((x) => ['ADJ', 'ADP', 'ADV', 'PUNCT'].includes(x.pos));
}

/** The token of the sentence that starts at or covers `offset` (-1 when none). */
function sentenceTokenAt(doc: ArticleDoc, offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (t.end > offset) return t.start <= offset + 1 ? i : -1;
  }
  return -1;
}

/** "have taken", "has been mediating": a verb with a present "have" among its auxiliaries. */
function isPresentPerfect(tokens: ArticleDoc['tokens'], syn: SyntaxView, v: number): boolean {
  return syn.children(v).some((c) => syn.relation(c) === 'aux' && ['have', 'has', "'ve"].includes(tokens[c]!.normal));
}
