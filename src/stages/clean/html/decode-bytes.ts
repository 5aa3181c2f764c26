/**
 * Decodes fetched HTML bytes to a string, finding the charset the way browsers do (simplified):
 * a byte-order mark, then the Content-Type header's `charset=`, then a `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…charset=…">` in the first 1024 bytes, else UTF-8.
 * An unknown label falls back to UTF-8 (TextDecoder would throw on it).
 * @example
 * decodeHtmlBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=iso-8859-1') // 'café'
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): string {
  const bom = bomCharset(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be') return decodeUtf32(bytes.subarray(4), bom === 'utf-32le');
  let label = bom ?? charsetFrom(contentType ?? '') ?? metaCharset(bytes) ?? 'utf-8';
  // A UTF-16 label without a byte-order mark over bytes with no NUL is a mislabelled ASCII-family
  // page (UTF-16 text of Latin letters is half NUL bytes). Browsers do the same for <meta>:
  // the HTML standard's prescan turns a UTF-16 label into UTF-8. Decoding it as UTF-16 instead
  // gave one CJK-looking character per two letters and no tag at all.
  if (bom === undefined && /^utf-?16/.test(label) && !bytes.subarray(0, 4096).includes(0)) label = 'utf-8';
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


/**
 * The encoding a byte-order mark names. UTF-32's marks are checked first: `FF FE 00 00` is also
 * a UTF-16LE mark followed by U+0000, which no article starts with.
 */
export function bomCharset(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | undefined {
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return 'utf-32le';
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

/**
 * UTF-32 (after its byte-order mark), which the WHATWG TextDecoder does not offer. Code points
 * that are not Unicode scalar values (surrogates, above U+10FFFF) become U+FFFD, as a decoder
 * would make them; a trailing partial unit is dropped.
 */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chars: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at += 4) {
    const cp = view.getUint32(at, littleEndian);
    chars.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chars.length === 8192) {
      parts.push(String.fromCodePoint(...chars));
      chars = [];
    }
  }
  parts.push(String.fromCodePoint(...chars));
  return parts.join('');
}
