/**
 * Decodes fetched HTML bytes to a string, finding the charset the way browsers do (simplified):
 * a byte-order mark, then the Content-Type header's `charset=`, then a `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…charset=…">` in the first 1024 bytes, else UTF-8.
 * An unknown label falls back to UTF-8 (TextDecoder would throw on it).
 * @example
 * decodeHtmlBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=iso-8859-1') // 'café'
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): string {
  const label = bomCharset(bytes) ?? charsetFrom(contentType ?? '') ?? metaCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

function bomCharset(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function charsetFrom(text: string): string | undefined {
  const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text);
  return m?.[1]?.toLowerCase();
}

function metaCharset(bytes: Uint8Array): string | undefined {
  // The prescan reads ASCII only, so latin1 is a lossless way to look at the first bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase();
}
