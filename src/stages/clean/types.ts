import type { OffsetMap } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';

/** Why a stretch of the input was left out of the cleaned text, and where it was (source offsets). */
export interface Dropped {
  readonly reason: string;
  readonly source: Span;
}

/** What the cleaner makes of one input. `paragraphs` index `text`; `dropped` indexes the raw input. */
export interface CleanResult {
  readonly text: string;
  readonly map: OffsetMap;
  readonly paragraphs: Span[];
  readonly title?: string;
  readonly dropped: Dropped[];
  /** Problems with the input (empty page, unparsable HTML); the stage turns these into diagnostics (warnings unless `fatal`). */
  readonly problems: { readonly ruleId: string; readonly reason: string; readonly severity?: 'fatal' | 'warning' }[];
}

/**
 * A run of cleaned characters with its source range.
 * `exact` pieces equal `raw.slice(start, end)` (they become `copy` segments);
 * the others (a decoded entity, a `<br>` standing for a space) become `replace` segments.
 */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

/** One paragraph-to-be: its pieces in order. */
export type Block = readonly Piece[];
