import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from './decode-bytes.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeHtmlBytes', () => {
  it.each([
    ['should read UTF-8 by default', new TextEncoder().encode('<p>Pashinyan’s “17 prisoners”</p>'), undefined, '<p>Pashinyan’s “17 prisoners”</p>'],
    ['should follow the Content-Type charset', latin1('<p>Genève talks</p>'), 'text/html; charset=ISO-8859-1', '<p>Genève talks</p>'],
    ['should follow a meta charset', latin1('<meta charset="windows-1252"><p>Genève</p>'), undefined, '<meta charset="windows-1252"><p>Genève</p>'],
    ['should fall back to UTF-8 on an unknown label', new TextEncoder().encode('<p>Baku</p>'), 'text/html; charset=x-unknown', '<p>Baku</p>'],
  ])('%s', (_name, bytes, contentType, expected) => {
    expect(decodeHtmlBytes(bytes, contentType)).toBe(expected);
  });
});
