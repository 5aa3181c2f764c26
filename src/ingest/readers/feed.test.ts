import { describe, expect, it } from 'vitest';
import { collect, FIXTURES, outline } from './collect.testing.js';
import { feedDate } from './feed-date.js';
import { parseFeed, readFeed } from './feed.js';
import { docFromItem } from './index.js';
import type { InputItem } from './types.js';

describe('readFeed', () => {
  it('should read RSS items as HTML from content:encoded, else description, and fail items with neither', async () => {
    expect(outline(await collect(readFeed(`${FIXTURES}feed.rss`)))).toEqual([
      ['feed.rss#1', 'item:html'],
      ['feed.rss#2', 'item:html'],
      ['feed.rss#3', 'Feed item "Markets close higher" has no content:encoded or description; fetch its link (https://example.org/markets) to code the full article.'],
    ]);
  });

  it('should give an RSS item its title, link, feed date and channel as source', async () => {
    const [first, second] = (await collect(readFeed(`${FIXTURES}feed.rss`))) as InputItem[];
    expect(first!.raw).toContain('<p>Azerbaijan freed 17 Armenian prisoners of war on Tuesday');
    expect(docFromItem(first!).source).toMatchObject({
      title: 'Azerbaijan releases 17 Armenian prisoners after US mediation', url: 'https://example.org/2022/10/04/prisoners',
      publishedAt: '2022-10-04T09:30:00+04:00', publishedProvenance: 'feed', siteName: 'Example Wire – World',
    });
    // An escaped-HTML description is unescaped once, into markup.
    expect(second!.raw).toMatch(/^\s*<p>Sri Lanka's acting president/);
  });

  it('should read Atom entries from content (html) or summary (text) with the alternate link', async () => {
    const results = (await collect(readFeed(`${FIXTURES}feed.atom`))) as InputItem[];
    expect(outline(results)).toEqual([['feed.atom#1', 'item:html'], ['feed.atom#2', 'item:text']]);
    expect(results[0]!.meta).toMatchObject({ url: 'https://example.org/2022/10/02/geneva-talks', published: '2022-10-02T18:00:00+02:00', publishedFrom: 'feed' });
    expect(results[1]!.meta.published).toBe('2022-10-04T07:00:00Z');
  });

  it('should refuse a billion-laughs feed at once, without expanding it', async () => {
    const before = process.memoryUsage().heapUsed;
    const results = await collect(readFeed(`${FIXTURES}billion-laughs.rss`));
    expect(outline(results)).toEqual([['billion-laughs.rss',
      'The feed declares its own XML entities (<!ENTITY>), which feeds never need and which can expand without bound ("billion laughs"); skipped.']]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('should not expand entities even when the parser is reached (second guard)', () => {
    // A DOCTYPE hidden after the root check would still hit the parser's own limit of one entity.
    const xml = '<rss version="2.0"><channel><title>x</title><item><title>a &amp; b</title><description>Troops &lt;b&gt;withdrew&lt;/b&gt; on Monday.</description></item></channel></rss>';
    const [item] = [...parseFeed(xml, 'x.rss')] as InputItem[];
    expect(item!.meta.title).toBe('a & b');
    expect(item!.raw).toBe('Troops <b>withdrew</b> on Monday.');
  });

  it.each([
    ['not-a-feed.xml', 'The XML is not an RSS or Atom feed (its root element is <urlset>); skipped.'],
    ['news.jsonl', 'The file is not XML (no root element found); skipped.'],
  ])('should reject %s with one failure', async (name, reason) => {
    expect(outline(await collect(readFeed(FIXTURES + name)))).toEqual([[name, reason]]);
  });

  it('should report malformed XML as one failure', () => {
    const results = [...parseFeed('<rss><channel><item><title>Cut</title></channel>', 'cut.rss')];
    expect(results).toHaveLength(1);
    expect('reason' in results[0]! && results[0]!.reason).toMatch(/^The feed is not well-formed XML \(.+\); skipped\.$/);
  });
});

describe('feedDate', () => {
  it.each([
    ['Tue, 04 Oct 2022 09:30:00 +0400', '2022-10-04T09:30:00+04:00'],
    ['Tue, 4 Oct 2022 01:00:00 +0900', '2022-10-04T01:00:00+09:00'],
    ['Mon, 18 Jul 2022 04:30:00 GMT', '2022-07-18T04:30:00Z'],
    ['18 July 2022 23:10 EDT', '2022-07-18T23:10:00-04:00'],
    ['Mon, 18 Jul 2022 04:30:00 XYZ', '2022-07-18'],
    ['2022-10-04T07:00:00Z', '2022-10-04T07:00:00Z'],
  ])('should turn %s into %s, keeping the local date', (input, expected) => {
    expect(feedDate(input)).toBe(expected);
  });
});
