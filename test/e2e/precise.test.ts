import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/document.js';
import { ROOT, runCli } from '../helpers/cli.js';

/**
 * `--precise` turns the learned filter (src/stages/confidence) on for `code`, and for `ingest` on
 * worker threads too: each thread builds its own coder from the options it is sent.
 */
const dir = mkdtempSync(join(tmpdir(), 'chronicle-precise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = join(ROOT, 'examples', 'azerbaijan-releases-17-prisoners.txt');
const events = (stdout: string) => stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CodedEvent);

describe('--precise', () => {
  it('codes the example page with each event\'s learned score, keeping a subset of the rules\' events', async () => {
    const [plain, precise] = await Promise.all([runCli(['code', EXAMPLE]), runCli(['code', EXAMPLE, '--precise'])]);
    expect(plain.status).toBe(0);
    expect(precise.status).toBe(0);
    const all = events(plain.stdout);
    const kept = events(precise.stdout);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(all.length);
    const key = (e: CodedEvent) => `${e.event}@${e.evidence.trigger.start}`;
    expect(kept.map(key).every((k) => all.map(key).includes(k))).toBe(true);
    expect(kept.every((e) => /^learned probability an analyst keeps it \d\.\d\d /.test(e.why.at(-1) ?? ''))).toBe(true);
    expect(all.some((e) => e.why.some((w) => w.startsWith('learned probability')))).toBe(false);
  }, 240_000);

  it('stamps the ingest run with the filter\'s stage when coding on worker threads', async () => {
    const db = join(dir, 'precise.db');
    const result = await runCli(['ingest', EXAMPLE, '--db', db, '--workers', '2', '--precise']);
    expect(result.status).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const versions = JSON.parse((sqlite.prepare('SELECT versions FROM runs').get() as { versions: string }).versions) as string[];
    const whys = (sqlite.prepare('SELECT why FROM events').all() as { why: string }[]).map((r) => JSON.parse(r.why) as string[]);
    sqlite.close();
    expect(versions.some((v) => v.startsWith('event-confidence@'))).toBe(true);
    expect(whys.length).toBeGreaterThan(0);
    // Scored in the worker threads, which built their coders with the filter.
    expect(whys.every((why) => why.some((w) => w.startsWith('learned probability an analyst keeps it')))).toBe(true);
  }, 240_000);
});
