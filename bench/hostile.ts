/**
 * Peak memory and wall time of Chronicle on each class of hostile input of issue 15 (the ones
 * that once looped, crashed or stopped a batch). Each class runs in a child process of its own,
 * so its peak resident memory (`process.resourceUsage().maxRSS`) is its own; the time is the
 * wall time of the reading and coding, model loading excluded.
 *
 *   npx tsx bench/hostile.ts            # every class, one table row each
 *   npx tsx bench/hostile.ts text-100k  # one class
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { docOrFailure, isInputFailure, readInputs, type InputResult } from '../src/ingest/readers/index.js';
import { isFailure } from '../src/ingest/load.js';
import { createDocumentCoder } from '../src/pipeline/default.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const example = readFileSync(join(ROOT, 'examples', 'azerbaijan-releases-17-prisoners.txt'), 'utf8');
const MB = 1024 * 1024;

/** Text with its punctuation (and line breaks) removed, repeated to `chars` characters. */
function unpunctuated(chars: number): string {
  const base = example.replace(/[.,;:!?"“”'’()\-—\n]/g, ' ').replace(/\s+/g, ' ');
  return base.repeat(Math.ceil(chars / base.length)).slice(0, chars);
}

function warcRecord(block: string): Buffer {
  const body = Buffer.from(block);
  return Buffer.concat([Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${body.length}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
}

/** A gzip file of `repeat` copies of one member holding `unit`, between a head and a tail member (gigabytes inflated from megabytes on disk). */
function gzipMembers(path: string, head: string, unit: Buffer, repeat: number, tail: string): void {
  const fd = openSync(path, 'w');
  writeSync(fd, gzipSync(head));
  const member = gzipSync(unit, { level: 9 });
  for (let i = 0; i < repeat; i++) writeSync(fd, member);
  writeSync(fd, gzipSync(tail));
  closeSync(fd);
}

async function outcomes(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const r of readInputs(paths) as AsyncIterable<InputResult>) out.push(isInputFailure(r) ? `failed: ${r.reason.slice(0, 70)}` : `item (${r.raw.length} chars)`);
  return out;
}

type Run = (dir: string) => Promise<{ what: string; outcome: string; time: () => Promise<void> | void }>;

/** Each class: builds its input (not timed), then `time` is the timed part. */
const CLASSES: Record<string, Run> = {
  async 'warc-negative-chunk'(dir) {
    const path = join(dir, 'chunk.warc');
    writeFileSync(path, Buffer.concat([warcRecord(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>${example}</p>`),
      warcRecord('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n-6\r\nabc\r\n0\r\n\r\n')]));
    let result: string[] = [];
    return { what: 'WARC response with chunk size `-6` after a good record', get outcome() { return result.join('; '); }, time: async () => { result = await outcomes([path]); } };
  },
  async 'html-no-element'(dir) {
    const text = example.split('\n\n').slice(1).join('\n\n');
    writeFileSync(join(dir, 'tagless.html'), text);
    writeFileSync(join(dir, 'plain.jsonl'), `${JSON.stringify({ html: text.replace('Azerbaijan', 'Baku') })}\n`);
    writeFileSync(join(dir, 'feed.rss'), `<rss version="2.0"><channel><title>W</title><item><title>T</title><description>${text.replace('Armenia', 'Yerevan').replace(/&/g, '&amp;')}</description></item></channel></rss>`);
    writeFileSync(join(dir, 'label.html'), `<html><head><meta charset="utf-16"></head><body><p>${text.replace(/\n\n/g, '</p><p>')}</p></body></html>`);
    const coder = createDocumentCoder({ onStageError: 'record' });
    const seen: string[] = [];
    return { what: 'tagless .html, JSONL `html` of plain text, RSS plain-text description, `charset=utf-16` over ASCII', get outcome() { return seen.join(', '); }, time: async () => {
      for await (const r of readInputs([join(dir, 'tagless.html'), join(dir, 'plain.jsonl'), join(dir, 'feed.rss'), join(dir, 'label.html')])) {
        const doc = isInputFailure(r) ? r : docOrFailure(r);
        seen.push(isFailure(doc) ? 'failed' : `${coder.code(doc).status} (${doc.events.length} events)`);
      }
    } };
  },
  async 'jsonl-gz-3gb-line'(dir) {
    const path = join(dir, 'line.jsonl.gz');
    gzipMembers(path, '{"text":"', Buffer.alloc(MB, 0x61), 3072, `"}\n${JSON.stringify({ text: example })}\n`);
    let result: string[] = [];
    return { what: '`.jsonl.gz` (3 MB) whose first line inflates to 3 GB, then a good line', get outcome() { return result.join('; '); }, time: async () => { result = await outcomes([path]); } };
  },
  async 'jsonl-gz-4gb-newlines'(dir) {
    const path = join(dir, 'newlines.jsonl.gz');
    gzipMembers(path, '', Buffer.alloc(MB, 0x0a), 4096, `${JSON.stringify({ text: example })}\n`);
    let result: string[] = [];
    return { what: '`.jsonl.gz` (4 MB) of 4 GB of newlines, then a good line', get outcome() { return result.join('; '); }, time: async () => { result = await outcomes([path]); } };
  },
  async 'dev-zero'() {
    let result: string[] = [];
    return { what: '`ingest /dev/zero` (stat says 0 bytes)', get outcome() { return result.join('; '); }, time: async () => { result = await outcomes(['/dev/zero']); } };
  },
  ...Object.fromEntries([25_000, 100_000, 1_000_000].map((chars) => [`text-${chars >= 1e6 ? `${chars / 1e6}m` : `${chars / 1000}k`}`, async () => {
    const coder = createDocumentCoder({ onStageError: 'record' });
    const item = { uri: 'x.txt', raw: unpunctuated(chars), format: 'text' as const, meta: {} };
    let status = '';
    return { what: `${chars.toLocaleString('en')} characters of news text without punctuation`, get outcome() { return status; }, time: () => {
      const doc = docOrFailure(item);
      status = isFailure(doc) ? 'failed' : `${coder.code(doc).status} (${doc.sentences.length} sentences)`;
    } };
  }])),
  async 'entities-6mb'() {
    const coder = createDocumentCoder({ onStageError: 'record' });
    const item = { uri: 'x.html', raw: `<html><body><p>${'&amp;'.repeat(1_200_000)}</p><p>${example.split('\n\n').join('</p><p>')}</p></body></html>`, format: 'html' as const, meta: {} };
    let status = '';
    return { what: '6 MB page of 1.2 million `&amp;` entities before an article', get outcome() { return status; }, time: () => {
      const doc = docOrFailure(item);
      status = isFailure(doc) ? 'failed' : `${coder.code(doc).status} (${doc.events.length} events)`;
    } };
  },
};

async function runOne(name: string): Promise<void> {
  const run = CLASSES[name];
  if (!run) throw new Error(`Unknown class '${name}'; one of ${Object.keys(CLASSES).join(', ')}.`);
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-hostile-bench-'));
  try {
    const job = await run(dir);
    const started = performance.now();
    await job.time();
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`${JSON.stringify({ name, what: job.what, seconds: Math.round(seconds * 100) / 100, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome: job.outcome })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const name = process.argv[2];
if (name) await runOne(name);
else {
  process.stdout.write('| class | input | wall time | peak RSS | outcome |\n| --- | --- | --- | --- | --- |\n');
  for (const each of Object.keys(CLASSES)) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), each], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    try {
      const r = JSON.parse(line) as { what: string; seconds: number; peakRssMb: number; outcome: string };
      process.stdout.write(`| \`${each}\` | ${r.what} | ${r.seconds} s | ${r.peakRssMb} MB | ${r.outcome.replace(/\|/g, '\\|')} |\n`);
    } catch {
      process.stdout.write(`| \`${each}\` | (failed: exit ${child.status}) | | | ${child.stderr.trim().split('\n').at(-1) ?? ''} |\n`);
    }
  }
}
