import { bomCharset, decodeHtmlBytes, fixWindows1252 } from '../../stages/clean/html/decode-bytes.js';
import type { InputFailure, InputItem, InputMeta } from './types.js';

/**
 * File signatures of formats that are never articles. A `.html` that starts with `%PDF-` is a
 * mislabelled download; saying "it is a PDF" is clearer than "it looks binary".
 */
const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed', [0x1f, 0x8b]],
];

/**
 * Names why bytes are not text, or returns undefined. Text never holds NUL bytes, and only a few
 * control characters besides tab, newline, carriage return and form feed; a JPEG holds many.
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of SIGNATURES) {
    if (magic.every((byte, i) => bytes[i] === byte)) return name;
  }
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary (it holds NUL bytes)';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05 ? 'binary (many control bytes)' : undefined;
}

/** The charset label the bytes declare (BOM, `Content-Type`, `<meta>` in the first 1024 bytes), if any. */
function declaredLabel(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  const bom = bomCharset(bytes);
  if (bom) return bom;
  const fromHeader = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * Decodes article bytes. A declared charset (BOM, `Content-Type`, `<meta charset>`) decides, via
 * the clean stage's `decodeHtmlBytes`. Undeclared bytes are UTF-8 when they are valid UTF-8, else
 * windows-1252, the legacy default browsers use for English pages: an old page saved from Word
 * with `caf\xe9` and curly quotes `\x93…\x94` then reads "café" and “…”, not "caf\uFFFD".
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): string {
  const label = declaredLabel(bytes, contentType);
  if (label !== undefined) {
    return decodeHtmlBytes(bytes, contentType);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fixWindows1252(new TextDecoder('windows-1252').decode(bytes));
  }
}

const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body|<(?:article|div|p|section|main|h[1-6]|meta|title)[\s>])/i;

/** Whether raw content is HTML: an HTML document or fragment start (`<!DOCTYPE html>`, `<p>`…). */
export function sniffFormat(raw: string): 'text' | 'html' {
  return HTML_START.test(raw.replace(/^\uFEFF/, '')) ? 'html' : 'text';
}

/**
 * Turns the bytes of one article into an item, or a failure naming what is wrong: empty,
 * binary, or (for HTML) no text at all once tags are removed.
 */
export function itemFromBytes(
  bytes: Uint8Array, uri: string, format: 'text' | 'html' | 'sniff', meta: InputMeta, contentType?: string,
): InputItem | InputFailure {
  if (bytes.length === 0) return { uri, reason: 'The input is empty (0 bytes); there is nothing to code.' };
  // UTF-16 and UTF-32 text is full of NUL bytes; with a byte-order mark it is text, decoded before
  // the binary check (which then looks at the characters for NULs instead).
  const bom = bomCharset(bytes);
  const binary = bom && bom !== 'utf-8' ? undefined : binaryKind(bytes);
  if (binary) return { uri, reason: `The input is ${binary}, not text or HTML; skipped.` };
  const raw = decodeBytes(bytes, contentType);
  return itemFromString(raw, uri, format, meta);
}

/** Like `itemFromBytes` for content that is already a string (JSONL fields, feed items). */
export function itemFromString(raw: string, uri: string, format: 'text' | 'html' | 'sniff', meta: InputMeta): InputItem | InputFailure {
  if (raw.trim().length === 0) return { uri, reason: 'The input holds only whitespace; there is nothing to code.' };
  if (raw.slice(0, 4096).includes('\u0000')) return { uri, reason: 'The input holds NUL characters, so it is binary, not text or HTML; skipped.' };
  // "HTML" with no tag at all (a plain-text feed description, a JSONL `html` field holding text, a
  // tagless .html) is text: parsed as HTML it has no element, and so no article.
  const resolved = format === 'sniff' ? sniffFormat(raw) : format === 'html' && !/<[a-z!/?]/i.test(raw) ? 'text' : format;
  if (resolved === 'html' && visibleText(raw).length === 0) {
    return { uri, reason: 'The HTML has no visible text (only tags, scripts or styles); there is nothing to code.' };
  }
  return { uri, raw, format: resolved, meta };
}

/** A cheap estimate of an HTML page's visible text, only to tell an empty page from a real one. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<[^>]*>?/g, '')
    .replace(/&nbsp;|&#160;|\s/g, '')
    .trim();
}
