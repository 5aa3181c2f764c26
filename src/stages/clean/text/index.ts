import type { Block, CleanResult, Dropped } from '../types.js';
import { emitParagraphs } from '../emit-paragraphs.js';
import { splitParagraphs } from './01-split-paragraphs.js';
import { takeTitle } from './02-take-title.js';
import { isRepeatedTitle } from './03-drop-repeated-title.js';
import { findFurnitureTail, isFurnitureHeading, isFurnitureLine } from './04-find-furniture-tail.js';

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
    // "Related coverage" with its teaser links on the next lines, or a "Read more: …" line under
    // the last sentence, no blank line between: from the first such line on, one paragraph per
    // line, so a heading can open the furniture tail and a furniture line be dropped alone. A line
    // of a wrapped sentence ("…ruled on\ncopyright law") is no furniture: the line before must end
    // a sentence.
    const lineText = (i: number): string => raw.slice(para.lines[i]!.start, para.lines[i]!.end);
    const at = para.lines.findIndex((_line, i) => (isFurnitureHeading(lineText(i)) || isFurnitureLine(lineText(i)))
      && (i === 0 || /[.!?]["'”’)]?$/.test(lineText(i - 1).trim())));
    if (at < 0 || para.lines.length < 2) return [para];
    const kept = para.lines.slice(0, at);
    const head = kept.length > 0 ? [{ start: para.start, end: kept[kept.length - 1]!.end, lines: kept }] : [];
    return [...head, ...para.lines.slice(at).map((line) => ({ start: line.start, end: line.end, lines: [line] }))];
  });
  const tail = findFurnitureTail(body.map((p) => raw.slice(p.start, p.end)));
  const tailParas = body.slice(tail);
  const firstTail = tailParas[0];
  const lastTail = tailParas[tailParas.length - 1];
  if (firstTail && lastTail) dropped.push({ reason: 'furniture-tail', source: { start: firstTail.start, end: lastTail.end } });
  const story = body.slice(0, tail).filter((para) => {
    // A furniture line between two paragraphs of the story ("Read more: …", "Photo: AFP") is no
    // statement of it, wherever it is. One that ends like a sentence and runs on is the story's own
    // ("Copyright lawyers for the union said they would sue.").
    const text = raw.slice(para.start, para.end).trim();
    if (!isFurnitureLine(text) || (/[.!?]["'”’)]?$/.test(text) && text.split(/\s+/).length > 6)) return true;
    dropped.push({ reason: 'furniture-line', source: { start: para.start, end: para.end } });
    return false;
  });
  const blocks: Block[] = story.map((p) => [{ text: raw.slice(p.start, p.end), start: p.start, end: p.end, exact: true }]);
  const { text, map, paragraphs } = emitParagraphs(blocks);
  const problems = text.length === 0 ? [{ ruleId: 'clean/empty', reason: 'The input has no body text after cleaning; check that the file is the article and not an empty or navigation-only page.' }] : [];
  return { text, map, paragraphs, ...(title ? { title } : {}), dropped, problems };
}
