import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/document.js';
import { ROOT, runCli } from '../helpers/cli.js';

/** Issue 16: every event names the article it came from by the input's own id, not only by a hash. */
describe('the source of every event', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-source-'));
  const db = join(dir, 'test.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fixtures = join(ROOT, 'test/fixtures/ingest');
  mkdirSync(join(dir, 'in/asia'), { recursive: true });
  copyFileSync(join(fixtures, 'folder/b-sri-lanka.html'), join(dir, 'in/asia/sri-lanka.html'));
  const ingest = runCli(['ingest', join(fixtures, 'news.jsonl'), join(dir, 'in'), '--db', db, '--workers', '1']);
  const events = runCli(['events', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as CodedEvent);

  it('should keep the JSONL record\'s own id, URL and title', () => {
    expect(ingest.stdout).toMatch(/"coded":/);
    const wire = events.find((e) => e.source.id === 'wire-1');
    expect(wire?.source).toEqual({
      id: 'wire-1', url: 'https://example.org/2022/10/04/prisoners', title: 'Azerbaijan releases 17 Armenian prisoners after US mediation',
      outlet: expect.any(String), published: expect.any(String),
    });
    expect(wire?.doc_id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('should name a file found in a folder by its path inside that folder', () => {
    const ids = new Set(events.map((e) => e.source.id));
    expect(ids).toContain('asia/sri-lanka.html');
    expect([...ids].filter((id) => id.includes(dir))).toEqual([]);
  });

  it('should write the same source columns in events --format csv as in export --format csv', () => {
    const events = runCli(['events', '--db', db, '--format', 'csv']).stdout;
    const exported = runCli(['export', '--db', db, '--format', 'csv']).stdout;
    expect(events).toBe(exported);
    expect(events.split('\r\n')[0]).toMatch(/^id,doc_id,source_id,source_url,source_title,source_outlet,source_published,/);
  });
});
