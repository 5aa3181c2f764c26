import { createReadStream } from 'node:fs';
import { itemFromString } from './content.js';
import { capBytes, gunzipFile, TooManyBytesError } from './gunzip.js';
import { splitLines } from './split-lines.js';
import { DEFAULT_LIMITS, formatBytes, type InputMeta, type InputResult, type ReadLimits } from './types.js';

/**
 * Reads a JSON Lines file (`.jsonl`, `.ndjson`, and either with `.gz`), one article per line:
 * `{"id", "url", "title", "text" | "html", "published", "source"}`. Lines are split from the byte
 * stream (`splitLines`), so a 5 GB dump uses the memory of its longest kept line, and a line
 * longer than `maxArticleBytes` is skipped without being held and reported as `file.jsonl#12`.
 * At most `maxFileBytes` (decompressed) are read from one file. A broken line becomes a failure
 * and the following lines are still read; a gzip stream keeps every complete member.
 * @example
 * for await (const r of readJsonl('news.jsonl')) console.log(r.uri) // news.jsonl#1, news.jsonl#2, …
 */
export async function* readJsonl(path: string, limits: ReadLimits = {}): AsyncGenerator<InputResult> {
  const maxBytes = limits.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  const maxFileBytes = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const gzipped = /\.gz$/i.test(path);
  let garbage = false;
  const file = gzipped ? undefined : createReadStream(path, { highWaterMark: 1024 * 1024 });
  const bytes = capBytes(file ?? gunzipFile(() => createReadStream(path), () => { garbage = true; }), maxFileBytes, gzipped ? ' after decompression' : '');
  let lineNumber = 0;
  let streamError: Error | undefined;
  try {
    for await (const line of splitLines(bytes, maxBytes)) {
      lineNumber = line.number;
      const uri = `${path}#${line.number}`;
      if (line.tooLong) {
        yield { uri, reason: `Line ${line.number} is ${formatBytes(line.length)}, longer than the ${formatBytes(maxBytes)} an article may have; skipped without reading it.` };
        continue;
      }
      const text = line.bytes.toString('utf8').replace(/^\uFEFF/, '');
      if (text.trim().length === 0) continue;
      yield parseLine(text, uri, line.number);
    }
  } catch (error) {
    streamError = error as Error;
  } finally {
    file?.destroy();
  }
  if (streamError instanceof TooManyBytesError) {
    yield { uri: path, reason: `The file holds ${streamError.message}; stopped reading after line ${lineNumber}, the lines before it were read.` };
  } else if (streamError) {
    const code = (streamError as NodeJS.ErrnoException).code;
    yield code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR'
      ? { uri: path, reason: `Cannot read the file (${code}); check the path.` }
      : { uri: path, reason: `The ${gzipped ? 'gzip stream' : 'file'} is truncated or corrupt after line ${lineNumber} (${streamError.message}); the lines before it were read.` };
  } else if (garbage) {
    yield { uri: path, reason: `Bytes after the last complete gzip member are not gzip data (after line ${lineNumber}); they were ignored and every line before them was read.` };
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
