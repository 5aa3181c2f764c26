import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, FIXTURES, outline } from './collect.testing.js';
import { readArticleFile } from './file.js';
import { docFromItem, readInputs } from './index.js';
import { readStdin } from './stdin.js';
import type { InputItem } from './types.js';

describe('readArticleFile', () => {
  it.each([
    ['bad/binary.html', 'The input is a PNG image, not text or HTML; skipped.'],
    ['bad/empty.html', 'The input is empty (0 bytes); there is nothing to code.'],
    ['bad/tags-only.html', 'The HTML has no visible text (only tags, scripts or styles); there is nothing to code.'],
    ['folder/photo.png', 'The input is a PNG image, not text or HTML; skipped.'],
    ['bad/missing.html', 'Cannot read the file (ENOENT); check the path.'],
  ])('should turn %s into one failure: %s', async (name, reason) => {
    expect(outline(await collect(readArticleFile(FIXTURES + name)))).toEqual([[name, reason]]);
  });

  it('should still read broken HTML that has text (the cleaner copes with unclosed tags)', async () => {
    const [item] = (await collect(readArticleFile(`${FIXTURES}bad/broken.html`))) as InputItem[];
    expect(item!.format).toBe('html');
    expect(item!.raw).toContain('their first face-to-face meeting');
  });

  it('should decode an undeclared windows-1252 page as windows-1252, not as broken UTF-8', async () => {
    const [item] = (await collect(readArticleFile(`${FIXTURES}bad/windows-1252.html`))) as InputItem[];
    expect(item!.raw).toContain('“We cannot pay for gas,” said Nimal Perera, who runs a café near Colombo’s port.');
    expect(item!.raw).not.toContain('\uFFFD');
  });

  it('should read a text file with its .meta.json sidecar', async () => {
    const [item] = (await collect(readArticleFile(`${FIXTURES}folder/a-prisoners.txt`))) as InputItem[];
    expect(item!.format).toBe('text');
    expect(docFromItem(item!).source).toMatchObject({ publishedAt: '2022-10-04', publishedProvenance: 'input-field', url: 'https://example.org/2022/10/04/prisoners', siteName: 'Example Wire' });
  });

  it('should refuse a file over the size limit before reading it', async () => {
    const results = await collect(readArticleFile(`${FIXTURES}folder/b-sri-lanka.html`, { maxArticleBytes: 100 }));
    expect(outline(results)).toEqual([['folder/b-sri-lanka.html', 'The file is 888 bytes, more than the 100 bytes an article may have; skipped.']]);
  });
});

describe('readInputs', () => {
  it('should walk a folder recursively in sorted order, skipping hidden files, sidecars, images and non-feed XML', async () => {
    expect(outline(await collect(readInputs([`${FIXTURES}folder`])))).toEqual([
      ['folder/a-prisoners.txt', 'item:text'],
      ['folder/b-sri-lanka.html', 'item:html'],
      ['folder/sub/c-talks.htm', 'item:html'],
    ]);
  });

  it('should name what it finds in a folder by the path inside that folder, and a named file by its path', async () => {
    const inFolder = (await collect(readInputs([`${FIXTURES}folder`]))) as InputItem[];
    expect(inFolder.map((item) => docFromItem(item).source.id)).toEqual(['a-prisoners.txt', 'b-sri-lanka.html', 'sub/c-talks.htm']);
    const [named] = (await collect(readInputs([`${FIXTURES}folder/b-sri-lanka.html`]))) as InputItem[];
    expect(named!.meta.id).toBeUndefined();
  });

  it('should keep the own ids of a JSONL file found in a folder', async () => {
    const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/chronicle-ids-`);
    try {
      copyFileSync(`${FIXTURES}news.jsonl`, `${dir}/news.jsonl`);
      const items = (await collect(readInputs([dir]))).filter((r): r is InputItem => 'raw' in r);
      expect(items.map((item) => item.meta.id)).toEqual(['wire-1', 'wire-2', 'wire-5']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should go on after each bad input in a mixed batch', async () => {
    const paths = ['bad/empty.html', 'news.jsonl', 'billion-laughs.rss', 'truncated.warc.gz', 'feed.atom', 'nowhere.txt'].map((p) => FIXTURES + p);
    const results = outline(await collect(readInputs(paths)));
    expect(results.map(([uri, what]) => [uri, what.startsWith('item') ? what : 'failure'])).toEqual([
      ['bad/empty.html', 'failure'],
      ['news.jsonl#1', 'item:text'], ['news.jsonl#2', 'item:html'], ['news.jsonl#3', 'failure'], ['news.jsonl#5', 'failure'], ['news.jsonl#6', 'item:text'],
      ['billion-laughs.rss', 'failure'],
      ['truncated.warc.gz#3', 'item:html'], ['truncated.warc.gz#5', 'item:html'], ['truncated.warc.gz#8', 'item:html'], ['truncated.warc.gz#9', 'failure'], ['truncated.warc.gz', 'failure'],
      ['feed.atom#1', 'item:html'], ['feed.atom#2', 'item:text'],
      ['nowhere.txt', 'failure'],
    ]);
  });

  it('should read a named file of unknown extension by its content', async () => {
    const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/chronicle-sniff-`);
    try {
      copyFileSync(`${FIXTURES}cc-news-sample.warc`, `${dir}/crawl.dat`);
      copyFileSync(`${FIXTURES}feed.atom`, `${dir}/caucasus.feed`);
      const results = outline(await collect(readInputs([`${dir}/crawl.dat`, `${dir}/caucasus.feed`])), `${dir}/`);
      expect(results.map(([uri]) => uri)).toEqual(['crawl.dat#3', 'crawl.dat#5', 'crawl.dat#8', 'crawl.dat#9', 'crawl.dat#10', 'caucasus.feed#1', 'caucasus.feed#2']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['<!DOCTYPE html><html><body><p>Troops withdrew from the border town on Monday.</p></body></html>', 'html'],
    ['Troops withdrew from the border town on Monday.\n', 'text'],
  ])('should read - from standard input as %s by sniffing', async (input, format) => {
    const results = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from(input)]) }));
    expect(outline(results)).toEqual([['-', `item:${format}`]]);
  });

  it.each([
    ['', 'Standard input was empty; there is nothing to code.'],
    ['x'.repeat(2048), 'Standard input is larger than the 1 KB an article may have; stopped reading.'],
  ])('should fail standard input %#', async (input, reason) => {
    const results = await collect(readStdin(Readable.from([Buffer.from(input)]), { maxArticleBytes: 1024 }));
    expect(results).toEqual([{ uri: '-', reason }]);
  });
});
