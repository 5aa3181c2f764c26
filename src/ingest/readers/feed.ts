import { readFileLimited } from './limited.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeBytes } from './content.js';
import { feedDate } from './feed-date.js';
import { itemFromString } from './content.js';
import { DEFAULT_LIMITS, formatBytes, type InputMeta, type InputResult, type ReadLimits } from './types.js';

/** The root element of a feed, or undefined for other XML: `<rss>`, Atom `<feed>`, RSS 1.0 `<rdf:RDF>`. */
export function feedKind(xml: string): 'rss' | 'atom' | 'rdf' | undefined {
  const root = rootElement(xml);
  if (root === 'rss') return 'rss';
  if (root === 'feed' || root?.endsWith(':feed')) return 'atom';
  if (root === 'rdf:RDF') return 'rdf';
  return undefined;
}

/** The first element name after the prolog (declaration, comments, DOCTYPE). */
function rootElement(xml: string): string | undefined {
  const body = xml.replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi, '');
  return /^\s*<([A-Za-z_][\w.:-]*)/.exec(body)?.[1];
}

/**
 * Entities are off except the five XML ones and character references, and any `<!ENTITY>`
 * declaration is refused before parsing (see `parseFeed`). The limits below are a second guard:
 * a "billion laughs" feed nests ten entities ten deep to expand 1 KB into 3 GB.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: false,
  processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 64, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'atom:link',
});

/** Reads an RSS 2.0, RSS 1.0 or Atom file; one item per entry with content, one failure per entry without. */
export async function* readFeed(path: string, limits: ReadLimits = {}): AsyncGenerator<InputResult> {
  const maxBytes = limits.maxFeedBytes ?? DEFAULT_LIMITS.maxFeedBytes;
  let bytes: Uint8Array;
  try {
    const read = await readFileLimited(path, maxBytes);
    if (read.tooLarge) {
      yield { uri: path, reason: `The feed is ${read.size === undefined ? 'larger than' : `${formatBytes(read.size)}, more than`} the ${formatBytes(maxBytes)} a feed may have; split it.` };
      return;
    }
    bytes = read.bytes;
  } catch (error) {
    yield { uri: path, reason: `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.` };
    return;
  }
  yield* parseFeed(decodeXml(bytes), path);
}

/** Decodes XML bytes with the charset of the `<?xml encoding="…"?>` declaration, else UTF-8. */
export function decodeXml(bytes: Uint8Array, contentType?: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return decodeBytes(bytes, declared && !/charset=/i.test(contentType ?? '') ? `application/xml; charset=${declared}` : contentType);
}

type Node = Record<string, unknown>;

/**
 * Parses a feed held in memory into items (content as HTML, with the item's title, link and
 * date) and failures. `uri` names the feed; items are `uri#1`, `uri#2`, … in feed order.
 */
export function* parseFeed(xml: string, uri: string): Generator<InputResult> {
  const kind = feedKind(xml);
  if (kind === undefined) {
    const root = rootElement(xml);
    yield { uri, reason: root ? `The XML is not an RSS or Atom feed (its root element is <${root}>); skipped.` : 'The file is not XML (no root element found); skipped.' };
    return;
  }
  if (/<!ENTITY/i.test(xml.slice(0, xml.search(/<(?:rss|feed|rdf:RDF|[\w-]+:feed)[\s>]/) + 1 || xml.length))) {
    yield { uri, reason: 'The feed declares its own XML entities (<!ENTITY>), which feeds never need and which can expand without bound ("billion laughs"); skipped.' };
    return;
  }
  // The parser itself is lenient (it accepts unclosed tags), so a cut feed is caught here.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield { uri, reason: `The feed is not well-formed XML (${firstLine(valid.err.msg)} at line ${valid.err.line}); skipped.` };
    return;
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    yield { uri, reason: `The feed is not well-formed XML (${firstLine((error as Error).message)}); skipped.` };
    return;
  }
  const { source, entries } = locateEntries(doc, kind);
  if (entries.length === 0) {
    yield { uri, reason: 'The feed has no items; there is nothing to code.' };
    return;
  }
  for (const [index, entry] of entries.entries()) {
    yield kind === 'atom' ? atomEntry(entry, `${uri}#${index + 1}`, source) : rssItem(entry, `${uri}#${index + 1}`, source);
  }
}

