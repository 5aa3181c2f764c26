import type { Piece } from '../types.js';
import type { PositionedDocument } from './01-parse-with-positions.js';
import { createRefinder } from './refind-text.js';

/** A paragraph-to-be with what the filters need to judge it. */
export interface HtmlBlock {
  readonly pieces: Piece[];
  /** Tag of the nearest block ancestor ('p', 'h2', 'li', 'blockquote', ...). */
  readonly tag: string;
  /** Characters inside links, for link density. */
  linkChars: number;
  readonly sourceStart: number;
}

export interface Collected {
  readonly blocks: HtmlBlock[];
  /** Elements skipped wholesale, with the reason (source start of the element). */
  readonly skipped: { reason: string; start: number; end: number }[];
  /** Text nodes whose source position could not be found (kept out of the text). */
  unmapped: number;
}

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul', 'center', 'summary', 'caption']);

/** Never article text: code, forms, media, and the page chrome that HTML names as such. */
const SKIP_TAGS: Record<string, string> = {
  script: 'script', style: 'style', noscript: 'noscript', template: 'script', svg: 'media', canvas: 'media', video: 'media',
  audio: 'media', iframe: 'media', object: 'media', picture: 'media', img: 'media', figcaption: 'caption', button: 'control',
  select: 'control', textarea: 'control', input: 'control', label: 'control', form: 'form', nav: 'navigation',
  aside: 'aside', footer: 'footer', menu: 'navigation', dialog: 'dialog', head: 'head', title: 'head',
};

/**
 * class/id words of page furniture. "article-caption", "byline__author", "related-links",
 * "cookie-banner", "share-tools", "newsletter-signup". Matched on whole words of the attribute.
 */
const FURNITURE_CLASS = /(?:^|[\s_-])(caption|captions|credit|credits|byline|bylines|author|authors|share|sharing|social|related|newsletter|promo|promos|advert|advertisement|ad|ads|adslot|cookie|cookies|consent|gdpr|subscribe|subscription|paywall|comment|comments|breadcrumb|breadcrumbs|tags|signup|sidebar|widget|outbrain|taboola|disclaimer|copyright|timestamp|dateline|toolbar|popup|modal|recirc|more-stories|read-more|readmore|recommended|trending|print|hidden|sr-only|visually-hidden)(?:$|[\s_-])/i;

const ROLE_SKIP = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar']);

/**
 * Walks the main element and cuts its text into blocks at block-level elements, keeping each
 * text node's source range. Inline markup joins text without a space ("Nagorno-<b>Karabakh</b>");
 * a `<br>` counts as white space.
 */
export function collectBlocks(root: Element, doc: PositionedDocument): Collected {
  const out: Collected = { blocks: [], skipped: [], unmapped: 0 };
  const rootText = (root.textContent ?? '').length;
  const refind = createRefinder(doc);
  let current: HtmlBlock | undefined;
  let lastEnd = 0;
  const flush = (): void => {
    if (current && current.pieces.length > 0) out.blocks.push(current);
    current = undefined;
  };
  const open = (tag: string, at: number): HtmlBlock => {
    if (!current) current = { pieces: [], tag, linkChars: 0, sourceStart: at };
    return current;
  };
  const visit = (node: Node, blockTag: string, inLink: boolean): void => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = node.nodeValue ?? '';
      if (data.length === 0) return;
      const origins = doc.origins.get(node) ?? refind(data, lastEnd);
      if (!origins || origins.length === 0) {
        if (data.trim()) out.unmapped++;
        return;
      }
      lastEnd = origins[origins.length - 1]!.end;
      const block = open(blockTag, origins[0]!.start);
      for (const o of origins) block.pieces.push({ text: o.text, start: o.start, end: o.end, exact: o.exact });
      if (inLink) block.linkChars += data.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    const skip = skipReason(el, tag, rootText);
    if (skip) {
      const start = doc.elementStarts.get(el) ?? lastEnd;
      out.skipped.push({ reason: skip, start, end: lastTextEnd(el, doc) ?? start });
      return;
    }
    if (tag === 'br' || tag === 'hr') {
      if (current) current.pieces.push({ text: ' ', start: lastEnd, end: lastEnd, exact: false });
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    const childBlockTag = isBlock ? tag : blockTag;
    for (const child of Array.from(el.childNodes)) visit(child, childBlockTag, inLink || tag === 'a');
    if (isBlock) flush();
  };
  visit(root, 'div', false);
  flush();
  return out;
}

function skipReason(el: Element, tag: string, rootText: number): string | undefined {
  const byTag = SKIP_TAGS[tag];
  if (byTag) return byTag;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return 'hidden';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return 'hidden';
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (ROLE_SKIP.has(role)) return role;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const m = FURNITURE_CLASS.exec(names);
  // A furniture word on a big wrapper ("article-body has-ads") must not take the article with it.
  if (m && (el.textContent ?? '').length < 0.3 * rootText) return m[1]!.toLowerCase();
  return undefined;
}

function lastTextEnd(el: Element, doc: PositionedDocument): number | undefined {
  let end: number | undefined;
  const walk = (n: Node): void => {
    const o = doc.origins.get(n);
    const last = o?.[o.length - 1];
    if (last) end = Math.max(end ?? 0, last.end);
    n.childNodes.forEach(walk);
  };
  walk(el);
  return end;
}
