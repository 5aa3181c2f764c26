import type { CodedEvent, QuantityCategory, QuantityQualifier } from '../../core/document.js';

/** One reported figure of a canonical event, with the mention that reported it. */
export interface Figure {
  readonly value: number;
  readonly max?: number;
  readonly qualifier: QuantityQualifier;
  readonly text?: string;
  readonly docId: string;
  readonly eventId: string;
  readonly outlet: string;
  /** A running total ("has killed 500,000 since 2011"): listed, never the headline. */
  readonly cumulative?: true;
}

/** Every figure per category, side by side: `{ dead: [286 (AFP), 300 (Reuters)] }`. Nothing is averaged away. */
export type CanonicalFigures = Partial<Record<QuantityCategory, Figure[]>>;

/** The rule that picks the headline figure, stored beside it so a reader knows how it was chosen. */
export const HEADLINE_RULE =
  'lowest-estimate@2: the lowest exact or lower-bound figure (exact, at least, more than, about, range start), ' +
  'as ACLED records the most conservative report; upper bounds (up to, less than) and vague counts (dozens) only when nothing else was reported; ' +
  'running totals ("since 2011", "so far this year") never';

const UPPER_OR_VAGUE: ReadonlySet<QuantityQualifier> = new Set(['up to', 'less than', 'at most', 'several', 'dozens', 'hundreds', 'thousands']);

/** The figures of one mention, added to `into`. */
export function addFigures(into: CanonicalFigures, event: CodedEvent, docId: string, outlet: string): void {
  for (const [category, size] of Object.entries(event.size) as [QuantityCategory, NonNullable<CodedEvent['size'][QuantityCategory]>][]) {
    const figure: Figure = {
      value: size.value, qualifier: size.qualifier, docId, eventId: event.id, outlet,
      ...(size.max !== undefined ? { max: size.max } : {}), ...(size.text !== undefined ? { text: size.text } : {}),
      ...(size.cumulative ? { cumulative: true as const } : {}),
    };
    (into[category] ??= []).push(figure);
  }
}

/**
 * The headline figure of a category by HEADLINE_RULE: "at least 286" (AFP) and "300" (Reuters)
 * give 286. Null when nothing was reported.
 */
export function headlineFigure(figures: readonly Figure[] | undefined): number | null {
  // A running total is another claim than the act's own count: it never heads the event (nor its sums).
  const own = (figures ?? []).filter((figure) => !figure.cumulative);
  if (own.length === 0) return null;
  const firm = own.filter((figure) => !UPPER_OR_VAGUE.has(figure.qualifier));
  return Math.min(...(firm.length > 0 ? firm : own).map((figure) => figure.value));
}
