/**
 * A half-open `[start, end)` range of UTF-16 code units in `doc.text` (the cleaned text).
 * `doc.text.slice(span.start, span.end)` is the covered text, as in unist and spaCy.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers; the shape used for evidence in events. */
export interface TextSpan extends Span {
  readonly text: string;
}

export const Span = {
  create(start: number, end: number): Span {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
      throw new RangeError(`Invalid span [${start}, ${end}): expected integers with 0 <= start <= end.`);
    }
    return { start, end };
  },
  /** Covered text of `span` in `text`. */
  slice(text: string, span: Span): string {
    return text.slice(span.start, span.end);
  },
  withText(text: string, span: Span): TextSpan {
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  },
  contains(outer: Span, inner: Span): boolean {
    return outer.start <= inner.start && inner.end <= outer.end;
  },
  overlaps(a: Span, b: Span): boolean {
    return a.start < b.end && b.start < a.end;
  },
  /** Smallest span covering both. */
  cover(a: Span, b: Span): Span {
    return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  },
  /** Character distance between two spans (0 if they overlap or touch). */
  distance(a: Span, b: Span): number {
    if (Span.overlaps(a, b)) return 0;
    return a.end <= b.start ? b.start - a.end : a.start - b.end;
  },
  /** Throws when a span falls outside a text of `length` code units (a programmer error). */
  assertInside(span: Span, length: number, what = 'span'): void {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= length)) {
      throw new RangeError(`${what} [${span.start}, ${span.end}) is outside the text (length ${length}).`);
    }
  },
};
