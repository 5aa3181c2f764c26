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
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

/**
 * windows-1252's bytes 0x80–0x9F as characters. Node 20's TextDecoder('windows-1252') decodes
 * them as ISO-8859-1 C1 controls (0x93 → U+0093 instead of “), so they are mapped here.
 */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Maps C1 controls left by the decoder to the windows-1252 characters they stand for. */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
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
