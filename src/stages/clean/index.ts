import type { ArticleDoc } from '../../core/document.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { cleanHtml } from './html/index.js';
import { cleanText } from './text/index.js';
import type { CleanResult } from './types.js';

export type { CleanResult, Dropped } from './types.js';
export { decodeHtmlBytes } from './html/decode-bytes.js';

/**
 * Cleans raw input to the article's main text with an offset map back into `raw`.
 * Paragraphs are separated by "\n\n"; the title is returned apart, not in `text`.
 * @example
 * cleanInput('Headline\n\nFirst  paragraph.\n', 'text').text // 'First paragraph.'
 */
export function cleanInput(raw: string, format: 'text' | 'html'): CleanResult {
  return format === 'html' ? cleanHtml(raw) : cleanText(raw);
}

/**
 * The `clean` stage: sets `doc.text`, `doc.offsetMap`, `doc.paragraphs`, and `doc.source.title`
 * when the input did not bring one. Empty or text-less input is a warning diagnostic, not a throw.
 */
export function clean(): Stage {
  return {
    name: 'clean',
    // 2: a furniture heading with its teaser links on the lines below it (no blank line between) opens the tail.
    // 3: the points of a bulleted list (a summary box, "Key points:") are paragraphs of their own; a point opens no tail.
    // 4: a live page's entry stamp on a line of its own ("09:42" above the entry) is a paragraph of its own (text/01-split-paragraphs.ts).
    // 5: a live page's stamped posts open no furniture tail by the topic test (text/04-find-furniture-tail.ts).
    // 6: the headline under a live entry's stamp, with the body on the next line and no blank line between, is a paragraph of its own.
    // 7: a furniture heading a live page closes each post with ("Share this post") opens no tail while stamped posts follow it.
    // 8 (h36d): a page's date line under its byline ("Thu 4 Sep 2025 07.00 BST") is a paragraph of its own: joined, its
    //     weekday ran into the correspondent's town ("Quetzaltenango Thu" read as a place).
    version: 8,
    requires: [],
    assigns: ['text'],
    run(doc: ArticleDoc, { report }: StageContext): void {
      const result = cleanInput(doc.raw ?? '', doc.source.format === 'html' ? 'html' : 'text');
      doc.text = result.text;
      doc.offsetMap = result.map;
      doc.paragraphs = result.paragraphs;
      if (!doc.source.title && result.title) doc.source.title = result.title;
      for (const p of result.problems) report(p.severity ?? 'warning', p.ruleId, p.reason);
    },
  };
}
