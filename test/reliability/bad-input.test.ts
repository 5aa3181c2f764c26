import Database from 'better-sqlite3';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import type { ArticleDoc } from '../../src/core/document.js';
import type { InputFailure } from '../../src/ingest/load.js';
import { docFromItem, isInputFailure, readInputs } from '../../src/ingest/readers/index.js';
import { ingestStream } from '../../src/ingest/run-ingest.js';
import { createDocumentCoder } from '../../src/pipeline/default.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { inspectStore, type StoreFacts } from './store-check.js';

/**
 * The bad-input matrix: one folder holds every kind of bad input next to good articles, it is
 * ingested once into a real SQLite file (the way `chronicle ingest` does it: readers →
 * `docFromItem` → `ingestStream`), and each row then checks its own outcome — a clear message
 * naming the input — and that the store holds nothing half-done.
 */
const dir = mkdtempSync(join(tmpdir(), 'chronicle-bad-input-'));
const inputs = join(dir, 'inputs');
const dbPath = join(dir, 'bad-input.db');
const MB = 1024 * 1024;
const corpus = generateCorpus(8, 41);
const article = (i: number): string => corpus[i]!.text;

/** What ingest said about each input: uri → outcome and reason. */
const outcomes = new Map<string, { outcome: string; reason?: string }>();
let facts: StoreFacts;
let ingestMs = 0;

function file(name: string, content: string | Uint8Array): string {
  const path = join(inputs, name);
  writeFileSync(path, content);
  return path;
}

