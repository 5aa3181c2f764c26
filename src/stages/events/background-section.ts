import type { ArticleDoc } from '../../core/document.js';

/**
 * A paragraph that opens with a section label for history told as context ("Background: In 2015 …", "Context -"): a
 * colon, or a dash with space before it ("History-making talks" is no label).
 */
const LABELLED = /^\s*(?:background|context|history)\s*(?::|\s[-–—])\s*\S/i;
/** A heading paragraph of that label alone ("Background", "BACKGROUND:"), heading the paragraphs below it. */
const HEADING = /^\s*(?:background|context|history)\s*:?\s*$/i;
/** A heading paragraph: a short line that ends no sentence ("Related coverage", "What happens next?"). */
const ANY_HEADING = /^[^.!"“]{1,40}$/;

/**
 * Whether a sentence is in an article's background section: a paragraph labelled "Background:", or one under a
 * "Background" heading up to the next heading. What such a section tells is context, not news, whatever its tense
 * or date (an undated "Rights groups accused the government …" under the label is not today's accusation).
 */
export function inBackgroundSection(doc: ArticleDoc, sentenceIndex: number): boolean {
  const paragraph = doc.sentences[sentenceIndex]?.paragraph;
  if (paragraph === undefined) return false;
  const text = (k: number) => doc.text.slice(doc.paragraphs[k]!.start, doc.paragraphs[k]!.end);
  if (LABELLED.test(text(paragraph))) return true;
  for (let k = paragraph - 1; k >= 0; k--) {
    const before = text(k);
    if (HEADING.test(before)) return true;
    if (ANY_HEADING.test(before.trim())) return false;
  }
  return false;
}
