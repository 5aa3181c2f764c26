import { createReadStream } from 'node:fs';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { ByteReader } from './byte-reader.js';
import { itemFromBytes } from './content.js';
import { capBytes, gunzipFile, TooManyBytesError } from './gunzip.js';
import { chunksOf } from './stream-chunks.js';
import { DEFAULT_LIMITS, formatBytes, type InputMeta, type InputResult, type ReadLimits } from './types.js';

const CRLF2 = Buffer.from('\r\n\r\n');
/** Largest WARC or HTTP header block; real ones are under 4 KB. */
const MAX_HEADER = 64 * 1024;
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * Reads a WARC file (`.warc`, or `.warc.gz` compressed record by record as Common Crawl's
 * CC-NEWS is) as a stream. Keeps `response` records whose HTTP response is a 2xx HTML page and
 * yields the decoded body with `WARC-Target-URI` as url and `WARC-Date` as a fallback date.
 * Other records (warcinfo, request, metadata, images, redirects) are skipped without being held
 * in memory. A truncated or corrupt file yields the records before the damage, then one failure.
 * @example
 * for await (const r of readWarc('CC-NEWS-20221004.warc.gz')) … // CC-NEWS-….warc.gz#3, #5, …
 */
export async function* readWarc(path: string, limits: ReadLimits = {}): AsyncGenerator<InputResult> {
  // A .warc.gz is made of one gzip member per record; gunzipFile keeps every complete member
  // even when garbage follows the last one. Bytes are capped after decompression.
  const gzipped = /\.gz$/i.test(path);
  let garbage = false;
  const file = gzipped ? undefined : createReadStream(path);
  const bytes = file ? chunksOf(file) : gunzipFile(() => createReadStream(path), () => { garbage = true; });
  const chunks = capBytes({ [Symbol.asyncIterator]: () => bytes }, limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes, gzipped ? ' after decompression' : '')[Symbol.asyncIterator]();
  try {
    yield* parseWarc(chunks, path, limits);
    if (garbage) yield { uri: path, reason: 'Bytes after the last complete gzip member are not gzip data; they were ignored and every record before them was read.' };
  } finally {
    await chunks.return?.(undefined);
    file?.destroy();
  }
}

/** Parses WARC records from a byte iterator; `uri` names the file, records are `uri#N` (N counts every record). */
export async function* parseWarc(source: AsyncIterator<Uint8Array>, uri: string, limits: ReadLimits = {}): AsyncGenerator<InputResult> {
  const maxBody = limits.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  const reader = new ByteReader(source);
  let records = 0;
  const damaged = (what: string): InputResult => ({
    uri,
    reason: `The WARC is ${what} in record ${records + 1} (at byte ${reader.position} of the uncompressed stream); the ${records} record(s) before it were read.`,
  });
  try {
    for (;;) {
      await reader.skipLineEnds();
      if (await reader.atEnd()) return;
      const header = await reader.readUntil(CRLF2, MAX_HEADER);
      if (header === 'end') {
        yield records === 0 ? { uri, reason: 'The file is not a WARC file (no WARC/1.x header found at its start); skipped.' } : damaged('truncated (inside a record header)');
        return;
      }
      if (header === 'too-long') {
        yield records === 0 ? { uri, reason: 'The file is not a WARC file (no WARC/1.x header found at its start); skipped.' } : damaged('corrupt (a header longer than 64 KB)');
        return;
      }
      const fields = parseHeader(header.toString('latin1'));
      if (!fields) {
        yield records === 0 ? { uri, reason: 'The file is not a WARC file (it does not start with a WARC/1.x record header); skipped.' } : damaged('corrupt (a record does not start with WARC/1.x)');
        return;
      }
      const length = Number(fields.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0) {
        yield damaged('corrupt (a record has no valid Content-Length)');
        return;
      }
      const recordUri = `${uri}#${records + 1}`;
      const keep = fields.get('warc-type') === 'response' && /^application\/http/i.test(fields.get('content-type') ?? '');
      let result: InputResult | undefined;
      if (keep && length <= maxBody + MAX_HEADER) {
        const block = await reader.read(length);
        if (block.length < length) {
          yield damaged(`truncated (${block.length} of ${length} bytes)`);
          return;
        }
        result = httpResponse(block, recordUri, metaOf(fields), maxBody);
      } else {
        const head = keep ? await reader.read(Math.min(length, MAX_HEADER)) : Buffer.alloc(0);
        if (keep && isHtmlHead(head)) result = { uri: recordUri, reason: `The page is ${formatBytes(length)}, more than the ${formatBytes(maxBody)} an article may have; skipped.` };
        const rest = length - head.length;
        if ((await reader.skip(rest)) < rest) {
          yield damaged('truncated');
          return;
        }
      }
      records++;
      if (result) yield result;
    }
  } catch (error) {
    if (error instanceof TooManyBytesError) yield { uri, reason: `The file holds ${error.message}; stopped reading after ${records} record(s), which were read.` };
    else yield damaged(`truncated or corrupt (${(error as Error).message})`);
  }
}