/** A WARC response record holding an HTML page, gzipped on its own as CC-NEWS does. */
function warcRecord(url: string, html: string): Buffer {
  const block = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2022-10-04T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`;
  return gzipSync(Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]));
}

const page = (body: string): string => `<!DOCTYPE html><html><head><title>News</title></head><body><article>${body}</article></body></html>`;
const paragraphs = (text: string): string => text.split(/\n\n+/).map((p) => `<p>${p}</p>`).join('\n');

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n  ')}
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>`;

beforeAll(async () => {
  mkdirSync(inputs);
  file('good.txt', readFileSync(new URL('../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url)));
  // Binary files: a PNG named .html, and random bytes with NULs named .txt.
  file('photo.html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]));
  file('random.txt', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
  file('empty.html', '');
  // 100 MB, written in 1 MB chunks so the test itself never holds it.
  const huge = openSync(join(inputs, 'huge.html'), 'w');
  const chunk = Buffer.from(`<p>${'Police arrested protesters in the capital. '.repeat(MB / 44 - 1)}</p>`.padEnd(MB, ' '));
  for (let i = 0; i < 100; i++) writeSync(huge, chunk);
  closeSync(huge);
  file('nested.html', `<html><body>${'<div>'.repeat(100_000)}<p>Azerbaijan released 17 Armenian prisoners on Tuesday.</p>${'</div>'.repeat(100_000)}</body></html>`);
  file('malformed.html', `<html><body><div><p>${article(0).split('\n\n').slice(0, 6).join('</b><p><i>')}<<<>>> </p <table><tr><td>${article(0).split('\n\n')[6] ?? ''}</div></div></span></html><p>Trailing`);
  // Invalid UTF-8: windows-1252 bytes (0xE9 é, 0x93/0x94 curly quotes) mixed into UTF-8 text.
  file('latin1.txt', Buffer.concat([Buffer.from(`${article(1)}\n\n`), Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20]), Buffer.from(' officials said. \u00e9 again in UTF-8.\n')]));
  const lines = [2, 3, 7].map((i) => JSON.stringify({ id: `j${i}`, title: `Story ${i}`, text: article(i), published: '2022-10-04' }));
  file('cut.jsonl.gz', gzipSync(lines.join('\n')).subarray(0, Math.floor(gzipSync(lines.join('\n')).length * 0.6)));
  const good = warcRecord('https://news.example/a', page(paragraphs(article(4))));
  const second = warcRecord('https://news.example/b', page(paragraphs(article(5))));
  file('cut.warc.gz', Buffer.concat([good, second.subarray(0, Math.floor(second.length / 2))]));
  file('broken.jsonl', [
    JSON.stringify({ title: 'Clashes', text: article(6) }),
    '{"title": "cut", "text": "Azerbaijan rele',
    '[1, 2, 3]',
    JSON.stringify({ title: 'No text', url: 'https://news.example/x' }),
  ].join('\n'));
  file('laughs.rss', LAUGHS);
  file('february-30.txt', 'Protest in Yerevan\n\nArmenian police arrested 20 protesters in Yerevan on February 30, 2022, the interior ministry said on Tuesday.\n\nThe protesters had demanded the resignation of Prime Minister Nikol Pashinyan.\n');
  file('absurd-numbers.txt', 'Clashes on the border\n\nArmenia said 10^40 people were killed in the clashes with Azerbaijan on Tuesday.\n\nAzerbaijan\'s defence ministry said 999999999999999999999 dead soldiers were counted after Armenian forces attacked its positions.\n');
  file('french.txt', "Libération de prisonniers\n\nL'Azerbaïdjan a libéré mardi dix-sept prisonniers de guerre arméniens, a annoncé le ministère des Affaires étrangères à Bakou, dans le cadre d'un accord négocié par les États-Unis.\n\nLes deux pays se disputent depuis des décennies la région du Haut-Karabakh.\n");
  file('russian.txt', 'Освобождение пленных\n\nАзербайджан во вторник освободил семнадцать армянских военнопленных, сообщило министерство иностранных дел в Баку. Обмен стал возможен при посредничестве США.\n');

  const started = Date.now();
  const store = await openStore(dbPath);
  async function* docs(): AsyncGenerator<ArticleDoc | InputFailure> {
    for await (const r of readInputs([inputs])) yield isInputFailure(r) ? r : docFromItem(r);
  }
  try {
    await ingestStream(docs(), {
      store, workers: 1, versions: createDocumentCoder().versions,
      onItem(outcome, uri, reason) {
        outcomes.set(uri.replace(`${inputs}/`, ''), reason === undefined ? { outcome } : { outcome, reason });
      },
    });
  } finally {
    await store.close();
  }
  ingestMs = Date.now() - started;
  facts = inspectStore(dbPath);
}, 120_000);

afterAll(() => { if (process.env.SHOW_OUTCOMES) console.log(JSON.stringify([...outcomes], null, 1), ingestMs); rmSync(dir, { recursive: true, force: true }); });

const failed = (uri: string) => expect(outcomes.get(uri)?.outcome, `${uri}: ${JSON.stringify(outcomes.get(uri))}`);
const stored = (uri: string) => facts.documents.find((d) => d.uri.endsWith(`/${uri}`));

describe('bad-input matrix (one ingest of a folder of bad inputs into SQLite)', () => {
  it.each([
    ['photo.html', 'The input is a PNG image, not text or HTML; skipped.'],
    ['random.txt', 'The input is binary (it holds NUL bytes), not text or HTML; skipped.'],
    ['empty.html', 'The input is empty (0 bytes); there is nothing to code.'],
    ['huge.html', 'The file is 100 MB, more than the 10 MB an article may have; skipped.'],
    ['laughs.rss', 'The feed declares its own XML entities (<!ENTITY>), which feeds never need and which can expand without bound ("billion laughs"); skipped.'],
  ])('should refuse %s as a read failure with a clear reason', (uri, reason) => {
    expect(outcomes.get(uri)).toEqual({ outcome: 'failed', reason });
    expect(facts.failures.filter((f) => f.uri.endsWith(`/${uri}`))).toEqual([{ uri: join(inputs, uri), stage: 'read', reason }]);
    expect(stored(uri)).toBeUndefined();
  });

  it('should refuse HTML nested 100,000 levels deep in the clean stage, quickly, and record it', () => {
    const reason = 'The HTML nests elements 100000 levels deep, more than the 512 browsers allow; it is not an article page, so it was not parsed.';
    expect(outcomes.get('nested.html')).toEqual({ outcome: 'failed', reason });
    expect(facts.failures.find((f) => f.uri.endsWith('/nested.html'))).toMatchObject({ stage: 'clean', reason });
    expect(stored('nested.html')).toMatchObject({ status: 'failed', text: '' });
  });

  it('should code malformed HTML (unclosed, misnested and stray tags) as far as it reads', () => {
    expect(outcomes.get('malformed.html')?.outcome).toBe('coded');
    const doc = stored('malformed.html')!;
    expect(doc.text).toContain('prisoners');
    expect(facts.eventsByDoc.get(doc.id)).toBeGreaterThan(0);
  });

  it('should read invalid UTF-8 (windows-1252 bytes mixed in) as windows-1252 without replacement characters', () => {
    expect(outcomes.get('latin1.txt')?.outcome).toBe('coded');
    const doc = stored('latin1.txt')!;
    expect(doc.text).toContain('\u201cCafé\u201d');
    expect(doc.text).not.toContain('\uFFFD');
  });

  it('should read the lines of a truncated JSONL.gz before the cut, then name the damage', () => {
    const reason = outcomes.get('cut.jsonl.gz')?.reason ?? '';
    failed('cut.jsonl.gz').toBe('failed');
    expect(reason).toMatch(/^The gzip stream is truncated or corrupt after line \d+ \(.+\); the lines before it were read\.$/);
    const before = [...outcomes.keys()].filter((k) => k.startsWith('cut.jsonl.gz#'));
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((k) => outcomes.get(k)?.outcome)).toEqual(before.map(() => 'coded'));
  });

  it('should read the records of a truncated WARC.gz before the cut, then name the damage', () => {
    expect(outcomes.get('cut.warc.gz#1')?.outcome).toBe('coded');
    failed('cut.warc.gz').toBe('failed');
    expect(outcomes.get('cut.warc.gz')?.reason).toMatch(/^The WARC is truncated or corrupt .*in record 2 .*the 1 record\(s\) before it were read\.$/);
  });

  it.each([
    ['broken.jsonl#2', /^Line 2 is not valid JSON \(.+\); fix or remove the line\.$/],
    ['broken.jsonl#3', /^Line 3 is not a JSON object; each line must be one article/],
    ['broken.jsonl#4', /^Line 4 has no "text" or "html" string field; there is nothing to code\.$/],
  ])('should name the broken JSONL line %s and go on', (uri, reason) => {
    failed(uri).toBe('failed');
    expect(outcomes.get(uri)?.reason).toMatch(reason);
    expect(outcomes.get('broken.jsonl#1')?.outcome).toBe('coded');
  });

  it('should warn about "February 30" and store no date for it', () => {
    const doc = stored('february-30.txt')!;
    expect(doc.status).toBe('coded');
    const diagnostics = JSON.parse(doc.diagnostics) as { ruleId: string; severity: string; actual?: string }[];
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'dates/impossible-date', severity: 'warning' }));
    expect(readEvents(doc.id).map((e) => e.date)).not.toContain('2022-02-30');
  });

  it('should store no absurd figure for "10^40 killed" or "999999999999999999999 dead", and warn about the second', () => {
    const doc = stored('absurd-numbers.txt')!;
    expect(doc.status).toBe('coded');
    const diagnostics = JSON.parse(doc.diagnostics) as { ruleId: string; actual?: string }[];
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'quantities/implausible-count', actual: '999999999999999999999' }));
    for (const event of readEvents(doc.id)) {
      for (const size of Object.values(event.size)) expect(size.value).toBeLessThanOrEqual(10_000_000_000);
      expect(event.size.dead?.value).not.toBe(40);
    }
  });

  it.each([['french.txt', 'fr'], ['russian.txt', 'ru']])('should record %s as skipped, saying which language it is in', (uri, language) => {
    expect(outcomes.get(uri)).toEqual({ outcome: 'skipped', reason: `the article is in '${language}'; Chronicle codes English text only` });
    expect(stored(uri)).toMatchObject({ status: 'skipped', status_reason: `the article is in '${language}'; Chronicle codes English text only` });
    expect(facts.eventsByDoc.get(stored(uri)!.id)).toBeUndefined();
  });

  it('should still code the good article in the same batch', () => {
    expect(outcomes.get('good.txt')?.outcome).toBe('coded');
    expect(facts.eventsByDoc.get(stored('good.txt')!.id)).toBeGreaterThan(3);
  });

  it('should leave no document half-stored and a failure row for every failed input', () => {
    expect(facts.problems).toEqual([]);
    const failedUris = [...outcomes].filter(([, o]) => o.outcome === 'failed').map(([uri]) => join(inputs, uri)).sort();
    expect(facts.failures.map((f) => f.uri).sort()).toEqual(failedUris);
    expect(outcomes.size).toBeGreaterThanOrEqual(20);
  });

  it('should get through the whole batch (100 MB file included) in bounded time', () => {
    expect(ingestMs).toBeLessThan(60_000);
  });
});

