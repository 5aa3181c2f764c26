import type { DatePrecision, TimeExpression } from '../../core/document.js';
import type { Severity } from '../../core/diagnostic.js';
import type { Span } from '../../core/span.js';
import type { CalendarDate } from './calendar.js';

/** What each rule sees: the text, the reference date (if any) and a tense probe. */
export interface RuleContext {
  readonly text: string;
  /** The publication date; undefined means only absolute expressions may be resolved. */
  readonly reference: CalendarDate | undefined;
  /** True when the clause before `position` speaks of the future ("will meet on Tuesday"). */
  readonly futureBefore: (position: number) => boolean;
}

/** The calendar parts a point expression stated, kept so a range can lend its year ("from March to May 2022"). */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Whether the year was written in the text (not taken from the publication date). */
  readonly explicitYear: boolean;
}

/** A resolved expression found by a rule, before ids and origin are stamped. */
export interface TimeFinding extends Span {
  readonly kind: 'time';
  readonly type: TimeExpression['type'];
  readonly value: string;
  readonly precision: DatePrecision;
  readonly endValue?: string;
  readonly duration?: string;
  readonly anchored: TimeExpression['anchored'];
  readonly rule: string;
  readonly parts?: DateParts;
}

/** Text that looks like a date but cannot be given a value ("February 30"). */
export interface ProblemFinding extends Span {
  readonly kind: 'problem';
  readonly severity: Severity;
  readonly ruleId: string;
  readonly reason: string;
}

export type Finding = TimeFinding | ProblemFinding;

/** A rule finds expressions of one shape anywhere in the text. */
export type DateRule = (context: RuleContext) => Finding[];
