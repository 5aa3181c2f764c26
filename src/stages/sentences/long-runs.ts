import type { Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';

/**
 * Longest run of non-space characters handed to the tagger. wink-nlp's e-mail pattern backtracks
 * over a run of word and symbol characters with no `@`, in time that grows with the square of the
 * run: a page of a million `&amp;` entities (one run of `&`) spent minutes there, and so would a
 * pasted base64 blob. No word, URL or number in news is this long.
 */
export const MAX_RUN_CHARS = 200;

type RawToken = Omit<Token, 'sentence'>;

/** A part of a paragraph: ordinary text for the tagger, or one over-long run of non-space characters. */
export interface ParagraphPiece {
  readonly span: Span;
  readonly run: boolean;
}

/**
 * Cuts a paragraph around its over-long runs (more than `maxRun` non-space characters). Most
 * paragraphs have none and come back whole, as one piece.
 * @example
 * splitAtLongRuns('Police said ' + '&'.repeat(500) + ' on Tuesday.', { start: 0, end: 528 })
 * // [{span: 0–12, run: false}, {span: 12–512, run: true}, {span: 512–528, run: false}]
 */
export function splitAtLongRuns(text: string, paragraph: Span, maxRun = MAX_RUN_CHARS): ParagraphPiece[] {
  const pieces: ParagraphPiece[] = [];
  const pattern = new RegExp(`\\S{${maxRun + 1},}`, 'g');
  const source = text.slice(paragraph.start, paragraph.end);
  let from = paragraph.start;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    const start = paragraph.start + m.index;
    if (start > from) pieces.push({ span: { start: from, end: start }, run: false });
    pieces.push({ span: { start, end: start + m[0].length }, run: true });
    from = start + m[0].length;
  }
  if (from < paragraph.end) pieces.push({ span: { start: from, end: paragraph.end }, run: false });
  return pieces;
}

/** An over-long run as one sentence of `maxRun`-character tokens tagged `X` (the tagger never sees it). */
export function runAsSentence(text: string, span: Span, maxRun = MAX_RUN_CHARS): { span: Span; tokens: RawToken[] } {
  const tokens: RawToken[] = [];
  for (let start = span.start; start < span.end; start += maxRun) {
    const end = Math.min(span.end, start + maxRun);
    const value = text.slice(start, end);
    tokens.push({ start, end, text: value, normal: value.toLowerCase(), pos: 'X', lemma: value.toLowerCase() });
  }
  return { span, tokens };
}
