import type { Span } from './span.js';

export type Severity = 'fatal' | 'warning' | 'info';

/** A problem with *the input*. Stages report these; they do not throw them. */
export interface Diagnostic {
  readonly severity: Severity;
  /** `<stage>/<rule>`, stable, e.g. 'dates/unresolved-relative'. */
  readonly ruleId: string;
  /** One sentence: what was found, what to do. */
  readonly reason: string;
  readonly stage: string;
  readonly span?: Span;
  readonly actual?: string;
}

export type Report = (severity: Severity, ruleId: string, reason: string,
  extra?: { span?: Span; actual?: string }) => void;
