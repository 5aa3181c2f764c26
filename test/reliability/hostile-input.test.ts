import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { docFromRaw } from '../../src/ingest/load.js';
import { readInputs } from '../../src/ingest/readers/index.js';
import { readJsonl } from '../../src/ingest/readers/jsonl.js';
import { isInputFailure, type InputResult } from '../../src/ingest/readers/types.js';
import { ingestStream } from '../../src/ingest/run-ingest.js';
import { signatureRecord } from '../../src/ingest/near-duplicates.js';
import { openStore } from '../../src/store/index.js';
import { makeDoc } from '../helpers/make-doc.js';
import { MAIN, ROOT, runCli } from '../helpers/cli.js';
import { inspectStore } from './store-check.js';

/**
 * Hostile inputs, one class per test, each of which once stopped a batch (see docs/reliability.md,
 * "Hostile input"). Fixtures are generated here, small: the caps are options, so a 3 GB blow-up
 * shows with a cap of a few kilobytes.
 */
const dir = mkdtempSync(join(tmpdir(), 'chronicle-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = readFileSync(new URL('../../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url), 'utf8');
const lead = example.split('\n\n').slice(0, 3).join('\n\n');
const corpus = generateCorpus(6, 77);

async function collect(results: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

function warcRecord(block: string): Buffer {
  const body = Buffer.from(block);
  return Buffer.concat([Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${body.length}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
}

describe('one batch of hostile inputs through `chronicle ingest`', () => {
  const inputs = join(dir, 'batch');
  const db = join(dir, 'batch.db');
  let result: Awaited<ReturnType<typeof runCli>>;
  const outside = join(dir, 'secret.txt');

  beforeAll(async () => {
    mkdirSync(inputs);
    const file = (name: string, content: string | Uint8Array) => writeFileSync(join(inputs, name), content);
    file('a-good.txt', example);
    // HTML with no element at all: each once threw in metadata extraction and ended the run.
    file('b-tagless.html', corpus[0]!.text);
    file('c-feed.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><link>https://news.example/talks</link><description>${corpus[1]!.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item></channel></rss>`);
    file('d-plain.jsonl', `${JSON.stringify({ title: 'Plain', html: corpus[2]!.text })}\n`);
    file('e-utf16-label.html', `<html><head><meta charset="utf-16"></head><body><p>${lead.replace(/\n\n/g, '</p><p>')}</p></body></html>`);
    // UTF-16 and UTF-32 with a byte-order mark: once refused as binary.
    file('f-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(corpus[3]!.text, 'utf16le')]));
    const utf32 = Buffer.alloc(4 + lead.length * 4);
    utf32.writeUInt32BE(0xfeff, 0);
    [...lead].forEach((c, i) => utf32.writeUInt32BE(c.codePointAt(0)!, 4 + i * 4));
    file('g-utf32.txt', utf32.subarray(0, 4 + [...lead].length * 4));
    // A chunked WARC body with a negative chunk size after a good record: once an endless loop.
    file('h-chunked.warc', Buffer.concat([
      warcRecord(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article><p>${corpus[4]!.text.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`),
      warcRecord('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n-6\r\nabc\r\n0\r\n\r\n'),
    ]));
    // A valid gzip member followed by garbage: once lost the valid lines.
    file('i-garbage.jsonl.gz', Buffer.concat([gzipSync(`${JSON.stringify({ text: corpus[5]!.text })}\n`), Buffer.from('not gzip at all')]));
    // A link out of the folder: once read and stored.
    writeFileSync(outside, 'root:x:0:0:root:/root:/bin/bash — a secret the folder links to.');
    symlinkSync(outside, join(inputs, 'j-link.txt'));
    result = await runCli(['ingest', inputs, ...(existsSync('/dev/zero') ? ['/dev/zero'] : []), '--db', db, '--workers', '1', '--published', '2022-10-04']);
  }, 120_000);

  it('should finish with exit 3 (some inputs failed, the rest stored), every input named, and no internal error', () => {
    if (process.env.SHOW_OUTCOMES) console.log(result.stderr, result.stdout);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.status, result.stderr).toBe(3);
    const counts = JSON.parse(result.stdout) as Record<string, number>;
    expect(counts).toMatchObject({ inputs: 13, inserted: 9, coded: 9, failed: 4 });
  });

  it.each([
    ['b-tagless.html'], ['c-feed.rss#1'], ['d-plain.jsonl#1'], ['e-utf16-label.html'], ['f-utf16.txt'], ['g-utf32.txt'], ['h-chunked.warc#1'], ['i-garbage.jsonl.gz#1'],
  ])('should code %s', (uri) => {
    const doc = inspectStore(db).documents.find((d) => d.uri === join(inputs, uri));
    expect(doc?.status, uri).toBe('coded');
    expect(doc!.text.length).toBeGreaterThan(100);
    expect(doc!.text).not.toMatch(/[\u0000\uFFFD]/);
  });

  it.each([
    ['h-chunked.warc#2', /chunk size is not hexadecimal \('-6'\)/],
    ['i-garbage.jsonl.gz', /not gzip data.*every line before them was read/],
    ['j-link.txt', /symbolic link to .*secret\.txt, outside the folder given; not followed \(use --follow-symlinks/],
    ...(existsSync('/dev/zero') ? [['/dev/zero', /larger than the 10 MB an article may have; stopped reading/] as [string, RegExp]] : []),
  ])('should record %s as failed with the reason', (uri, reason) => {
    const facts = inspectStore(db);
    const where = uri.startsWith('/') ? uri : join(inputs, uri);
    expect(facts.failures.find((f) => f.uri === where)?.reason).toMatch(reason);
    expect(result.stderr).toContain(where);
  });

  it('should store nothing from outside the folder, half-save nothing, and finish the run', () => {
    const facts = inspectStore(db);
    expect(facts.documents.some((d) => d.text.includes('root:x:0:0'))).toBe(false);
    expect(facts.problems).toEqual([]);
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.prepare('SELECT count(*) AS n FROM runs WHERE finished_at IS NULL').get()).toEqual({ n: 0 });
    } finally {
      sqlite.close();
    }
  });

  it('should read the link with followSymlinks (--follow-symlinks)', async () => {
    const linked = join(dir, 'linked');
    mkdirSync(linked);
    symlinkSync(outside, join(linked, 'link.txt'));
    const read = async (followSymlinks: boolean) => (await collect(readInputs([linked], { followSymlinks }))).map((r) => (isInputFailure(r) ? 'failed' : r.raw));
    expect(await read(false)).toEqual(['failed']);
    expect(await read(true)).toEqual([readFileSync(outside, 'utf8')]);
  });
});

describe('JSON Lines over the caps (caps of kilobytes standing for gigabytes)', () => {
  const good = JSON.stringify({ text: example });

  it.each([false, true])('should skip a line longer than maxArticleBytes without keeping it, and read the next line (gzip: %s)', async (gzipped) => {
    const long = JSON.stringify({ text: 'Police arrested protesters. '.repeat(20_000) });
    const path = join(dir, `long-line.jsonl${gzipped ? '.gz' : ''}`);
    const content = `${good}\n${long}\n${good.replace('Azerbaijan', 'Azerbaijan today')}\n`;
    writeFileSync(path, gzipped ? gzipSync(content) : content);
    const results = await collect(readJsonl(path, { maxArticleBytes: 64 * 1024 }));
    expect(results.map((r) => (isInputFailure(r) ? r.reason : 'item'))).toEqual([
      'item', 'Line 2 is 547 KB, longer than the 64 KB an article may have; skipped without reading it.', 'item',
    ]);
  });

  it('should stop a gzip stream at maxFileBytes of decompressed bytes and keep the lines before', async () => {
    const path = join(dir, 'bomb.jsonl.gz');
    writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(`${good}\n`), Buffer.alloc(8 * 1024 * 1024, 0x0a)])));
    const results = await collect(readJsonl(path, { maxFileBytes: 1024 * 1024 }));
    expect(results).toHaveLength(2);
    expect(isInputFailure(results[0]!)).toBe(false);
    expect(isInputFailure(results[1]!) && results[1].reason).toMatch(/^The file holds more than 1 MB after decompression; stopped reading after line \d+, the lines before it were read\.$/);
  });
});

describe('the per-document time budget in ingest', () => {
  it('should record a document that codes too long as failed, code the others, and finish the run', async () => {
    const store = await openStore(join(dir, 'budget.db'));
    // Text without punctuation: its sentences are cut, so it codes in linear time, but 1.8 MB of it
    // still takes far more than the 3 s budget of this test, which leaves the ordinary documents
    // room on a loaded machine (their coding took over 1 s when other work ran beside it).
    const slow = example.replace(/[.,;:!?"“”'’()\-—\n]/g, ' ').repeat(600);
    const docs = [docFromRaw(example, 'first.txt', 'text'), docFromRaw(slow, 'slow.txt', 'text'), docFromRaw(corpus[0]!.text, 'last.txt', 'text')];
    const outcomes: [string, string, string?][] = [];
    try {
      const { runId, counts } = await ingestStream(docs, { store, workers: 1, versions: [], timeoutMs: 3000, onItem: (outcome, uri, reason) => outcomes.push([uri, outcome, reason]) });
      expect(outcomes).toHaveLength(3);
      expect(counts, JSON.stringify(outcomes)).toMatchObject({ coded: 2, failed: 1 });
      expect(outcomes.find(([uri]) => uri === 'slow.txt')).toEqual(['slow.txt', 'failed', expect.stringMatching(/^Coding took longer than 3 s/)]);
      expect((await store.listRuns()).find((r) => r.id === runId)).toMatchObject({ state: 'finished' });
    } finally {
      await store.close();
    }
    const facts = inspectStore(join(dir, 'budget.db'));
    expect(facts.failures.find((f) => f.uri === 'slow.txt')).toMatchObject({ stage: 'budget' });
    expect(facts.documents.filter((d) => d.status === 'coded').map((d) => d.uri).sort()).toEqual(['first.txt', 'last.txt']);
  }, 120_000);
});

describe('the document and its near-duplicate signature in one transaction', () => {
  it('should store neither when the signature cannot be written, and both when it can', async () => {
    const path = join(dir, 'signature.db');
    const store = await openStore(path);
    const doc = makeDoc(example);
    const signature = signatureRecord(doc)!;
    const runId = await store.startRun([]);
    const raw = new Database(path);
    try {
      // A crash between the document's insert and its signature's, made deterministic.
      raw.exec("CREATE TRIGGER no_bands BEFORE INSERT ON near_duplicate_bands BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
      await expect(store.saveDocument(doc, runId, { status: 'coded' }, { signature })).rejects.toThrow(/disk gone/);
      expect(await store.hasDocument(doc.id)).toBe(false);
      expect(raw.prepare('SELECT count(*) AS n FROM near_duplicate_signatures').get()).toEqual({ n: 0 });
      raw.exec('DROP TRIGGER no_bands');
      expect(await store.saveDocument(doc, runId, { status: 'coded' }, { signature })).toBe('inserted');
      expect(raw.prepare('SELECT count(*) AS n FROM near_duplicate_signatures WHERE doc_id = ?').get(doc.id)).toEqual({ n: 1 });
      expect(raw.prepare('SELECT count(DISTINCT band_key) AS n FROM near_duplicate_bands WHERE doc_id = ?').get(doc.id)).toEqual({ n: new Set(signature.bandKeys).size });
    } finally {
      raw.close();
      await store.close();
    }
  });
});

describe('the ingest token off the command line', () => {
  it('should serve ingest with the token of --token-file, coding on its pool thread, and stop on SIGTERM', async () => {
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'file-token-1234\nsecond line ignored\n');
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--db', join(dir, 'served.db'), '--enable-ingest', '--token-file', tokenFile, '--port', '0'], {
      cwd: ROOT, env: { ...process.env, CHRONICLE_DB: '', CHRONICLE_TOKEN: '' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let stderr = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
          stderr += chunk;
          const at = / at (http:\/\/\S+) /.exec(stderr)?.[1];
          if (at && /API ready/.test(stderr)) resolve(at);
        });
        void exited.then((code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
      });
      const post = (token: string) => fetch(`${url}api/ingest`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ text: lead }] }),
      });
      expect((await post('wrong-token')).status).toBe(401);
      const res = await post('file-token-1234');
      expect(res.status).toBe(200);
      expect(((await res.json()) as { results: { status: string; events: number }[] }).results[0]).toMatchObject({ status: 'inserted', events: expect.any(Number) });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
    expect(stderr).not.toMatch(/warning: --token/);
  }, 120_000);

  it('should refuse an empty --token-file with a clear message', async () => {
    const empty = join(dir, 'empty-token');
    writeFileSync(empty, '\n');
    const result = await runCli(['serve', '--db', join(dir, 'serve.db'), '--enable-ingest', '--token-file', empty, '--port', '0']);
    // The file is wrong, not the command line: exit 1, one line, no stack trace.
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--token-file .*empty-token is empty; put the token on its first line\./);
  });
});
