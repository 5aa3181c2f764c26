import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { itemFromString } from './content.js';
import { DEFAULT_LIMITS, formatBytes, type InputMeta, type InputResult, type ReadLimits } from './types.js';

/**
 * Reads a JSON Lines file (`.jsonl`, `.ndjson`, and either with `.gz`), one article per line:
 * `{"id", "url", "title", "text" | "html", "published", "source"}`. Lines are read one at a time
 * with `readline` over a stream, so a 5 GB dump uses the memory of its longest line. A broken
 * line becomes a failure named `file.jsonl#12` and the following lines are still read.
 * @example
 * for await (const r of readJsonl('news.jsonl')) console.log(r.uri) // news.jsonl#1, news.jsonl#2, …
 */
export async function* readJsonl(path: string, limits: ReadLimits = {}): AsyncGenerator<InputResult> {
  const maxBytes = limits.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  const file = createReadStream(path);
  const gzipped = /\.gz$/i.test(path);
  const source: Readable = gzipped ? file.pipe(createGunzip()) : file;
  let streamError: Error | undefined;
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  // When the input fails (a missing file, a cut gzip) readline's iterator may throw or just end,
  // depending on when the error comes; either way the error is kept and reported after the
  // lines already read.
  const fail = (error: Error): void => {
    streamError ??= error;
    lines.close();
  };
  file.on('error', fail);
  if (gzipped) source.on('error', fail);
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim().length === 0) continue;
      const uri = `${path}#${lineNumber}`;
      if (Buffer.byteLength(line) > maxBytes) {
        yield { uri, reason: `Line ${lineNumber} is longer than the ${formatBytes(maxBytes)} an article may have; skipped.` };
        continue;
      }
      yield parseLine(line, uri, lineNumber);
    }
  } catch (error) {
    streamError ??= error as Error;
  } finally {
    lines.close();
    file.destroy();
  }
  if (streamError) {
    const code = (streamError as NodeJS.ErrnoException).code;
    yield code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR'
      ? { uri: path, reason: `Cannot read the file (${code}); check the path.` }
      : { uri: path, reason: `The ${gzipped ? 'gzip stream' : 'file'} is truncated or corrupt after line ${lineNumber} (${streamError.message}); the lines before it were read.` };
  }
}

/** One JSONL line to an item, or a failure that says what the line lacks. */
export function parseLine(line: string, uri: string, lineNumber: number): InputResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { uri, reason: `Line ${lineNumber} is not valid JSON (${(error as Error).message}); fix or remove the line.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { uri, reason: `Line ${lineNumber} is not a JSON object; each line must be one article like {"title": …, "text": …}.` };
  }
  const record = value as Record<string, unknown>;
  const text = stringField(record, 'text');
  const html = stringField(record, 'html');
  if (text === undefined && html === undefined) {
    return { uri, reason: `Line ${lineNumber} has no "text" or "html" string field; there is nothing to code.` };
  }
  const meta: InputMeta = {};
  const id = record.id;
  if (typeof id === 'string' || typeof id === 'number') meta.id = String(id);
  for (const [key, names] of [['title', ['title', 'headline']], ['url', ['url', 'link']], ['source', ['source', 'site', 'outlet']]] as const) {
    const found = names.map((name) => stringField(record, name)).find((v) => v !== undefined);
    if (found !== undefined) meta[key] = found.trim();
  }
  const published = stringField(record, 'published') ?? stringField(record, 'publishedAt') ?? stringField(record, 'date');
  if (published !== undefined) {
    meta.published = published;
    meta.publishedFrom = 'input-field';
  }
  // `html` wins when both are present: it still has the paragraph structure the cleaner uses.
  return html !== undefined ? itemFromString(html, uri, 'html', meta) : itemFromString(text!, uri, 'text', meta);
}

function stringField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}
