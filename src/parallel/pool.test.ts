import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { docFromRaw } from '../ingest/load.js';
import { createCoderPool } from './pool.js';

const WIRE = ['geneva-talks-wire.txt', 'prisoners-release.txt', 'geneva-talks-analysis.txt']
  .map((name) => readFileSync(new URL(`../../test/fixtures/ingest/wire/${name}`, import.meta.url), 'utf8'));
const doc = (text: string, i: number) => docFromRaw(text, `wire-${i}.txt`, 'text', { published: '2022-10-04' });
const eventsOf = (d: ArticleDoc) => d.events.map((e) => `${e.event} ${e.mode ?? '-'} ${d.text.slice(e.evidence.trigger.start, e.evidence.trigger.end)} ${e.date ?? '-'}`);

describe('createCoderPool', () => {
  it('should replace a thread after recycleAfter documents and code on exactly as the thread it replaced', async () => {
    const inThread = createCoderPool(1);
    const expected = [];
    for (const [i, text] of WIRE.entries()) expected.push(eventsOf((await inThread.code(doc(text, i))).doc));
    // A budget puts the coder on a thread even with one worker.
    const pool = createCoderPool(1, { timeoutMs: 300_000, recycleAfter: 2 });
    try {
      const got = [];
      for (const [i, text] of WIRE.entries()) {
        const { status, doc: coded } = await pool.code(doc(text, i));
        expect(status).toEqual({ status: 'coded' });
        got.push(eventsOf(coded));
      }
      expect(got).toEqual(expected);
      expect(expected.flat().length).toBeGreaterThan(0);
      // The first thread coded two documents and was replaced; the third document went to its successor.
      expect(pool.threadsStarted).toBe(2);
    } finally {
      await pool.close();
    }
  }, 600_000);
});