/** The stored events of a document: their date column and size JSON. */
function readEvents(docId: string): { date: string | null; size: Record<string, { value: number }> }[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db.prepare('SELECT date, size FROM events WHERE doc_id = ?').all(docId) as { date: string | null; size: string }[];
    return rows.map((r) => ({ date: r.date, size: JSON.parse(r.size) as Record<string, { value: number }> }));
  } finally {
    db.close();
  }
}

describe('size limits on streams', () => {
  it('should stop reading 100 MB on standard input at the 10 MB limit, holding at most that', async () => {
    let produced = 0;
    const stream = Readable.from((function* () {
      const chunk = Buffer.alloc(MB, 0x61);
      for (let i = 0; i < 100; i++) {
        produced += MB;
        yield chunk;
      }
    })());
    const before = process.memoryUsage().rss;
    const results = [];
    for await (const r of readInputs(['-'], { stdin: stream })) results.push(r);
    expect(results).toEqual([{ uri: '-', reason: 'Standard input is larger than the 10 MB an article may have; stopped reading.' }]);
    expect(produced).toBeLessThanOrEqual(12 * MB);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
  });

  it('should refuse a 100 MB page through the real CLI with a message naming the file, and exit 3 (some inputs failed)', async () => {
    const db = join(dir, 'cli.db');
    const result = await runCli(['ingest', join(inputs, 'huge.html'), join(inputs, 'nested.html'), join(inputs, 'french.txt'), '--db', db, '--workers', '1']);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`chronicle: ${join(inputs, 'huge.html')}: failed: The file is 100 MB, more than the 10 MB an article may have; skipped.`);
    expect(result.stderr).toContain(`chronicle: ${join(inputs, 'nested.html')}: failed: The HTML nests elements 100000 levels deep`);
    expect(result.stderr).toContain(`chronicle: ${join(inputs, 'french.txt')}: skipped: the article is in 'fr'`);
    expect(JSON.parse(result.stdout)).toMatchObject({ inputs: 3, failed: 2, skipped: 1, coded: 0 });
    expect(inspectStore(db).problems).toEqual([]);
  });
});
