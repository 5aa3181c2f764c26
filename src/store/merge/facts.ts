import type { CodedEvent } from '../../core/document.js';
import { periodOf, type DayRange } from '../periods.js';
import { quadClass } from '../plover.js';

/** What merging compares of one mention (one coded event of one article). */
export interface MentionFacts {
  readonly event: string;
  readonly mode: string | null;
  readonly quad: number | null;
  readonly date: string | null;
  readonly precision: CodedEvent['date_precision'];
  /** Days the date covers, to the day its report was published at most (`reportedBy`); null when undated. */
  readonly period: DayRange | null;
  /**
   * The day the report was published, for an act told as done: a coarse date ("2024-03", told on 2024-03-02) covers
   * only the days up to it, so a report of Saturday's arrests dated to their month is not merged with arrests of the
   * Monday after. Null for acts told as future or hypothetical, and when the publication date is unknown.
   */
  readonly reportedBy?: string | null;
  /** Distinct non-null codes per role, sorted. */
  readonly actor: readonly string[];
  readonly recipient: readonly string[];
  readonly country: string | null;
}

const codes = (parties: CodedEvent['actor']): string[] =>
  [...new Set(parties.map((party) => party.code).filter((code): code is string => code !== null))].sort();

/** The facts of a coded event, reported in a document published at `publishedAt` (an ISO date or time) when known. */
export function factsOf(event: CodedEvent, publishedAt: string | null = null): MentionFacts {
  const reportedBy = publishedAt !== null && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) && event.modality !== 'future' && event.modality !== 'hypothetical'
    ? publishedAt.slice(0, 10) : null;
  return {
    event: event.event,
    mode: event.mode,
    quad: quadClass(event.event),
    date: event.date,
    precision: event.date_precision,
    period: reportedPeriod(event.date, reportedBy),
    reportedBy,
    actor: codes(event.actor),
    recipient: codes(event.recipient),
    country: event.event_loc?.country_code ?? null,
  };
}

/** Day or month precision: dates fine enough to merge by overlap (coarser ones must match exactly). */
export function isFine(facts: MentionFacts): boolean {
  return facts.precision === 'day' || facts.precision === 'month';
}

/**
 * The days a date covers, cut at the day its report was published: an act told as done happened by then. A day-precise
 * date, or one whose period starts after that day (a date the text sets later), keeps its whole period.
 */
export function reportedPeriod(date: string | null, reportedBy: string | null | undefined): DayRange | null {
  const period = periodOf(date);
  if (period === null || !reportedBy || period.lo === period.hi || reportedBy < period.lo || reportedBy >= period.hi) return period;
  return { lo: period.lo, hi: reportedBy };
}
