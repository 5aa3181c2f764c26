import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Gunzip } from 'fflate';
import { chunksOf } from './stream-chunks.js';
import { formatBytes } from './types.js';

/** Thrown when a stream passes its cap on bytes; reading stopped there. The message says which cap. */
export class TooManyBytesError extends Error {
  override name = 'TooManyBytesError';
}

/**
 * Decompresses a gzip file, keeping every member that inflates completely. Node's zlib (fast,
 * ~650 MB/s here) reads concatenated members, but when garbage follows the last member in the
 * same read it fails with "incorrect header check" and drops that member's output: a `.jsonl.gz`
 * with a valid member and a broken tail lost its valid lines. So zlib reads the stream, and only
 * when it fails is the file inflated a second time with fflate, which hands out each member's
 * data as it inflates and stops at the first byte that is not a member header; what fflate gives
 * past what zlib already yielded is yielded too. Trailing garbage after complete members is then
 * reported through `onTrailingGarbage` and the stream ends normally; other damage (a cut member,
 * corrupt data) throws zlib's error after every byte that could be inflated.
 * @example
 * for await (const bytes of gunzipFile(() => createReadStream('news.jsonl.gz'))) …
 */
export async function* gunzipFile(open: () => Readable, onTrailingGarbage?: () => void): AsyncGenerator<Uint8Array> {
  let yielded = 0;
  const file = open();
  // Large output chunks: the readers' cost is per chunk, and a bomb inflates gigabytes.
  const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
  file.on('error', (error) => gunzip.destroy(error));
  const chunks = chunksOf(file.pipe(gunzip));
  let failure: Error;
  try {
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yielded += next.value.length;
      yield next.value;
    }
  } catch (error) {
    failure = error as Error;
  } finally {
    chunks.close();
    file.destroy();
  }
  if ((failure as NodeJS.ErrnoException).code?.startsWith('E') && !(failure as NodeJS.ErrnoException).code?.startsWith('ERR_')) throw failure;
  let garbage = false;
  try {
    let seen = 0;
    for await (const piece of inflateMembers(open(), () => { garbage = true; })) {
      const fresh = seen + piece.length - yielded;
      if (fresh > 0) yield piece.subarray(Math.max(0, piece.length - fresh));
      seen += piece.length;
    }
  } catch {
    // fflate fails where zlib did; zlib's error says it better.
  }
  if (!garbage) throw failure;
  onTrailingGarbage?.();
}

/** Compressed bytes handed to fflate at a time, so one push inflates to at most a few megabytes. */
const SLICE = 8 * 1024;

/** fflate's member-by-member inflation (see `gunzipFile`); calls `onTrailingGarbage` and ends at bytes after a complete member that are no member. */
async function* inflateMembers(source: AsyncIterable<Uint8Array>, onTrailingGarbage: () => void): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let produced = 0;
  let members = 1;
  const inflater = new Gunzip((chunk) => {
    if (chunk.length === 0) return;
    out.push(chunk);
    produced += chunk.length;
  });
  inflater.onmember = () => {
    members++;
  };
  const push = (slice: Uint8Array, final: boolean): boolean => {
    try {
      inflater.push(slice, final);
      return true;
    } catch (error) {
      // fflate says "invalid gzip data" only where a member header should start: after a
      // complete member, that is garbage (or padding).
      if (/invalid gzip data/.test((error as Error).message) && (members > 1 || produced > 0)) return false;
      throw error;
    }
  };
  for await (const chunk of source) {
    for (let at = 0; at < chunk.length; at += SLICE) {
      const ok = push(chunk.subarray(at, at + SLICE), false);
      for (const piece of out.splice(0)) yield piece;
      if (!ok) {
        onTrailingGarbage();
        return;
      }
    }
  }
  const ok = push(new Uint8Array(0), true);
  for (const piece of out.splice(0)) yield piece;
  if (!ok) onTrailingGarbage();
}

/** Passes chunks through until more than `limit` bytes went by, then throws TooManyBytesError (`what` ends its message). */
export async function* capBytes(source: AsyncIterable<Uint8Array>, limit: number, what = ''): AsyncGenerator<Uint8Array> {
  let seen = 0;
  for await (const chunk of source) {
    seen += chunk.length;
    if (seen > limit) {
      const room = chunk.length - (seen - limit);
      if (room > 0) yield chunk.subarray(0, room);
      throw new TooManyBytesError(`more than ${formatBytes(limit)}${what}`);
    }
    yield chunk;
  }
}
