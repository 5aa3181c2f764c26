import type { Block, CleanResult, Dropped } from '../types.js';
import { emitParagraphs } from '../emit-paragraphs.js';
import { splitParagraphs } from './01-split-paragraphs.js';
import { takeTitle } from './02-take-title.js';
import { isRepeatedTitle } from './03-drop-repeated-title.js';
import { findFurnitureTail, isFurnitureHeading } from './04-find-furniture-tail.js';

/** Cleans a plain-text article: headline out, repeated headline out, furniture tail out, white space collapsed. */
export function cleanText(raw: string): CleanResult {
  const dropped: Dropped[] = [];
  const { title: titleLine, rest } = takeTitle(raw, splitParagraphs(raw));
  const title = titleLine ? raw.slice(titleLine.start, titleLine.end).replace(/\s+/g, ' ').trim() : undefined;
  if (titleLine) dropped.push({ reason: 'title', source: { start: titleLine.start, end: titleLine.end } });
  const body = rest.filter((para) => {
    if (!isRepeatedTitle(raw, para, title)) return true;
    dropped.push({ reason: 'repeated-title', source: { start: para.start, end: para.end } });
    return false;
  }).flatMap((para) => {
    // "Related coverage" with its teaser links on the next lines, no blank line between: a list,
    // one paragraph per line, so the heading can open the furniture tail.
    const first = para.lines[0];
    if (para.lines.length < 2 || !first || !isFurnitureHeading(raw.slice(first.start, first.end))) return [para];
    return para.lines.map((line) => ({ start: line.start, end: line.end, lines: [line] }));
  });
  const tail = findFurnitureTail(body.map((p) => raw.slice(p.start, p.end)));
  const tailParas = body.slice(tail);
  const firstTail = tailParas[0];
  const lastTail = tailParas[tailParas.length - 1];
  if (firstTail && lastTail) dropped.push({ reason: 'furniture-tail', source: { start: firstTail.start, end: lastTail.end } });
  const blocks: Block[] = body.slice(0, tail).map((p) => [{ text: raw.slice(p.start, p.end), start: p.start, end: p.end, exact: true }]);
  const { text, map, paragraphs } = emitParagraphs(blocks);
  const problems = text.length === 0 ? [{ ruleId: 'clean/empty', reason: 'The input has no body text after cleaning; check that the file is the article and not an empty or navigation-only page.' }] : [];
  return { text, map, paragraphs, ...(title ? { title } : {}), dropped, problems };
}
