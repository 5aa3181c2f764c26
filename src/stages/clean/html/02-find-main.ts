import { Readability } from '@mozilla/readability';

/**
 * Finds the element holding the article body. Readability's candidate scoring (paragraph
 * density, class weights, sibling merging) picks the container; we take that container itself
 * through its `serializer` hook instead of its HTML string, so the text nodes inside are still
 * the positioned nodes of our parse, and our own passes then decide what inside it is text.
 * Falls back to `<body>` when Readability finds nothing (a short page, a bare fragment).
 * Readability mutates the document, so this runs after metadata has been read.
 */
export function findMainElement(document: Document): { element: Element | null; title?: string } {
  let captured: Element | null = null;
  let title: string | undefined;
  try {
    const reader = new Readability(document, {
      charThreshold: 200,
      keepClasses: true,
      serializer: (el: Node) => { captured = el as Element; return ''; },
    });
    const article = reader.parse();
    if (article?.title) title = article.title;
  } catch {
    captured = null;
  }
  const element = captured ?? document.body ?? document.documentElement ?? null;
  return title === undefined ? { element } : { element, title };
}
