import { open } from 'node:fs/promises';
/** The bytes of a stream, or `tooLarge` once more than `maxBytes` arrived (reading stops there). */
export type LimitedRead = { readonly bytes: Uint8Array; readonly tooLarge: false } | { readonly tooLarge: true };

/**
 * Reads a byte stream into memory up to `maxBytes`, and stops reading (returning `tooLarge`) as
 * soon as it goes past, so a 4 GB upload or an endless response never fills memory.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<LimitedRead> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > maxBytes) return { tooLarge: true };
    chunks.push(bytes);
  }
  return { bytes: Buffer.concat(chunks, length), tooLarge: false };
}

/**
 * Reads a file into memory up to `maxBytes`, counting the bytes that arrive rather than trusting
 * `stat`: `/dev/zero`, a FIFO or a file that grows while it is read report a size of 0 and then
 * never end. A size that `stat` already shows too large is refused without reading.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<LimitedRead & { readonly size?: number }> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxBytes) return { tooLarge: true, size: info.size };
    return await readLimited(handle.createReadStream({ autoClose: false }), maxBytes);
  } finally {
    await handle.close();
  }
}
