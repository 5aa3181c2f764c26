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
