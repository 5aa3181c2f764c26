import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { ROOT, runCliAsync } from '../helpers/cli.js';
import { inspectStore } from './store-check.js';

/**
 * Crash safety: `chronicle ingest` is killed with SIGKILL (no clean-up runs) while it works
 * through a folder of 60 distinct articles, twice at different points, then run again to the
 * end. The store must then hold every article exactly once, each coded article with its events
 * and sentences, and — right after each kill — nothing half-saved: each document is one
 * transaction, so a kill inside it leaves no trace of that document.
 */
const ARTICLES = 60;
const dir = mkdtempSync(join(tmpdir(), 'chronicle-crash-'));
const folder = join(dir, 'articles');
const MAIN = join(ROOT, 'src/cli/main.ts');

beforeAll(() => {
  mkdirSync(folder);
  for (const [i, a] of generateCorpus(ARTICLES, 101).entries()) {
    writeFileSync(join(folder, `article-${String(i).padStart(2, '0')}.txt`), a.text);
    writeFileSync(join(folder, `article-${String(i).padStart(2, '0')}.meta.json`), JSON.stringify({ published: a.published }));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Documents stored so far, or -1 while the store cannot be read yet (not created, mid-migration). */
function storedCount(db: string): number {
  try {
    const handle = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (handle.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch {
    return -1;
  }
}

/** Starts an ingest and SIGKILLs it once `killAt` documents are stored; resolves with the count seen at the kill. */
function ingestAndKill(db: string, workers: number, killAt: number): Promise<{ killedAt: number; exited: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', folder, '--db', db, '--workers', String(workers)], {
      cwd: ROOT, env: { ...process.env, CHRONICLE_DB: '' }, stdio: 'ignore',
    });
    let killedAt = -1;
    const poll = setInterval(() => {
      const n = storedCount(db);
      if (n >= killAt && killedAt < 0) {
        killedAt = n;
        child.kill('SIGKILL');
      }
    }, 25);
    const deadline = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('ingest did not reach the kill point in 90 s')); }, 90_000);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(deadline);
      resolve({ killedAt, exited: signal ?? `code ${code}` });
    });
  });
}

describe.each([1, 2])('chronicle ingest killed with SIGKILL (--workers %i)', (workers) => {
  const db = join(dir, `crash-${workers}.db`);
  const kills: { killedAt: number; exited: string; problems: string[]; stored: number }[] = [];

  beforeAll(async () => {
    for (const killAt of [8, 30]) {
      const outcome = await ingestAndKill(db, workers, killAt);
      const facts = inspectStore(db);
      kills.push({ ...outcome, problems: facts.problems, stored: facts.documents.length });
    }
    if (process.env.SHOW_FIGURES) console.log(`workers ${workers}:`, JSON.stringify(kills));
  }, 200_000);

  it('should have been killed mid-batch both times, leaving nothing half-saved', () => {
    for (const kill of kills) {
      expect(kill.exited).toBe('SIGKILL');
      expect(kill.stored).toBeGreaterThan(0);
      expect(kill.stored).toBeLessThan(ARTICLES);
      expect(kill.problems).toEqual([]);
    }
  });

  it('should finish on a re-run with every article stored exactly once, with its events and sentences', async () => {
    const result = await runCliAsync(['ingest', folder, '--db', db, '--workers', String(workers)]);
    expect(result.status, result.stderr).toBe(0);
    const counts = JSON.parse(result.stdout) as { inputs: number; existing: number; inserted: number };
    expect(counts.inputs).toBe(ARTICLES);
    expect(counts.existing).toBe(kills.at(-1)!.stored);
    expect(counts.existing + counts.inserted).toBe(ARTICLES);

    const facts = inspectStore(db);
    if (process.env.SHOW_FIGURES) console.log(`workers ${workers} re-run:`, result.stdout.trim(), 'events', [...facts.eventsByDoc.values()].reduce((a, b) => a + b, 0), 'statuses', JSON.stringify(facts.documents.reduce<Record<string, number>>((m, d) => ({ ...m, [d.status]: (m[d.status] ?? 0) + 1 }), {})));
    expect(facts.problems).toEqual([]);
    expect(facts.documents).toHaveLength(ARTICLES);
    expect(new Set(facts.documents.map((d) => d.uri)).size).toBe(ARTICLES);
    const coded = facts.documents.filter((d) => d.status === 'coded');
    expect(coded.length).toBeGreaterThan(ARTICLES * 0.8);
    for (const doc of coded) {
      expect(facts.sentencesByDoc.get(doc.id), doc.uri).toBeGreaterThan(0);
      expect(facts.eventsByDoc.get(doc.id) ?? 0, doc.uri).toBeGreaterThan(0);
    }
    // A third run adds nothing: the store is complete.
    const again = JSON.parse((await runCliAsync(['ingest', folder, '--db', db, '--workers', String(workers)])).stdout) as { existing: number; inserted: number };
    expect(again).toMatchObject({ existing: ARTICLES, inserted: 0 });
  });
});
