import { describe, expect, it } from 'vitest';
import { datelineDate, extractHtmlMetadata, isoDate } from './html-metadata.js';

const page = (head: string, body = '<p>Azerbaijan freed 17 Armenian prisoners of war on Tuesday.</p>'): string =>
  `<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

describe('extractHtmlMetadata publication date', () => {
  it.each([
    ['json-ld', page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Azerbaijan releases 17 Armenian prisoners","datePublished":"2022-10-04T10:15:00+04:00","author":{"@type":"Person","name":"Jane Reporter"},"publisher":{"@type":"Organization","name":"World News"}}</script>'), undefined, '2022-10-04T10:15:00+04:00'],
    ['json-ld', page('<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"Article","datePublished":"2022-10-04"}]}</script>'), undefined, '2022-10-04'],
    ['meta', page('<meta property="article:published_time" content="2022-10-04T09:00:00Z">'), undefined, '2022-10-04T09:00:00Z'],
    ['meta', page('<meta name="pubdate" content="20221004">'), undefined, '2022-10-04'],
    ['time-element', page('', '<p>Posted <time datetime="2022-10-04">Tuesday</time></p><p>Azerbaijan freed 17 prisoners.</p>'), undefined, '2022-10-04'],
    ['url', page(''), 'https://example.com/world/2022/10/04/azerbaijan-releases-prisoners/', '2022-10-04'],
    ['dateline', page('', '<p>BAKU, October 4, 2022 — Azerbaijan freed 17 Armenian prisoners of war on Tuesday.</p>'), undefined, '2022-10-04'],
    ['dateline', page('', '<p>Published 4 Oct 2022</p><p>Azerbaijan freed 17 Armenian prisoners of war.</p>'), undefined, '2022-10-04'],
  ])('should find the date from %s', (provenance, html, url, expected) => {
    const m = extractHtmlMetadata(html, url);
    expect(m.publishedAt).toBe(expected);
    expect(m.publishedProvenance).toBe(provenance);
  });

  it('should prefer JSON-LD over a URL date', () => {
    const html = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-10-05"}</script>');
    expect(extractHtmlMetadata(html, 'https://example.com/2022/10/04/story').publishedProvenance).toBe('json-ld');
  });

  it('should leave the date out when the page gives none', () => {
    const m = extractHtmlMetadata(page('<title>Talks</title>'));
    expect(m.publishedAt).toBeUndefined();
    expect(m.publishedProvenance).toBeUndefined();
  });

  it('should skip a broken JSON-LD block and use the next source', () => {
    const m = extractHtmlMetadata(page('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="article:published_time" content="2022-10-04">'));
    expect(m).toMatchObject({ publishedAt: '2022-10-04', publishedProvenance: 'meta' });
  });

  it('should not throw on an empty page', () => {
    expect(extractHtmlMetadata('')).toEqual({});
    expect(extractHtmlMetadata('', 'https://example.com/2022/10/04/a')).toMatchObject({ publishedProvenance: 'url' });
  });
});

describe('extractHtmlMetadata other fields', () => {
  const html = page('<title>Azerbaijan releases 17 Armenian prisoners | World News</title>' +
    '<meta property="og:title" content="Azerbaijan releases 17 Armenian prisoners with US mediation">' +
    '<meta property="og:site_name" content="World News"><meta name="author" content="Jane Reporter">' +
    '<link rel="canonical" href="https://example.com/world/azerbaijan-prisoners">');

  it.each([
    ['title', 'Azerbaijan releases 17 Armenian prisoners with US mediation'],
    ['siteName', 'World News'],
    ['author', 'Jane Reporter'],
    ['url', 'https://example.com/world/azerbaijan-prisoners'],
    ['language', 'en'],
  ] as const)('should read the %s', (field, expected) => {
    expect(extractHtmlMetadata(html)[field]).toBe(expected);
  });
});

describe('isoDate and datelineDate', () => {
  it.each([
    ['2022-10-04T09:00:00Z', '2022-10-04T09:00:00Z'], ['2022/10/04', '2022-10-04'], ['2022-02-30', undefined], ['Oct. 4, 2022', '2022-10-04'], ['soon', undefined],
    ['2022-10', '2022-10'], ['2022', '2022'], ['2022-13', undefined],
  ])('should normalise %j', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });

  it('should read "4 October 2022" in a dateline', () => {
    expect(datelineDate('GENEVA, 4 October 2022 (Reuters) - Talks resumed.')).toBe('2022-10-04');
  });
});
