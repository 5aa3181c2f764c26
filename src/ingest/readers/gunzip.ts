import { Gunzip } from 'fflate';
import { formatBytes } from './types.js';

/** Compressed bytes handed to the inflater at a time: one slice can inflate to at most ~1,000× its size. */
const SLICE = 8 * 1024;

/** Thrown when a stream passes one of its caps; reading stopped there. The message says which. */
export class TooManyBytesError extends Error {
  override name = 'TooManyBytesError';
}

/**
 * Most a gzip stream may inflate relative to its compressed size, once past `INFLATE_RATIO_FLOOR`.
 * News text compresses 3–10×, HTML boilerplate up to ~30×; deflate's ceiling is ~1,032×, which is
 * what a compression bomb (gigabytes of one byte) gets. Stopping at 200× ends such a stream after
 * its first 64 MB, in well under a second, instead of inflating gigabytes to scan them.
 */
export const MAX_INFLATE_RATIO = 200;
export const INFLATE_RATIO_FLOOR = 64 * 1024 * 1024;

/**
 * Decompresses a gzip stream member by member. Every member that inflates completely is kept:
 * node's zlib drops the output of the last good member when garbage follows it in the same read
 * ("incorrect header check" and nothing), so a `.jsonl.gz` with a valid member and a broken tail
 * lost its valid lines. fflate hands out each member's data as it inflates and stops at the first
 * byte that is not a member header; those trailing bytes are reported through `onTrailingGarbage`
 * (the stream then ends normally). Damage inside a member, or a cut member, throws after every
 * byte inflated before it was yielded. fflate's streaming inflater does not check the gzip trailer,
 * so a stream cut between deflate blocks would end quietly; the last member's size field (ISIZE,
 * the last four bytes) is compared with what it inflated to, which catches the cut.
 * @example
 * for await (const bytes of gunzipChunks(createReadStream('news.jsonl.gz'))) …
 */
export async function* gunzipChunks(source: AsyncIterable<Uint8Array>, onTrailingGarbage?: () => void,
  ratio: { readonly max: number; readonly floor: number } = { max: MAX_INFLATE_RATIO, floor: INFLATE_RATIO_FLOOR }): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let produced = 0;
  let memberStart = 0;
  let members = 1;
  const inflater = new Gunzip((chunk) => {
    if (chunk.length === 0) return;
    out.push(chunk);
    produced += chunk.length;
  });
  // Called when the next member's header is read, after the previous member's data was handed out.
  inflater.onmember = () => {
    members++;
    memberStart = produced;
  };
  let tail = Buffer.alloc(0);
  let consumed = 0;
  const push = (slice: Uint8Array, final: boolean): 'ok' | 'garbage' => {
    try {
      inflater.push(slice, final);
      return 'ok';
    } catch (error) {
      const message = (error as Error).message;
      // fflate says "invalid gzip data" only where a member header should start: after a complete
      // member that is garbage (or padding); at the very start it is not gzip at all.
      if (/invalid gzip data/.test(message) && (members > 1 || produced > 0)) return 'garbage';
      throw new Error(/unexpected EOF/i.test(message) ? 'unexpected end of file' : `corrupt gzip data: ${message}`);
    }
  };
  for await (const chunk of source) {
    tail = Buffer.concat([tail, chunk.subarray(Math.max(0, chunk.length - 8))]).subarray(-8);
    for (let at = 0; at < chunk.length; at += SLICE) {
      const slice = chunk.subarray(at, at + SLICE);
      consumed += slice.length;
      const state = push(slice, false);
      if (produced > ratio.floor && produced > consumed * ratio.max) {
        throw new TooManyBytesError(`a gzip stream that inflates more than ${ratio.max} times its size (${formatBytes(consumed)} gave ${formatBytes(produced)}), as a compression bomb does`);
      }
      for (const piece of out.splice(0)) yield piece;
      if (state === 'garbage') {
        onTrailingGarbage?.();
        return;
      }
    }
  }
  const state = push(new Uint8Array(0), true);
  for (const piece of out.splice(0)) yield piece;
  if (state === 'garbage') {
    onTrailingGarbage?.();
    return;
  }
  if (tail.length < 8 || tail.readUInt32LE(4) !== (produced - memberStart) >>> 0) throw new Error('unexpected end of file');
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