function locateEntries(doc: Node, kind: 'rss' | 'atom' | 'rdf'): { source: string | undefined; entries: Node[] } {
  if (kind === 'atom') {
    const feed = (doc.feed ?? Object.entries(doc).find(([k]) => k.endsWith(':feed'))?.[1]) as Node | undefined;
    return { source: textOf(feed?.title), entries: nodes(feed?.entry) };
  }
  if (kind === 'rdf') {
    const rdf = doc['rdf:RDF'] as Node | undefined;
    return { source: textOf((rdf?.channel as Node | undefined)?.title), entries: nodes(rdf?.item) };
  }
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  return { source: textOf(channel?.title), entries: nodes(channel?.item) };
}

function rssItem(item: Node, uri: string, source: string | undefined): InputResult {
  const meta: InputMeta = {};
  const title = textOf(item.title);
  if (title) meta.title = title;
  const link = nodes(item.link).map(textOf).find(Boolean) ?? (isPermalink(item.guid) ? textOf(item.guid) : undefined);
  if (link) meta.url = link;
  const id = textOf(item.guid);
  if (id) meta.id = id;
  const date = textOf(item.pubDate) ?? textOf(item['dc:date']);
  if (date) Object.assign(meta, { published: feedDate(date), publishedFrom: 'feed' });
  if (source) meta.source = source;
  const content = textOf(item['content:encoded']) ?? textOf(item.description);
  if (!content) return noContent(uri, meta, 'content:encoded or description');
  return itemFromString(content, uri, 'html', meta);
}

function atomEntry(entry: Node, uri: string, source: string | undefined): InputResult {
  const meta: InputMeta = {};
  const title = textOf(entry.title);
  if (title) meta.title = title;
  const links = nodes(entry.link);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const href = typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : undefined;
  if (href) meta.url = href;
  const id = textOf(entry.id);
  if (id) meta.id = id;
  const date = textOf(entry.published) ?? textOf(entry.updated);
  if (date) Object.assign(meta, { published: feedDate(date), publishedFrom: 'feed' });
  const author = textOf((entry.source as Node | undefined)?.title) ?? source;
  if (author) meta.source = author;
  const content = pickAtomContent(entry.content) ?? pickAtomContent(entry.summary);
  if (!content) return noContent(uri, meta, 'content or summary');
  return itemFromString(content.value, uri, content.type === 'text' ? 'text' : 'html', meta);
}

/** Atom content: `type="text"` is plain text, `html` escaped HTML; inline `xhtml` is not read yet. */
function pickAtomContent(value: unknown): { value: string; type: string } | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const type = typeof value === 'object' && value !== null ? String((value as Node)['@_type'] ?? 'text') : 'text';
  return { value: text, type };
}

function noContent(uri: string, meta: InputMeta, fields: string): InputResult {
  const where = meta.url ? ` fetch its link (${meta.url}) to code the full article` : ' there is nothing to code';
  return { uri, reason: `Feed item "${meta.title ?? '(untitled)'}" has no ${fields};${where}.` };
}

function isPermalink(guid: unknown): boolean {
  const value = textOf(guid);
  if (!value || !/^https?:\/\//.test(value)) return false;
  return typeof guid !== 'object' || (guid as Node)['@_isPermaLink'] !== 'false';
}

function nodes(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v !== null ? (v as Node) : { '#text': String(v) }));
}

function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) return textOf((value as Node)['#text']);
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\.$/, '');
}
