import { OffsetMapBuilder, type OffsetMap } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';
import type { Block, Piece } from './types.js';

// JS `\s` already covers U+00A0 (&nbsp;) and the Unicode spaces, which is what news HTML uses
// to glue "17 prisoners" together; each run becomes one plain space.
const WHITE = /\s+/g;
const ALL_WHITE = /^\s*$/;

interface Pending { start: number; end: number; text: string; exact: boolean }

/**
 * Writes blocks as paragraphs separated by "\n\n" (an `insert` segment), collapsing every run of
 * white space inside a paragraph to one space and trimming its edges. A lone source space is
 * copied; any other run ("\n   ", "&nbsp;", a `<br>`) becomes a `replace` segment, so spans
 * still map back. Nothing else is normalised (curly quotes stay curly).
 */
export function emitParagraphs(blocks: readonly Block[]): { text: string; map: OffsetMap; paragraphs: Span[] } {
  const builder = new OffsetMapBuilder();
  const paragraphs: Span[] = [];
  for (const block of blocks) {
    const firstSource = firstContentStart(block);
    if (firstSource === undefined) continue;
    if (paragraphs.length > 0) builder.insert('\n\n', firstSource);
    const start = builder.textLength;
    writeBlock(builder, block);
    if (builder.textLength > start) paragraphs.push({ start, end: builder.textLength });
    else if (paragraphs.length > 0) builder.trimEnd(2);
  }
  const { text, map } = builder.build();
  return { text, map, paragraphs };
}

function firstContentStart(block: Block): number | undefined {
  for (const piece of block) {
    if (!ALL_WHITE.test(piece.text)) {
      if (!piece.exact) return piece.start;
      const lead = /^\s*/.exec(piece.text)?.[0].length ?? 0;
      return piece.start + lead;
    }
  }
  return undefined;
}

function writeBlock(builder: OffsetMapBuilder, block: Block): void {
  let pending: Pending | undefined;
  let wrote = false;
  const flushSpace = (): void => {
    if (pending && wrote) {
      if (pending.exact && pending.text === ' ') builder.copy(' ', pending.start);
      else builder.replace(' ', pending.start, pending.end);
    }
    pending = undefined;
  };
  const addSpace = (text: string, start: number, end: number, exact: boolean): void => {
    if (pending) pending = { start: pending.start, end, text: pending.text + text, exact: false };
    else pending = { start, end, text, exact };
  };
  for (const piece of block) {
    if (ALL_WHITE.test(piece.text)) {
      if (piece.text.length > 0 || piece.end > piece.start) addSpace(piece.text, piece.start, piece.end, piece.exact);
      continue;
    }
    if (!piece.exact) {
      flushSpace();
      builder.replace(piece.text, piece.start, piece.end);
      wrote = true;
      continue;
    }
    writeExact(piece, builder, addSpace, flushSpace, () => { wrote = true; });
  }
}

function writeExact(piece: Piece, builder: OffsetMapBuilder,
  addSpace: (text: string, start: number, end: number, exact: boolean) => void,
  flushSpace: () => void, markWrote: () => void): void {
  let at = 0;
  WHITE.lastIndex = 0;
  for (let m = WHITE.exec(piece.text); m; m = WHITE.exec(piece.text)) {
    if (m.index > at) {
      flushSpace();
      builder.copy(piece.text.slice(at, m.index), piece.start + at);
      markWrote();
    }
    addSpace(m[0], piece.start + m.index, piece.start + m.index + m[0].length, true);
    at = m.index + m[0].length;
  }
  if (at < piece.text.length) {
    flushSpace();
    builder.copy(piece.text.slice(at), piece.start + at);
    markWrote();
  }
}
