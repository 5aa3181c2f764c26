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
}

/** Every figure per category, side by side: `{ dead: [286 (AFP), 300 (Reuters)] }`. Nothing is averaged away. */
export type CanonicalFigures = Partial<Record<QuantityCategory, Figure[]>>;

/** The rule that picks the headline figure, stored beside it so a reader knows how it was chosen. */
export const HEADLINE_RULE =
  'lowest-estimate@1: the lowest exact or lower-bound figure (exact, at least, more than, about, range start), ' +
  "as ACLED records the most conservative report; upper bounds (up to, less than) and vague counts (dozens) only when nothing else was reported";

const UPPER_OR_VAGUE: ReadonlySet<QuantityQualifier> = new Set(['up to', 'less than', 'at most', 'several', 'dozens', 'hundreds', 'thousands']);

/** The figures of one mention, added to `into`. */
export function addFigures(into: CanonicalFigures, event: CodedEvent, docId: string, outlet: string): void {
  for (const [category, size] of Object.entries(event.size) as [QuantityCategory, NonNullable<CodedEvent['size'][QuantityCategory]>][]) {
    const figure: Figure = {
      value: size.value, qualifier: size.qualifier, docId, eventId: event.id, outlet,
      ...(size.max !== undefined ? { max: size.max } : {}), ...(size.text !== undefined ? { text: size.text } : {}),
    };
    (into[category] ??= []).push(figure);
  }
}

/**
 * The headline figure of a category by HEADLINE_RULE: "at least 286" (AFP) and "300" (Reuters)
 * give 286. Null when nothing was reported.
 */
export function headlineFigure(figures: readonly Figure[] | undefined): number | null {
  if (figures === undefined || figures.length === 0) return null;
  const firm = figures.filter((figure) => !UPPER_OR_VAGUE.has(figure.qualifier));
  return Math.min(...(firm.length > 0 ? firm : figures).map((figure) => figure.value));
}