/** `WARC/1.0` and its named fields (lower-cased names), or undefined when it is no WARC header. */
function parseHeader(text: string): Map<string, string> | undefined {
  const lines = text.split('\r\n');
  if (!/^WARC\/\d+\.\d+$/.test(lines[0]?.trim() ?? '')) return undefined;
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

function metaOf(fields: Map<string, string>): InputMeta {
  const meta: InputMeta = {};
  // WARC 1.1 writes the URI bare; the 1.0 spec's examples wrap it in <…>, and some tools copied that.
  const target = fields.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  if (target) meta.url = target;
  const id = fields.get('warc-record-id');
  if (id) meta.id = id;
  const date = fields.get('warc-date');
  if (date) Object.assign(meta, { published: date, publishedFrom: 'warc' });
  return meta;
}

interface HttpHead {
  readonly status: number;
  readonly headers: Map<string, string>;
  readonly bodyStart: number;
}

function parseHttpHead(block: Buffer): HttpHead | undefined {
  const end = block.indexOf(CRLF2);
  if (end < 0) return undefined;
  const lines = block.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: Number(status[1]), headers, bodyStart: end + 4 };
}

function isHtmlHead(head: Buffer): boolean {
  const http = parseHttpHead(head);
  return http !== undefined && http.status >= 200 && http.status < 300 && HTML_TYPES.test(http.headers.get('content-type') ?? '');
}

/**
 * The page in an HTTP response block, or undefined when the response is not a 2xx HTML page
 * (those are not articles: redirects, robots.txt, images). The body is de-chunked and
 * decompressed when the headers say so, and decoded with the charset of `Content-Type` or `<meta>`.
 */
function httpResponse(block: Buffer, uri: string, meta: InputMeta, maxBody: number): InputResult | undefined {
  const http = parseHttpHead(block);
  if (!http) return { uri, reason: 'The response record holds no valid HTTP response header; skipped.' };
  const contentType = http.headers.get('content-type') ?? '';
  if (http.status < 200 || http.status >= 300 || !HTML_TYPES.test(contentType)) return undefined;
  let body = block.subarray(http.bodyStart);
  try {
    if (/chunked/i.test(http.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
    const encoding = (http.headers.get('content-encoding') ?? '').toLowerCase();
    if (encoding === 'gzip' || encoding === 'x-gzip') body = gunzipSync(body, { maxOutputLength: maxBody });
    else if (encoding === 'deflate') body = inflateSync(body, { maxOutputLength: maxBody });
    else if (encoding === 'br') body = brotliDecompressSync(body, { maxOutputLength: maxBody });
  } catch (error) {
    return { uri, reason: `The HTTP body cannot be decoded (${(error as Error).message}); skipped.` };
  }
  return itemFromBytes(body, uri, 'html', meta, contentType);
}

/**
 * Joins an HTTP/1.1 chunked body; throws on a malformed chunk. Every chunk size must be plain
 * hexadecimal and fit in what is left of the body, so the read position only moves forward: a
 * size like `-6` once sent the position back to its own line and the loop never ended.
 */
export function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) throw new Error('a chunk size line is missing');
    const field = body.subarray(at, lineEnd).toString('latin1').split(';')[0]!.trim();
    if (!/^[0-9a-f]{1,12}$/i.test(field)) throw new Error(`a chunk size is not hexadecimal ('${field.slice(0, 20)}')`);
    const size = Number.parseInt(field, 16);
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) throw new Error(`a chunk of ${size} bytes runs past the end of the body`);
    parts.push(body.subarray(start, start + size));
    at = start + size;
    // The CRLF after a chunk's data; a missing one is tolerated (some crawlers drop it), never a step back.
    if (body[at] === 0x0d && body[at + 1] === 0x0a) at += 2;
  }
}
