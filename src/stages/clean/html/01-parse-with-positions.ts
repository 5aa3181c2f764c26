import type { Parser } from 'htmlparser2';
import { onFirstUse } from '../../../core/on-first-use.js';

// Loaded when the first HTML page is parsed: a stream of text articles never needs them (core/on-first-use.ts).
const htmlparser2 = onFirstUse<typeof import('htmlparser2')>('htmlparser2');
const linkedom = onFirstUse<typeof import('linkedom')>('linkedom');

/** Where a DOM text node's characters came from in the raw HTML. */
export interface TextOrigin {
  /** The decoded characters. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True when the node's data equals the raw slice; false for a decoded entity (`&amp;` → `&`). */
  readonly exact: boolean;
}

export interface PositionedDocument {
  readonly document: Document;
  /**
   * Source ranges of each text node, one per tokenizer event: adjacent text nodes are merged
   * ("It", "’" from `&#8217;`, "s so easy" become one node "It’s so easy" with three origins).
   */
  readonly origins: WeakMap<Node, readonly TextOrigin[]>;
  /** Source offset of each element's start tag (for reporting what was dropped). */
  readonly elementStarts: WeakMap<Node, number>;
  /**
   * Merged text nodes in document order with their origins, to re-find nodes that a later pass
   * re-created from serialised HTML (Readability resets `innerHTML` when it retries).
   */
  readonly ordered: readonly { readonly data: string; readonly origins: readonly TextOrigin[] }[];
}

/**
 * Parses HTML with linkedom and records where every text node came from.
 * linkedom builds its tree from htmlparser2's callbacks and makes one text node per `ontext`
 * call (one for "Baku ", one for the `&amp;` entity, one for " Yerevan"), so running the same
 * tokenizer with the same options gives the same sequence of text events, each with its source
 * range; the two sequences are zipped in document order.
 */
export function parseWithPositions(html: string): PositionedDocument {
  const events: { data: string; origin: TextOrigin }[] = [];
  const tags: { name: string; start: number }[] = [];
  const parser: Parser = new (htmlparser2().Parser)({
    onopentag(name) {
      tags.push({ name, start: parser.startIndex });
    },
    ontext(data) {
      const start = parser.startIndex;
      const end = parser.endIndex + 1;
      events.push({ data, origin: { text: data, start, end, exact: html.slice(start, end) === data } });
    },
  }, { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false });
  parser.write(html);
  parser.end();

  const { document } = linkedom().parseHTML(html) as unknown as { document: Document };
  const single = new Map<Node, TextOrigin>();
  const elementStarts = new WeakMap<Node, number>();
  let cursor = 0;
  let tagCursor = 0;
  for (const node of nodes(document)) {
    if (node.nodeType === 1) {
      // Same idea for elements: one linkedom element per `onopentag`, in order.
      const name = (node as Element).localName;
      for (let k = tagCursor; k < Math.min(tags.length, tagCursor + 8); k++) {
        if (tags[k]!.name.toLowerCase() === name.toLowerCase()) { elementStarts.set(node, tags[k]!.start); tagCursor = k + 1; break; }
      }
      continue;
    }
    if (node.nodeType !== 3 && node.nodeType !== 4) continue;
    const data = node.nodeValue ?? '';
    // Normally events[cursor] is this node; a short forward search keeps us in step if not.
    let found = -1;
    for (let k = cursor; k < Math.min(events.length, cursor + 8); k++) {
      if (events[k]!.data === data) { found = k; break; }
    }
    if (found < 0) continue;
    single.set(node, events[found]!.origin);
    cursor = found + 1;
  }
  const { origins, ordered } = mergeAdjacentText(document, single);
  return { document, origins, elementStarts, ordered };
}

function* nodes(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * Merges runs of adjacent text siblings into their first node. Serialising and re-parsing HTML
 * yields such merged nodes, so merging up front lets a re-created node be found again by its data.
 */
function mergeAdjacentText(document: Document, single: Map<Node, TextOrigin>): {
  origins: WeakMap<Node, readonly TextOrigin[]>; ordered: { data: string; origins: readonly TextOrigin[] }[];
} {
  const origins = new WeakMap<Node, readonly TextOrigin[]>();
  const ordered: { data: string; origins: readonly TextOrigin[] }[] = [];
  for (const node of [...nodes(document)]) {
    if (node.nodeType !== 3 || !node.parentNode) continue;
    const prev = node.previousSibling;
    if (prev && prev.nodeType === 3) continue; // merged into an earlier node already
    const list: TextOrigin[] = [];
    const own = single.get(node);
    if (own) list.push(own);
    let data = node.nodeValue ?? '';
    let next = node.nextSibling;
    while (next && next.nodeType === 3) {
      const o = single.get(next);
      if (o) list.push(o);
      data += next.nodeValue ?? '';
      const gone = next;
      next = next.nextSibling;
      gone.parentNode?.removeChild(gone);
    }
    if (data !== node.nodeValue) node.nodeValue = data;
    if (list.length > 0 && list.map((o) => o.text).join('') === data) {
      origins.set(node, list);
      ordered.push({ data, origins: list });
    }
  }
  return { origins, ordered };
}
