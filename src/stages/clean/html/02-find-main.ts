import { onFirstUse } from '../../../core/on-first-use.js';

// Loaded when the first HTML page is cleaned (core/on-first-use.ts).
const readability = onFirstUse<typeof import('@mozilla/readability')>('@mozilla/readability');

/**
 * Finds the element holding the article body. Readability's candidate scoring (paragraph
 * density, class weights, sibling merging) picks the container; we take that container itself
 * through its `serializer` hook instead of its HTML string, so the text nodes inside are still
 * the positioned nodes of our parse, and our own passes then decide what inside it is text.
 * Falls back to `<body>` when Readability finds nothing (a short page, a bare fragment).
 * Readability mutates the document, so this runs after metadata has been read. `score: false`
 * skips Readability (for very deep pages, where its scoring takes seconds) and takes `<body>`.
 */
export function findMainElement(document: Document, options: { readonly score?: boolean } = {}): { element: Element | null; title?: string } {
  let captured: Element | null = null;
  let title: string | undefined;
  if (options.score !== false) {
    try {
      const reader = new (readability().Readability)(document, {
        charThreshold: 200,
        keepClasses: true,
        serializer: (el: Node) => { captured = el as Element; return ''; },
      });
      const article = reader.parse();
      if (article?.title) title = article.title;
    } catch {
      captured = null;
    }
  }
  // linkedom's `document.body` throws when the parse made no root element at all (input "\u0000").
  const element = captured ?? (document.documentElement ? document.body ?? document.documentElement : null);
  return title === undefined ? { element } : { element, title };
}
