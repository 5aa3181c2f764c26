import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { loadPeopleMemory } from '../memory/index.js';
import { createCoderPool, type CoderPool } from '../parallel/pool.js';
import { openStore, type Store } from '../store/index.js';
import { docFromRaw } from './load.js';
import { ingestStream, lookahead } from './run-ingest.js';

async function groupsOf<T>(inputs: AsyncIterable<T> | Iterable<T>, size: number): Promise<T[][]> {
  const out: T[][] = [];
  for await (const group of lookahead(inputs, size)) out.push(group);
  return out;
}

describe('lookahead', () => {
  it('should group what a source gives at once, up to the size, in order', async () => {
    const items = Array.from({ length: 70 }, (_, i) => i);
    const groups = await groupsOf(items, 32);
    expect(groups.map((g) => g.length)).toEqual([32, 32, 6]);
    expect(groups.flat()).toEqual(items);
    expect(await groupsOf([], 32)).toEqual([]);
  });

  it('should not hold back inputs already given while the source is slow to give the next', async () => {
    async function* feed() {
      yield 'a';
      yield 'b';
      // A live feed: the next article comes later.
      await new Promise((resolve) => setTimeout(resolve, 200));
      yield 'c';
    }
    expect(await groupsOf(feed(), 32)).toEqual([['a', 'b'], ['c']]);
  });

  it('should give the inputs read before a source fails, then its error', async () => {
    async function* broken() {
      yield 'a';
      yield 'b';
      throw new Error('the connection was reset');
    }
    const seen: string[][] = [];
    await expect((async () => {
      for await (const group of lookahead(broken(), 32)) seen.push(group);
    })()).rejects.toThrow('reset');
    expect(seen).toEqual([['a', 'b']]);
  });
});

// Short news items of our own, each a distinct document.
const TEXTS = [
  'Farmers block highway\n\nHundreds of farmers blocked the main highway into Lyon on Monday, demanding lower fuel prices.',
  'Minister resigns\n\nThe Dutch agriculture minister resigned on Tuesday after a dispute over nitrogen rules.',
  'Talks resume\n\nNegotiators from Serbia and Kosovo met in Brussels on Wednesday to resume talks on licence plates.',
  'Troops withdraw\n\nChadian troops withdrew from two border posts near Sudan on Thursday, the army said.',
  'Strike ends\n\nDock workers in Antwerp ended a three-day strike on Friday after the port authority agreed to raise wages.',
];

describe('ingestStream (sqlite file)', () => {
  let dir: string;
  let store: Store;
  let pool: CoderPool;
  let saves: number[];
  let merges: (boolean | 'later' | undefined)[];
  let watched: Store;
  let coded: number;
  let counting: CoderPool;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chronicle-ingest-'));
    store = await openStore(join(dir, 'ingest.db'));
    pool = createCoderPool(1, { memory: await loadPeopleMemory(store.db) });
    saves = [];
    merges = [];
    watched = { ...store, saveDocuments: (requests, runId) => {
      saves.push(requests.length);
      merges.push(...requests.map((r) => r.options?.merge));
      return store.saveDocuments(requests, runId);
    } };
    coded = 0;
    counting = { ...pool, code: (doc) => {
      coded++;
      return pool.code(doc);
    } };
  });
  afterEach(async () => {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const inputs = (texts: readonly string[]): ArticleDoc[] => texts.map((text, i) => docFromRaw(text, `item-${i}.txt`, 'text', { published: '2024-05-06' }));

  it('should save documents coded while a batch was written together, and count repeats as existing', async () => {
    // The first text twice more: once among the others, once at the end.
    const { counts } = await ingestStream(inputs([...TEXTS.slice(0, 3), TEXTS[0]!, ...TEXTS.slice(3), TEXTS[0]!]), { store: watched, workers: 1, versions: ['test'], pool: counting });
    expect(counts).toMatchObject({ inputs: 7, inserted: 5, existing: 2, failed: 0 });
    expect(coded).toBe(5);
    // One transaction each before: the check of every input waited for the write before it.
    expect(saves.length).toBeLessThan(5);
    expect(saves.reduce((a, b) => a + b, 0)).toBe(5);
    expect(await store.storedDocumentIds(inputs(TEXTS).map((d) => d.id))).toEqual(new Set(inputs(TEXTS).map((d) => d.id)));
  });

  it('should code nothing that is stored already', async () => {
    await ingestStream(inputs(TEXTS.slice(0, 3)), { store, workers: 1, versions: ['test'], pool });
    const { counts } = await ingestStream(inputs(TEXTS), { store: watched, workers: 1, versions: ['test'], pool: counting });
    expect(counts).toMatchObject({ inputs: 5, inserted: 2, existing: 3 });
    expect(coded).toBe(2);
    expect(await store.storedDocumentIds(['not-stored', ...inputs(TEXTS).map((d) => d.id)])).toEqual(new Set(inputs(TEXTS).map((d) => d.id)));
  });

  it('should leave linking to the finishing step, which links every event of the run as remerge does', async () => {
    const { counts } = await ingestStream(inputs(TEXTS), { store: watched, workers: 1, versions: ['test'], pool: counting });
    // The run's finishing step links every mention again in report order: links saves made would be thrown away.
    expect(merges).toEqual(TEXTS.map(() => 'later'));
    expect(counts.events).toBeGreaterThan(0);
    const links = async () => (await store.db.selectFrom('event_links').selectAll().execute()).map((row) => JSON.stringify(row)).sort();
    const linked = await links();
    expect(linked).toHaveLength(counts.events);
    expect(await store.db.selectFrom('unlinked_mentions').selectAll().execute()).toEqual([]);
    await store.remerge();
    expect(await links()).toEqual(linked);
  });
});
