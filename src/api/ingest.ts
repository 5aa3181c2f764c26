import { createHash, timingSafeEqual } from 'node:crypto';
import type { ArticleDoc } from '../core/document.js';
import type { DocumentCoder } from '../pipeline/default.js';
import type { Store } from '../store/index.js';
import { ApiError, badParameter } from './errors.js';
import { parseDateBound } from './params.js';

/** Ingest over HTTP: off unless `enabled`, and then only with `Authorization: Bearer <token>`. */
export interface IngestOptions {
  readonly enabled: boolean;
  readonly token?: string;
  readonly coder: DocumentCoder;
  /** Replaceable for tests that must not reach the network. */
  readonly fetch?: typeof globalThis.fetch;
}

/** Largest accepted request body; an article is a few KB, so 1 MiB holds a good batch. */
export const MAX_INGEST_BYTES = 1024 * 1024;
/** Most articles plus URLs in one request, so one call cannot keep the coder busy for minutes. */
export const MAX_INGEST_ITEMS = 20;

/** One article given inline. */
export interface IngestArticle {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  /** Publication date `YYYY-MM-DD`, the reference for "on Tuesday". */
  readonly published?: string;
}

/** The body of `POST /api/ingest`. */
export interface IngestRequest {
  readonly articles: readonly IngestArticle[];
  readonly urls: readonly string[];
  /** Publication date for every item that gives none. */
  readonly published?: string;
}

/** What happened to one input. */
export interface IngestResult {
  readonly input: string;
  readonly status: 'inserted' | 'exists' | 'replaced' | 'skipped' | 'failed';
  readonly docId?: string;
  readonly events?: number;
  readonly reason?: string;
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Checks `Authorization: Bearer <token>` in constant time (hashes make the lengths equal). */
export function checkBearer(header: string | undefined, token: string): void {
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
  if (given === undefined) {
    throw new ApiError(401, 'unauthorized', 'POST /api/ingest needs an Authorization: Bearer <token> header with the server\'s ingest token.');
  }
  if (!timingSafeEqual(sha256(given), sha256(token))) {
    throw new ApiError(401, 'unauthorized', 'The bearer token is not the server\'s ingest token.');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(where: string, record: Record<string, unknown>, key: string, max: number): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > max) throw badParameter(`${where}.${key}`, `${where}.${key} must be a string of at most ${max} characters.`);
  return value;
}

function checkUrl(where: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > 2048 || !/^https?:\/\/[^\s]+$/i.test(value)) {
    throw badParameter(where, `${where} must be an http(s) URL of at most 2048 characters.`);
  }
  return value;
}

/** Validates the JSON body: `{ articles?: [{ text, title?, url?, published? }], urls?: [string], published? }`. */
export function parseIngestRequest(body: unknown): IngestRequest {
  if (!isRecord(body)) throw badParameter('body', 'The body must be a JSON object like {"articles": [{"text": "…"}]} or {"urls": ["https://…"]}.');
  for (const key of Object.keys(body)) {
    if (!['articles', 'urls', 'published'].includes(key)) throw badParameter(key, `Unknown field '${key}'; use articles, urls or published.`);
  }
  const rawArticles = body.articles ?? [];
  const rawUrls = body.urls ?? [];
  if (!Array.isArray(rawArticles)) throw badParameter('articles', 'articles must be an array of {text, title?, url?, published?}.');
  if (!Array.isArray(rawUrls)) throw badParameter('urls', 'urls must be an array of http(s) URLs.');
  if (rawArticles.length + rawUrls.length === 0) throw badParameter('articles', 'Give at least one article or URL to ingest.');
  if (rawArticles.length + rawUrls.length > MAX_INGEST_ITEMS) {
    throw badParameter('articles', `At most ${MAX_INGEST_ITEMS} articles and URLs per request; split the batch.`);
  }
  const articles = rawArticles.map((a: unknown, i): IngestArticle => {
    const where = `articles[${i}]`;
    if (!isRecord(a) || typeof a.text !== 'string' || a.text.trim() === '') throw badParameter(where, `${where} must be an object with a non-empty text.`);
    const published = optionalString(where, a, 'published', 10);
    if (published !== undefined) parseDateBound(`${where}.published`, published);
    const title = optionalString(where, a, 'title', 500);
    const url = a.url === undefined ? undefined : checkUrl(`${where}.url`, a.url);
    return { text: a.text, ...(title === undefined ? {} : { title }), ...(url === undefined ? {} : { url }), ...(published === undefined ? {} : { published }) };
  });
  const urls = rawUrls.map((u: unknown, i) => checkUrl(`urls[${i}]`, u));
  const published = optionalString('body', body, 'published', 10);
  if (published !== undefined) parseDateBound('published', published);
  return { articles, urls, ...(published === undefined ? {} : { published }) };
}

async function codeAndSave(store: Store, coder: DocumentCoder, doc: ArticleDoc, runId: string, input: string): Promise<IngestResult> {
  if (await store.hasDocument(doc.id)) return { input, status: 'exists', docId: doc.id };
  const status = coder.code(doc);
  if (status.status !== 'coded') {
    await store.saveDocument(doc, runId, { status: status.status, reason: status.reason });
    return { input, status: status.status, docId: doc.id, reason: status.reason };
  }
  const saved = await store.saveDocument(doc, runId);
  return { input, status: saved, docId: doc.id, events: doc.events.length };
}

/**
 * Codes and stores the articles and URLs of one request as one run; every input gets a result
 * (a URL that cannot be read is `failed` with the reader's reason, and the batch goes on).
 */
export async function runIngest(store: Store, options: IngestOptions, request: IngestRequest): Promise<{ runId: string; results: IngestResult[] }> {
  // Loaded on the first ingest, not with the server: a read-only server never needs the readers.
  const [{ docFromRaw }, { docFromItem, isInputFailure, readUrl }] = await Promise.all([import('../ingest/load.js'), import('../ingest/readers/index.js')]);
  const runId = await store.startRun(options.coder.versions);
  const results: IngestResult[] = [];
  for (const [i, article] of request.articles.entries()) {
    const published = article.published ?? request.published;
    const format = /^\s*</.test(article.text) ? 'html' : 'text';
    const meta = { ...(article.title ? { title: article.title } : {}), ...(article.url ? { url: article.url } : {}) };
    const doc = docFromRaw(article.text, article.url ?? `api:articles[${i}]`, format, published ? { published } : {}, meta);
    results.push(await codeAndSave(store, options.coder, doc, runId, `articles[${i}]`));
  }
  for (const url of request.urls) {
    for await (const item of readUrl(url, options.fetch ? { fetch: options.fetch } : {})) {
      if (isInputFailure(item)) {
        await store.recordFailure(item.uri, 'read', item.reason, runId);
        results.push({ input: url, status: 'failed', reason: item.reason });
        continue;
      }
      const doc = docFromItem(item, request.published ? { published: request.published } : {});
      results.push(await codeAndSave(store, options.coder, doc, runId, item.uri));
    }
  }
  const count = (status: IngestResult['status']) => results.filter((r) => r.status === status).length;
  await store.finishRun(runId, {
    inputs: results.length,
    inserted: count('inserted'),
    existing: count('exists'),
    skipped: count('skipped'),
    failed: count('failed'),
    events: results.reduce((sum, r) => sum + (r.events ?? 0), 0),
  });
  return { runId, results };
}
