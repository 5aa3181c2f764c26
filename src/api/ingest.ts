import { createHash, timingSafeEqual } from 'node:crypto';
import type { ArticleDoc } from '../core/document.js';
import type { CoderPool } from '../parallel/pool.js';
import type { Store } from '../store/index.js';
import { ApiError, badParameter } from './errors.js';
import { parseDateBound } from './params.js';

/**
 * What codes documents for the API: a `CoderPool` with a time budget (what `chronicle serve` uses,
 * so coding never runs on the thread that answers requests) plus the pipeline's versions.
 */
export interface IngestCoder extends Pick<CoderPool, 'code'> {
  readonly versions: readonly string[];
}

/** Ingest over HTTP: off unless `enabled`, and then only with `Authorization: Bearer <token>`. */
export interface IngestOptions {
  readonly enabled: boolean;
  readonly token?: string;
  readonly coder: IngestCoder;
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

/** Codes one document and saves it with its near-duplicate signature; the outcome as a result. */
async function codeAndSave(store: Store, coder: IngestCoder, doc: ArticleDoc, runId: string, input: string): Promise<IngestResult> {
  const { signatureRecord } = await import('../ingest/near-duplicates.js');
  if (await store.hasDocument(doc.id)) return { input, status: 'exists', docId: doc.id };
  const { doc: coded, status } = await coder.code(doc);
  if (status.status !== 'coded') {
    if (status.status === 'failed') await store.recordFailure(coded.source.uri, status.stage, status.reason, runId);
    await store.saveDocument(coded, runId, { status: status.status, reason: status.reason });
    return { input, status: status.status, docId: coded.id, reason: status.reason };
  }
  const signature = signatureRecord(coded);
  const saved = await store.saveDocument(coded, runId, { status: 'coded' }, signature ? { signature } : {});
  return { input, status: saved, docId: coded.id, events: coded.events.length };
}

/**
 * One input inside its own error boundary: whatever goes wrong with it (its metadata, its coding,
 * its save) becomes a `failed` result and a recorded failure, and the request goes on with the
 * next input. The details of an unexpected error go to the server log, not to the client.
 */
async function guarded(store: Store, runId: string, input: string, uri: string, work: () => Promise<IngestResult>): Promise<IngestResult> {
  try {
    return await work();
  } catch (error) {
    console.error(`chronicle serve: ingest of ${uri} failed`, error);
    const reason = 'The server failed to code this input; see its log for details.';
    await store.recordFailure(uri, 'ingest', reason, runId).catch(() => undefined);
    return { input, status: 'failed', reason };
  }
}

/**
 * Codes and stores the articles and URLs of one request as one run; every input gets a result
 * (a URL that cannot be read is `failed` with the reader's reason, and the batch goes on). Coding
 * runs on the coder's threads, so the server keeps answering other requests meanwhile.
 */
export async function runIngest(store: Store, options: IngestOptions, request: IngestRequest): Promise<{ runId: string; results: IngestResult[] }> {
  // Loaded on the first ingest, not with the server: a read-only server never needs the readers.
  const [{ docFromRaw, isFailure }, { docOrFailure, isInputFailure, readUrl }] = await Promise.all([import('../ingest/load.js'), import('../ingest/readers/index.js')]);
  const runId = await store.startRun(options.coder.versions);
  const results: IngestResult[] = [];
  try {
    for (const [i, article] of request.articles.entries()) {
      const input = `articles[${i}]`;
      results.push(await guarded(store, runId, input, article.url ?? `api:${input}`, async () => {
        const published = article.published ?? request.published;
        const format = /^\s*</.test(article.text) ? 'html' : 'text';
        const meta = { ...(article.title ? { title: article.title } : {}), ...(article.url ? { url: article.url } : {}) };
        const doc = docFromRaw(article.text, article.url ?? `api:${input}`, format, published ? { published } : {}, meta);
        return codeAndSave(store, options.coder, doc, runId, input);
      }));
    }
    for (const url of request.urls) {
      for await (const item of readUrl(url, options.fetch ? { fetch: options.fetch } : {})) {
        if (isInputFailure(item)) {
          await store.recordFailure(item.uri, 'read', item.reason, runId);
          results.push({ input: url, status: 'failed', reason: item.reason });
          continue;
        }
        results.push(await guarded(store, runId, item.uri, item.uri, async () => {
          const doc = docOrFailure(item, request.published ? { published: request.published } : {});
          if (isFailure(doc)) {
            await store.recordFailure(doc.uri, 'read', doc.reason, runId);
            return { input: item.uri, status: 'failed', reason: doc.reason };
          }
          return codeAndSave(store, options.coder, doc, runId, item.uri);
        }));
      }
    }
  } finally {
    // The run is finished even when the request itself fails (the store went away mid-way).
    const count = (status: IngestResult['status']) => results.filter((r) => r.status === status).length;
    await store.finishRun(runId, {
      inputs: results.length,
      inserted: count('inserted'),
      existing: count('exists'),
      skipped: count('skipped'),
      failed: count('failed'),
      events: results.reduce((sum, r) => sum + (r.events ?? 0), 0),
    }).catch(() => undefined);
  }
  return { runId, results };
}
