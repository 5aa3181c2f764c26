import type { ArticleDoc, DatePrecision, TimeExpression } from '../../core/document.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './find-triggers.js';

export interface EventDate {
  value: string | null;
  precision: DatePrecision | null;
  /** 'clause' | 'sentence' | 'narrative' | 'publication' | 'relative-before' | 'past-perfect' … */
  rule: string;
  time?: TimeExpression;
  confidence: number;
}

const DATED_TYPES = new Set(['point', 'range', 'since']);

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

/** The publication date as a date value: a day, or a month or year when that is all that is known (`--published 2022-10`). */
export function publicationDate(doc: ArticleDoc): { value: string; precision: DatePrecision } | null {
  const p = doc.source.publishedAt;
  if (!p) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(p)) return { value: p.slice(0, 10), precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(p)) return { value: p, precision: 'month' };
  return /^\d{4}$/.test(p) ? { value: p, precision: 'year' } : null;
}

/**
 * The date that governs a trigger: a time expression in its own clause (the nearest), then in
 * its sentence, then the date of the narrative so far (the previous dated sentence of the
 * paragraph or article), then the publication date with a lower confidence.
 * "days after X" dates X to the month of the governing date: it happened shortly before.
 */
export function assignDate(doc: ArticleDoc, sentenceIndex: number, clause: Clause, trigger: TriggerMatch,
  narrative: EventDate | null): EventDate[] {
  const tokens = doc.tokens;
  const sentence = doc.sentences[sentenceIndex]!;
  const clauseStart = tokens[clause.tokens[0]!]!.start;
  const clauseEnd = tokens[clause.tokens[clause.tokens.length - 1]!]!.end;
  const headStart = tokens[trigger.head]!.start;
  // "the worst clashes since the Neighbors' War in 2020": a date behind "since" bounds another phrase.
  const behindSince = (t: TimeExpression) => {
    const [from, to] = t.span.start > headStart ? [headStart, t.span.start] : [t.span.end, headStart];
    return /\bsince\b/i.test(doc.text.slice(from, to)) && t.type !== 'since';
  };
  const times = doc.times.filter((t) => DATED_TYPES.has(t.type) && within(t, sentence.span.start, sentence.span.end) && !behindSince(t));
  const inClause = times.filter((t) => within(t, clauseStart, clauseEnd) && clause.tokens.some((i) => tokens[i]!.start >= t.span.start && tokens[i]!.end <= t.span.end));

  const fromTime = (time: TimeExpression, rule: string, confidence: number): EventDate =>
    ({ value: time.value, precision: time.precision, rule, time, confidence });

  if (inClause.length > 0) {
    // Coordinated dates ("fought two wars – in 2020 and in the 1990s") give one event per date.
    const coordinated = inClause.length > 1 && inClause.every((t, k) => k === 0 || /^[\s,–—-]*(and|or)?[\s]*(in|on)?[\s]*(the)?[\s]*$/i.test(doc.text.slice(inClause[k - 1]!.span.end, t.span.start)));
    if (coordinated && (trigger.nominal || tokens[trigger.head + 1]?.pos === 'NUM')) return inClause.map((t) => fromTime(t, 'clause-coordinated', 0.8));
    const nearest = [...inClause].sort((a, b) => Math.abs(a.span.start - headStart) - Math.abs(b.span.start - headStart))[0]!;
    return [fromTime(nearest, 'clause', 0.9)];
  }
  const otherClauseTimes = times;
  const mainDate = (() => {
    if (otherClauseTimes.length > 0) {
      const nearest = [...otherClauseTimes].sort((a, b) => Math.abs(a.span.start - headStart) - Math.abs(b.span.start - headStart))[0]!;
      return fromTime(nearest, 'sentence', 0.75);
    }
    if (narrative && narrative.value) return { ...narrative, rule: 'narrative', confidence: Math.min(narrative.confidence, 0.6) };
    const pub = publicationDate(doc);
    return { value: pub?.value ?? null, precision: pub?.precision ?? null, rule: 'publication', confidence: 0.4 };
  })();
  if (clause.marker && /^(days?|weeks?|hours?|shortly|soon|just) (after|before)$/.test(clause.marker) && mainDate.value) {
    const t = truncate(mainDate.value, 'month');
    return [{ value: t.value, precision: t.precision, rule: `shortly-${clause.marker.split(' ')[1]}`, confidence: 0.5 }];
  }
  return [mainDate];
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

/** Background: the event's whole date window ends well before the news period (90 days before publication). */
export function isBackground(doc: ArticleDoc, date: EventDate, pastPerfect: boolean): boolean {
  const pub = publicationDate(doc);
  if (!pub || !date.value) return pastPerfect;
  if (date.rule === 'publication') return pastPerfect;
  const end = Date.parse(windowEnd(date.value));
  // Date.parse reads `2022-10` and `2022` as their first day.
  const newsStart = Date.parse(pub.value) - 90 * 86_400_000;
  return end < newsStart || pastPerfect;
}
