import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect, FIXTURES, outline } from './collect.testing.js';
import { docFromItem } from './index.js';
import { isInputFailure, type InputItem } from './types.js';
import { parseWarc, readWarc } from './warc.js';

const GOOD = [
  ['#3', 'item:html'],
  ['#5', 'item:html'],
  ['#8', 'item:html'],
  ['#9', 'The input is empty (0 bytes); there is nothing to code.'],
  ['#10', 'item:html'],
];

describe('readWarc', () => {
  it.each(['cc-news-sample.warc', 'cc-news-sample.warc.gz'])('should keep only 2xx HTML responses of %s, one item per page', async (name) => {
    const results = await collect(readWarc(FIXTURES + name));
    expect(outline(results).map(([uri, what]) => [uri.replace(name, ''), what])).toEqual(GOOD);
  });

  it('should take the url from WARC-Target-URI and keep the page\'s own date over WARC-Date', async () => {
    const [first] = await collect(readWarc(`${FIXTURES}cc-news-sample.warc.gz`));
    const doc = docFromItem(first as InputItem);
    expect(doc.source).toMatchObject({ url: 'https://example.org/2022/10/04/prisoners', publishedAt: '2022-10-04T09:30:00+04:00', publishedProvenance: 'meta' });
    expect((first as InputItem).meta.id).toBe('<urn:uuid:00000000-0000-4000-8000-000000000001>');
    expect(doc.source.id).toBe('<urn:uuid:00000000-0000-4000-8000-000000000001>');
  });

  it('should fall back to WARC-Date, with provenance warc, when the page gives no date', async () => {
    const results = await collect(readWarc(`${FIXTURES}cc-news-sample.warc`));
    const cafe = results.find((r) => r.uri.endsWith('#5')) as InputItem;
    expect(docFromItem(cafe).source).toMatchObject({ publishedAt: '2022-07-19T06:00:00Z', publishedProvenance: 'warc' });
  });

  it('should decode a windows-1252 body with the charset of the HTTP header', async () => {
    const results = await collect(readWarc(`${FIXTURES}cc-news-sample.warc`));
    const cafe = results.find((r) => r.uri.endsWith('#5')) as InputItem;
    expect(cafe.raw).toContain('“We cannot pay for gas,” said Nimal Perera, who runs a café near Colombo’s port.');
  });

  it('should de-chunk and gunzip a body stored with its transfer and content encodings', async () => {
    const results = await collect(readWarc(`${FIXTURES}cc-news-sample.warc`));
    const talks = results.find((r) => r.uri.endsWith('#8')) as InputItem;
    expect(talks.raw).toContain('their first face-to-face meeting since deadly border clashes last month');
  });

  it.each([
    ['truncated.warc.gz', /^The WARC is truncated or corrupt \(unexpected end of file\) in record 10 .*the 9 record\(s\) before it were read\.$/],
    ['truncated.warc', /^The WARC is truncated \(\d+ of \d+ bytes\) in record 10 .*the 9 record\(s\) before it were read\.$/],
  ])('should yield the records before the damage in %s, then one failure', async (name, reason) => {
    const results = await collect(readWarc(FIXTURES + name));
    expect(results.filter((r) => !isInputFailure(r)).map((r) => r.uri.replace(FIXTURES + name, ''))).toEqual(['#3', '#5', '#8']);
    const last = results.at(-1)!;
    expect(last.uri).toBe(FIXTURES + name);
    expect(isInputFailure(last) && last.reason).toMatch(reason);
  });

  it('should keep the records inflated before corrupt gzip data and then report the damage', async () => {
    const results = await collect(readWarc(`${FIXTURES}corrupt.warc.gz`));
    // zlib loses what it inflated in the failing write (at most 16 KB of output), not what came before.
    expect(results.filter((r) => !isInputFailure(r)).length).toBeGreaterThanOrEqual(8);
    const last = results.at(-1)!;
    expect(isInputFailure(last) && last.reason).toMatch(/^The WARC is truncated or corrupt \(.+\) in record \d+/);
  });

  it.each([
    ['feed.rss', 'The file is not a WARC file (no WARC/1.x header found at its start); skipped.'],
    ['news.jsonl', 'The file is not a WARC file (no WARC/1.x header found at its start); skipped.'],
  ])('should reject %s as not a WARC file with one failure', async (name, reason) => {
    expect(outline(await collect(readWarc(FIXTURES + name)))).toEqual([[name, reason]]);
  });

  it('should report a missing file as a failure, not throw', async () => {
    const results = await collect(readWarc(`${FIXTURES}no-such.warc.gz`));
    expect(results).toHaveLength(1);
    expect(isInputFailure(results[0]!) && results[0]!.reason).toMatch(/ENOENT/);
  });

  it('should skip a large non-HTML record without holding it in memory', async () => {
    const video = Buffer.alloc(3 * 1024 * 1024, 0x42);
    const block = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n'), video]);
    const record = Buffer.concat([
      Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`),
      block, Buffer.from('\r\n\r\n'),
    ]);
    async function* chunks() {
      for (let i = 0; i < record.length; i += 65536) yield record.subarray(i, i + 65536);
    }
    const results = await collect(parseWarc(chunks()[Symbol.asyncIterator](), 'video.warc', { maxArticleBytes: 1024 * 1024 }));
    expect(results).toEqual([]);
  });

  it('should stream a file far larger than one chunk', async () => {
    // The sample read through a 1 KB high-water mark: records span many chunks.
    const stream = createReadStream(`${FIXTURES}cc-news-sample.warc`, { highWaterMark: 1024 });
    const results = await collect(parseWarc(stream[Symbol.asyncIterator](), 'sample.warc'));
    expect(results.map((r) => r.uri)).toEqual(['sample.warc#3', 'sample.warc#5', 'sample.warc#8', 'sample.warc#9', 'sample.warc#10']);
  });
});
