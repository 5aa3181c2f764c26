import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { docFromRaw } from '../ingest/load.js';
import { consultedKey, PeopleMemory, type KnownPerson } from '../memory/index.js';
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

  it('should send back what each coding asked the corpus memory, from the calling thread and from a worker thread', async () => {
    const pashinyan: KnownPerson = {
      name: 'Nikol Pashinyan', code: 'ARM', sector: 'GOV', title: 'Armenian Prime Minister', source: 'learned', how: 'title', firstSeen: null, lastSeen: null, documentId: null,
    };
    const text = 'Pashinyan said on Thursday that a peace treaty with Baku could be signed by the end of the year.';
    for (const pool of [createCoderPool(1, { memory: new PeopleMemory([pashinyan]) }), createCoderPool(1, { memory: new PeopleMemory([pashinyan]), timeoutMs: 300_000 })]) {
      try {
        const { doc: coded, consulted } = await pool.code(doc(text, 0));
        expect(coded.actors).toContainEqual(expect.objectContaining({ text: 'Pashinyan', code: 'ARM', via: 'memory' }));
        expect(consulted).toEqual(expect.arrayContaining([consultedKey.record('Pashinyan'), consultedKey.known('Pashinyan')]));
      } finally {
        await pool.close();
      }
    }
    // Without a memory there is nothing to ask, and nothing is said.
    expect((await createCoderPool(1).code(doc(text, 0))).consulted).toBeUndefined();
  }, 600_000);

  it('should code a document again on the thread that kept its analysed text, as a full coding does', async () => {
    const otieno: KnownPerson = {
      name: 'Daniel Otieno', code: 'KEN', sector: 'GOV', title: 'Kenyan Interior Minister', source: 'learned', how: 'title', firstSeen: null, lastSeen: null, documentId: null,
    };
    // Written for this test: bare surnames the memory answers for once it has learned them.
    const texts = [
      'Curfew lifted in port city\n\nOtieno lifted the overnight curfew in Mombasa on Tuesday, a week after riots over fuel prices left three people dead.',
      'Opposition rally banned\n\nOtieno banned an opposition rally planned for Saturday in Kisumu, saying police could not guarantee the safety of marchers.',
    ];
    const memory = new PeopleMemory([]);
    const expected: string[][] = [];
    const full = createCoderPool(1, { memory: new PeopleMemory([otieno]) });
    for (const [i, text] of texts.entries()) expected.push(eventsOf((await full.code(doc(text, i))).doc));
    // Two threads (a budget puts the coders on threads); each document's second coding must reach the thread that coded it first.
    const pool = createCoderPool(2, { memory, timeoutMs: 300_000 });
    try {
      const first = await Promise.all(texts.map((text, i) => pool.code(doc(text, i), { keep: true })));
      for (const result of first) expect(result.resumed).toBeUndefined();
      pool.learned([otieno]);
      for (const [i, text] of texts.entries()) {
        const again = await pool.code(doc(text, i), { resume: true });
        expect(again.resumed).toBe(true);
        expect(eventsOf(again.doc)).toEqual(expected[i]);
        expect(again.doc.actors).toContainEqual(expect.objectContaining({ text: 'Otieno', code: 'KEN', via: 'memory' }));
      }
      // Resumed once: a third coding starts from the text.
      expect((await pool.code(doc(texts[0]!, 0), { resume: true })).resumed).toBeUndefined();
    } finally {
      await pool.close();
    }
  }, 600_000);
});
