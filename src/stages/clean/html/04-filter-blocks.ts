import { findFurnitureTail, isFurnitureLine } from '../text/04-find-furniture-tail.js';
import { normaliseLine } from '../text/03-drop-repeated-title.js';
import type { HtmlBlock } from './03-collect-blocks.js';

export interface BlockVerdict { readonly block: HtmlBlock; readonly keep: boolean; readonly reason?: string }

export function blockText(block: HtmlBlock): string {
  return block.pieces.map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
}

/** One rule per concern; each sees the block's text and says why it is not article text. */
type Rule = (text: string, block: HtmlBlock, title: string | undefined) => string | undefined;

/** The headline printed again above the body (`<h1>` inside the article container). */
const dropRepeatedTitle: Rule = (text, _b, title) =>
  title && normaliseLine(text) === normaliseLine(title) ? 'repeated-title' : undefined;

/** Lists of links ("Politics | World | Business") and link-only teasers: mostly link text, short. */
const dropLinkDense: Rule = (text, block) => {
  const words = text.split(/\s+/).length;
  return text.length > 0 && block.linkChars / text.length > 0.6 && words < 40 ? 'link-dense' : undefined;
};

/** Short furniture lines inside the body ("Advertisement", "Read more: …"): see isFurnitureLine. */
const dropFurnitureLine: Rule = (text) => (isFurnitureLine(text) ? 'furniture-line' : undefined);

/** Bylines and time stamps: "By Jane Doe", "By Jane Doe, Reuters", "Published 4 October 2022". */
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}/u;
const STAMP = /^(?:published|updated|posted|last updated|first published)\b/i;
const dropByline: Rule = (raw) => {
  // "| UPDATED: 11:05, Tue, Nov 19, 2019": leading separators are decoration.
  const text = raw.replace(/^[^\p{L}\p{N}]+/u, '');
  const words = text.split(/\s+/).length;
  if (words <= 12 && BYLINE.test(text)) return 'byline';
  if (words <= 14 && STAMP.test(text)) return 'timestamp';
  return undefined;
};

const RULES: readonly Rule[] = [dropRepeatedTitle, dropLinkDense, dropFurnitureLine, dropByline];

/** Applies the block rules, then cuts a furniture tail ("Related", "More to explore" + teasers). */
export function filterBlocks(blocks: readonly HtmlBlock[], title: string | undefined): BlockVerdict[] {
  const verdicts: BlockVerdict[] = blocks.map((block) => {
    const text = blockText(block);
    if (!text) return { block, keep: false, reason: 'empty' };
    for (const rule of RULES) {
      const reason = rule(text, block, title);
      if (reason) return { block, keep: false, reason };
    }
    return { block, keep: true };
  });
  const kept = verdicts.filter((v) => v.keep);
  const tail = findFurnitureTail(kept.map((v) => blockText(v.block)), { isHeading: (i) => /^h[1-6]$/.test(kept[i]!.block.tag) });
  const tailBlocks = new Set(kept.slice(tail).map((v) => v.block));
  return verdicts.map((v) => (tailBlocks.has(v.block) ? { block: v.block, keep: false, reason: 'furniture-tail' } : v));
}
