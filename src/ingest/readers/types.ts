import type { InputFailure } from '../load.js';

export type { InputFailure } from '../load.js';

/**
 * How an item's `published` date was found. `feed` and `input-field` dates are the publisher's
 * own and win over the page; a `warc` date is the crawl time (`WARC-Date`), so it only fills in
 * when the page itself gives no date.
 */
export type PublishedFrom = 'input-field' | 'feed' | 'warc';

/** What a container (JSONL line, feed item, WARC record) says about the article it carries. */
export interface InputMeta {
  /**
   * The article's own id: a JSONL `id`, a feed `guid`, a `WARC-Record-ID`, a sidecar's `id`, or
   * (set by `readInputs` for what it finds in a folder) the path relative to that folder. It becomes
   * `source.id` on every event, so events join back to the user's records; `doc_id` stays the content hash.
   */
  id?: string;
  title?: string;
  url?: string;
  /** A date or timestamp as given (`2022-10-04`, `Tue, 04 Oct 2022 09:00:00 GMT`); normalised later. */
  published?: string;
  publishedFrom?: PublishedFrom;
  /** The outlet (`source` of a JSONL line, the feed's title). */
  source?: string;
}

/** One article read from an input, not yet a document: `docFromItem` turns it into one. */
export interface InputItem {
  /** A path, URL, `-`, or a position inside a container: `news.jsonl#12`, `cc.warc.gz#3`, `feed.rss#2`. */
  uri: string;
  raw: string;
  format: 'text' | 'html';
  meta: InputMeta;
}

/** What every reader yields: an article, or one clear reason why one input (or part of it) was not read. */
export type InputResult = InputItem | InputFailure;

/** Whether a reader result is a failure. */
export function isInputFailure(result: InputResult): result is InputFailure {
  return !('raw' in result);
}

/** Limits that keep one bad input from exhausting memory or time. */
export interface ReadLimits {
  /** Largest single article (a file, a JSONL line, a WARC body, a fetched page), in bytes. Default 10 MB. */
  readonly maxArticleBytes?: number;
  /** Largest feed document, parsed whole, in bytes. Default 20 MB. */
  readonly maxFeedBytes?: number;
  /** Timeout of one URL fetch (all redirects included), in ms. Default 30 s. */
  readonly fetchTimeoutMs?: number;
  /** Redirects followed for one URL. Default 5. */
  readonly maxRedirects?: number;
}

export const DEFAULT_LIMITS: Required<ReadLimits> = {
  maxArticleBytes: 10 * 1024 * 1024,
  maxFeedBytes: 20 * 1024 * 1024,
  fetchTimeoutMs: 30_000,
  maxRedirects: 5,
};

/** Formats a byte count for a failure reason: `10 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
