import { onFirstUse } from '../core/on-first-use.js';
import { MAX_NESTING, nestingDepth } from '../stages/clean/html/00-measure-depth.js';
import type { PublishedProvenance } from '../core/document.js';

// Loaded when the first HTML page is read: the main thread of an ingest of text or JSONL never needs it (core/on-first-use.ts).
const linkedom = onFirstUse<typeof import('linkedom')>('linkedom');

/** What a page says about itself. `publishedAt` is `YYYY-MM-DD` or a full ISO timestamp. */
export interface HtmlMetadata {
  title?: string;
  publishedAt?: string;
  publishedProvenance?: PublishedProvenance;
  siteName?: string;
  author?: string;
  url?: string;
  language?: string;
}

/**
 * Reads title, publication date, site, author, canonical URL and declared language from an HTML
 * page. The date comes from the most explicit source present, in this order, and
 * `publishedProvenance` says which: JSON-LD `datePublished` ('json-ld'), a meta tag such as
 * `article:published_time` ('meta'), `<time datetime>` ('time-element'), a date in the URL path
 * like `/2022/10/04/` ('url'), and a dateline in the text such as "October 4, 2022" ('dateline').
 * @example
 * extractHtmlMetadata('<meta property="article:published_time" content="2022-10-04T09:00:00Z">')
 * // { publishedAt: '2022-10-04T09:00:00Z', publishedProvenance: 'meta' }
 */
export function extractHtmlMetadata(html: string, url?: string): HtmlMetadata {
  const out: HtmlMetadata = {};
  if (!html.trim()) return urlDate(out, url);
  // A page nested 100,000 deep takes seconds to parse; the clean stage refuses it, so skip it here too.
  if (nestingDepth(html) > MAX_NESTING) return urlDate(out, url);
  const { document } = linkedom().parseHTML(html) as unknown as { document: Document };
  // Text with no element at all (a plain-text feed description, a tagless .html) parses to a
  // document without a root; linkedom's `document.body` and `head` getters throw on it. Such a
  // page says nothing about itself, so only the URL can give a date.
  if (!document.documentElement) return urlDate(out, url);
  const ld = readJsonLd(document);
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };

  const title = ld.headline ?? meta('og:title', 'twitter:title') ?? document.querySelector('h1')?.textContent?.trim() ?? document.querySelector('title')?.textContent?.trim();
  if (title) out.title = title.replace(/\s+/g, ' ');
  const siteName = ld.publisher ?? meta('og:site_name', 'application-name');
  if (siteName) out.siteName = siteName;
  const author = ld.author ?? meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
  if (author && !/^https?:/.test(author)) out.author = author;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? ld.url ?? url;
  if (canonical) out.url = canonical;
  const lang = document.documentElement?.getAttribute('lang') ?? ld.inLanguage ?? meta('og:locale', 'language', 'content-language');
  const code = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (code && /^[a-z]{2,3}$/.test(code)) out.language = code;

  const fromLd = isoDate(ld.datePublished);
  if (fromLd) return setDate(out, fromLd, 'json-ld');
  const fromMeta = isoDate(meta('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate',
    'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published', 'citation_publication_date'));
  if (fromMeta) return setDate(out, fromMeta, 'meta');
  for (const el of Array.from(document.querySelectorAll('time[datetime]'))) {
    const fromTime = isoDate(el.getAttribute('datetime') ?? undefined);
    if (fromTime) return setDate(out, fromTime, 'time-element');
  }
  const withUrl = urlDate(out, canonical ?? url);
  if (withUrl.publishedAt) return withUrl;
  const body = (document.body?.textContent ?? '').slice(0, 3000);
  const fromText = datelineDate(body);
  if (fromText) return setDate(out, fromText, 'dateline');
  return out;
}

function setDate(out: HtmlMetadata, date: string, provenance: PublishedProvenance): HtmlMetadata {
  out.publishedAt = date;
  out.publishedProvenance = provenance;
  return out;
}

interface LdFacts { headline?: string; datePublished?: string; author?: string; publisher?: string; url?: string; inLanguage?: string }

/** Flattens the JSON-LD blocks (arrays, `@graph`) and takes the first article-like object. */
function readJsonLd(document: Document): LdFacts {
  const objects: Record<string, unknown>[] = [];
  const push = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(push);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      objects.push(o);
      if (o['@graph']) push(o['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try { push(JSON.parse(script.textContent ?? '')); } catch { /* a broken block is skipped, the page still has other sources */ }
  }
  const article = objects.find((o) => /Article|Posting|Report|BlogPosting/i.test(String(o['@type'] ?? ''))) ?? objects.find((o) => o['datePublished']);
  if (!article) return {};
  const name = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v.trim() || undefined;
    if (Array.isArray(v)) return v.map(name).filter(Boolean).join(', ') || undefined;
    if (v && typeof v === 'object') return name((v as Record<string, unknown>)['name']);
    return undefined;
  };
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const facts: LdFacts = {};
  const set = <K extends keyof LdFacts>(k: K, v: string | undefined): void => { if (v) facts[k] = v; };
  set('headline', str(article['headline']) ?? str(article['name']));
  set('datePublished', str(article['datePublished']) ?? str(article['dateCreated']));
  set('author', name(article['author']));
  set('publisher', name(article['publisher']));
  set('url', str(article['url']) ?? str(article['mainEntityOfPage']));
  set('inLanguage', str(article['inLanguage']));
  return facts;
}

/**
 * Normalises a machine-readable date: keeps a full ISO timestamp as it is, cuts other forms to
 * `YYYY-MM-DD`. "2022-10-04T09:00:00+04:00" stays; "2022/10/04" → "2022-10-04"; "20221004" → "2022-10-04";
 * a month or a year alone ("2022-10", "2022") stays as it is.
 */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(v)) return valid(v.slice(0, 10)) ? v : undefined;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) {
    const d = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return valid(d) ? d : undefined;
  }
  // Some sources know only the month or the year (`2022-10`, `2022`): kept at that precision.
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(v);
  if (partial) return valid(`${partial[1]}-${partial[2] ?? '01'}-01`) ? v : undefined;
  return datelineDate(v);
}

function valid(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `/2022/10/04/`, `/2022-10-04-`, `/20221004/` in a URL path. */
function urlDate(out: HtmlMetadata, url: string | undefined): HtmlMetadata {
  if (!url) return out;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/(\d{4})[/-](\d{2})[/-](\d{2})(?=[/_-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_-]|$)/.exec(path);
  if (m) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    if (valid(d)) return setDate(out, d, 'url');
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** "October 4, 2022", "4 October 2022", "Oct. 4, 2022" near the top of the text → `2022-10-04`. */
export function datelineDate(text: string): string | undefined {
  const mdy = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i').exec(text);
  const dmy = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})(?!\\d)`, 'i').exec(text);
  const pick = mdy && (!dmy || mdy.index <= dmy.index)
    ? { mon: mdy[1]!, day: mdy[2]!, year: mdy[3]! }
    : dmy ? { mon: dmy[2]!, day: dmy[1]!, year: dmy[3]! } : undefined;
  if (!pick) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith(pick.mon.toLowerCase().slice(0, 3))) + 1;
  const d = `${pick.year}-${String(month).padStart(2, '0')}-${pick.day.padStart(2, '0')}`;
  return valid(d) ? d : undefined;
}
