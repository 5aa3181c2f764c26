import type { CodedEvent } from '../core/document.js';

/** The death toll the map sizes an event by, or why its reported toll is left out. */
export interface MapDeaths {
  /** Deaths used for sizing; null when there is no toll or it is left out. */
  readonly dead: number | null;
  /** The toll the text gave, whether used or not. */
  readonly reported: number | null;
  /** Why a reported toll is not used, in words for the tooltip; null when it is used or absent. */
  readonly leftOut: string | null;
}

const VAGUE = new Set(['several', 'dozens', 'hundreds', 'thousands']);
const HAPPENED = new Set(['asserted', 'reported']);
const FINE_PRECISION = new Set(['day', 'month']);

/**
 * The one rule for which death tolls may size the map, so a figure that is rhetorical or
 * cumulative does not draw the biggest circle ("the war has killed half a million since 2011"):
 * a toll counts only when the event is current (not background history), said to have happened
 * (asserted or reported, not hypothetical, future or negated), dated to a day or a month (a toll
 * over a year or more is a running total), and given as a number rather than a word like
 * "dozens". When the quantities stage marks figures as rhetorical or cumulative, this is the
 * function that reads that mark.
 */
export function mapDeaths(event: Pick<CodedEvent, 'size' | 'background' | 'modality' | 'date_precision'>): MapDeaths {
  const toll = event.size.dead;
  if (toll === undefined) return { dead: null, reported: null, leftOut: null };
  const leftOut = event.background
    ? 'background: history told as context'
    : !HAPPENED.has(event.modality)
      ? `${event.modality}: not reported as having happened`
      : event.date_precision === null || !FINE_PRECISION.has(event.date_precision)
        ? 'a toll over a year or more, likely cumulative'
        : VAGUE.has(toll.qualifier)
          ? `a vague figure (“${toll.qualifier}”)`
          : null;
  return { dead: leftOut === null ? toll.value : null, reported: toll.value, leftOut };
}
