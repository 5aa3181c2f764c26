import type { Span } from './span.js';

/**
 * How a stretch of the cleaned text relates to the original input.
 * - `copy`: the cleaned characters are the source characters, one for one.
 * - `replace`: the cleaned characters stand for a different source stretch (`&amp;` → `&`,
 *   collapsed white space, `<br>` → `\n`); only the edges map.
 * - `insert`: characters the cleaner made up (a paragraph break between two blocks); no source.
 */
export interface Segment {
  readonly kind: 'copy' | 'replace' | 'insert';
  readonly cleanStart: number;
  readonly cleanLength: number;
  readonly sourceStart: number;
  readonly sourceLength: number;
}

/** Sorted, gap-free segments tiling the cleaned text. */
export type OffsetMap = readonly Segment[];

/**
 * Builds an OffsetMap while a cleaner writes its output left to right.
 * Adjacent `copy` segments that are contiguous in both texts are merged.
 */
export class OffsetMapBuilder {
  /** Mutable while the builder writes (a run of copied words grows one segment); handed out by `build`. */
  private readonly segments: { -readonly [K in keyof Segment]: Segment[K] }[] = [];
  private parts: string[] = [];
  private length = 0;

  /** Appends `text`, which is copied verbatim from `source` at `sourceStart`. */
  copy(text: string, sourceStart: number): void {
    if (text.length === 0) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.kind === 'copy' && last.cleanStart + last.cleanLength === this.length &&
        last.sourceStart + last.sourceLength === sourceStart) {
      last.cleanLength += text.length;
      last.sourceLength += text.length;
    } else {
      this.segments.push({ kind: 'copy', cleanStart: this.length, cleanLength: text.length, sourceStart, sourceLength: text.length });
    }
    this.push(text);
  }

  /** Appends `text`, which stands for source `[sourceStart, sourceEnd)` without being equal to it. */
  replace(text: string, sourceStart: number, sourceEnd: number): void {
    if (text.length === 0) return;
    this.segments.push({ kind: 'replace', cleanStart: this.length, cleanLength: text.length, sourceStart, sourceLength: sourceEnd - sourceStart });
    this.push(text);
  }

  /** Appends made-up text (with `sourceAt` as the source position it sits at). */
  insert(text: string, sourceAt: number): void {
    if (text.length === 0) return;
    this.segments.push({ kind: 'insert', cleanStart: this.length, cleanLength: text.length, sourceStart: sourceAt, sourceLength: 0 });
    this.push(text);
  }

  /** The cleaned text so far. */
  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  get textLength(): number {
    return this.length;
  }

  /** Removes trailing characters (e.g. trailing white space) from the output. */
  trimEnd(count: number): void {
    let remaining = Math.min(count, this.length);
    const text = this.text;
    this.parts = [text.slice(0, this.length - remaining)];
    this.length -= remaining;
    while (remaining > 0) {
      const last = this.segments[this.segments.length - 1];
      if (!last) break;
      if (last.cleanLength <= remaining) {
        this.segments.pop();
        remaining -= last.cleanLength;
      } else {
        const keep = last.cleanLength - remaining;
        this.segments[this.segments.length - 1] = last.kind === 'copy'
          ? { ...last, cleanLength: keep, sourceLength: keep }
          : { ...last, cleanLength: keep };
        remaining = 0;
      }
    }
  }

  /** The text and its map; the builder is done (writing more would change the map handed out). */
  build(): { text: string; map: OffsetMap } {
    return { text: this.text, map: [...this.segments] };
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

function findSegment(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = map[mid]!;
    if (offset < seg.cleanStart) hi = mid - 1;
    else if (offset >= seg.cleanStart + seg.cleanLength) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, map.length - 1));
}

/** Source offset of a clean offset, mapping inside `copy` segments and to edges elsewhere. */
export function toSourceOffset(map: OffsetMap, offset: number, edge: 'start' | 'end'): number {
  if (map.length === 0) return offset;
  const seg = map[findSegment(map, edge === 'end' ? Math.max(0, offset - 1) : offset)]!;
  if (seg.kind === 'copy') {
    const within = Math.min(Math.max(offset - seg.cleanStart, 0), seg.cleanLength);
    return seg.sourceStart + within;
  }
  return edge === 'start' ? seg.sourceStart : seg.sourceStart + seg.sourceLength;
}

/** The smallest source span enclosing a clean span. */
export function toSourceSpan(map: OffsetMap, span: Span): Span {
  const start = toSourceOffset(map, span.start, 'start');
  const end = span.end === span.start ? start : toSourceOffset(map, span.end, 'end');
  return { start, end: Math.max(start, end) };
}

/**
 * Checks the OffsetMap invariants against both texts; returns a list of problems (empty when sound).
 * Segments must tile the clean text without gaps, and every `copy` must reproduce its source.
 */
export function checkOffsetMap(map: OffsetMap, clean: string, source: string): string[] {
  const problems: string[] = [];
  let expected = 0;
  for (const [i, seg] of map.entries()) {
    if (seg.cleanStart !== expected) problems.push(`segment ${i} starts at ${seg.cleanStart}, expected ${expected}`);
    expected = seg.cleanStart + seg.cleanLength;
    if (seg.sourceStart < 0 || seg.sourceStart + seg.sourceLength > source.length) problems.push(`segment ${i} source range out of bounds`);
    if (seg.kind === 'copy' && clean.slice(seg.cleanStart, expected) !== source.slice(seg.sourceStart, seg.sourceStart + seg.sourceLength)) {
      problems.push(`copy segment ${i} does not reproduce its source`);
    }
  }
  if (expected !== clean.length) problems.push(`segments cover ${expected} of ${clean.length} characters`);
  return problems;
}
