import type { TextPara } from './01-split-paragraphs.js';

/** Lower-cased, white space collapsed: the form two copies of one headline share. */
export function normaliseLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Drops paragraphs that repeat the headline. Scraped pages often print it twice
 * ("Azerbaijan releases 17 Armenian prisoners with US mediation" as title and again as an <h1>).
 */
export function isRepeatedTitle(raw: string, para: TextPara, title: string | undefined): boolean {
  if (!title) return false;
  return normaliseLine(raw.slice(para.start, para.end)) === normaliseLine(title);
}
