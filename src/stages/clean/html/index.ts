import type { Block, CleanResult, Dropped } from '../types.js';
import { emitParagraphs } from '../emit-paragraphs.js';
import { MAX_NESTING, MAX_SCORED_NESTING, nestingDepth } from './00-measure-depth.js';
import { parseWithPositions } from './01-parse-with-positions.js';
import { findMainElement } from './02-find-main.js';
import { collectBlocks } from './03-collect-blocks.js';
import { filterBlocks } from './04-filter-blocks.js';

/** Cleans an HTML page to its article text; every kept character maps back into `raw`. */
export function cleanHtml(raw: string): CleanResult {
  const problems: CleanResult['problems'][number][] = [];
  if (raw.trim() === '') {
    return { text: '', map: [], paragraphs: [], dropped: [], problems: [{ ruleId: 'clean/empty', reason: 'The HTML input is empty; pass the page source, not an empty file.' }] };
  }
  const depth = nestingDepth(raw);
  if (depth > MAX_NESTING) {
    return { text: '', map: [], paragraphs: [], dropped: [], problems: [{ ruleId: 'clean/too-deep', severity: 'fatal', reason: `The HTML nests elements ${depth} levels deep, more than the ${MAX_NESTING} browsers allow; it is not an article page, so it was not parsed.` }] };
  }
  const doc = parseWithPositions(raw);
  const { element, title } = findMainElement(doc.document, { score: depth <= MAX_SCORED_NESTING });
  if (!element) {
    return { text: '', map: [], paragraphs: [], dropped: [], problems: [{ ruleId: 'clean/no-body', reason: 'The HTML has no body to extract text from; check that the input is an HTML page.' }] };
  }
  const collected = collectBlocks(element, doc);
  const verdicts = filterBlocks(collected.blocks, title);
  const dropped: Dropped[] = collected.skipped.map((s) => ({ reason: s.reason, source: { start: s.start, end: Math.max(s.start, s.end) } }));
  const blocks: Block[] = [];
  for (const v of verdicts) {
    if (v.keep) { blocks.push(v.block.pieces); continue; }
    const first = v.block.pieces[0];
    const last = v.block.pieces[v.block.pieces.length - 1];
    if (first && last && v.reason !== 'empty') dropped.push({ reason: v.reason ?? 'filtered', source: { start: first.start, end: Math.max(first.start, last.end) } });
  }
  const { text, map, paragraphs } = emitParagraphs(blocks);
  if (collected.unmapped > 0) {
    problems.push({ ruleId: 'clean/unmapped-text', reason: `${collected.unmapped} text node(s) could not be located in the source and were left out; the HTML may be malformed.` });
  }
  if (text.length === 0) {
    problems.push({ ruleId: 'clean/empty', reason: 'No article text was found in the HTML; check that the page is an article and not a script-rendered shell.' });
  }
  const cleanTitle = title?.replace(/\s+/g, ' ').trim();
  return { text, map, paragraphs, ...(cleanTitle ? { title: cleanTitle } : {}), dropped, problems };
}
