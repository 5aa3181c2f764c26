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
  /** Days the date covers; null when undated. */
  readonly period: DayRange | null;
  /** Distinct non-null codes per role, sorted. */
  readonly actor: readonly string[];
  readonly recipient: readonly string[];
  readonly country: string | null;
}

const codes = (parties: CodedEvent['actor']): string[] =>
  [...new Set(parties.map((party) => party.code).filter((code): code is string => code !== null))].sort();

/** The facts of a coded event. */
export function factsOf(event: CodedEvent): MentionFacts {
  return {
    event: event.event,
    mode: event.mode,
    quad: quadClass(event.event),
    date: event.date,
    precision: event.date_precision,
    period: periodOf(event.date),
    actor: codes(event.actor),
    recipient: codes(event.recipient),
    country: event.event_loc?.country_code ?? null,
  };
}

/** Day or month precision: dates fine enough to merge by overlap (coarser ones must match exactly). */
export function isFine(facts: MentionFacts): boolean {
  return facts.precision === 'day' || facts.precision === 'month';
}
