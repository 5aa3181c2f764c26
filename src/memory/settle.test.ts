import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { docFromRaw } from '../ingest/load.js';
import { createCoderPool, type CoderPool } from '../parallel/pool.js';
import { openStore, type Store } from '../store/index.js';
import { DIALECTS, freshLocation, type TestLocation } from '../store/testing/dialects.js';
import { mergePerson, type KnownPerson, type PeopleMemory } from './people.js';
import { holdLessons, settleMemory } from './settle.js';
import { correctPerson, listPeople, loadPeopleMemory } from './store.js';

const lesson = (code: string, date: string, documentId: string): KnownPerson => ({
  name: 'Daniel Otieno', code, sector: 'GOV', title: `${code} minister`, source: 'learned', how: 'title', firstSeen: date, lastSeen: date, documentId,
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function mergeAll(start: KnownPerson | undefined, lessons: readonly KnownPerson[]): KnownPerson | undefined {
  return lessons.reduce<KnownPerson | undefined>((known, l) => mergePerson(known, l) ?? known, start);
}

describe('mergePerson', () => {
  const lessons = [lesson('KEN', '2024-03-02', 'doc-b'), lesson('UGA', '2024-03-02', 'doc-a'), lesson('TZA', '2024-03-01', 'doc-z')];

  it('should give the same record whatever order the lessons arrive in', () => {
    const results = permutations(lessons).map((order) => mergeAll(undefined, order));
    for (const result of results) expect(result).toEqual(results[0]);
    // The latest date wins; on the same day, the greater document id; the first date is the earliest.
    expect(results[0]).toMatchObject({ code: 'KEN', lastSeen: '2024-03-02', documentId: 'doc-b', firstSeen: '2024-03-01' });
  });

  it('should keep a user entry whatever it learns, moving only its dates', () => {
    const user: KnownPerson = { ...lesson('ETH', '2024-02-01', 'doc-0'), source: 'user', how: 'user', title: null };
    for (const order of permutations(lessons)) {
      expect(mergeAll(user, order)).toEqual({ ...user, firstSeen: '2024-02-01', lastSeen: '2024-03-02', documentId: 'doc-b' });
    }
  });
});

// Three articles of one batch: one teaches Otieno's title, one uses the bare name, one names no one the batch teaches.
const TEACHER = 'Kenya arrests 14 after fuel protest\n\nKenyan Interior Minister Daniel Otieno said on Saturday that police had arrested 14 people after a protest in Nairobi turned violent.';
const BARE = 'Police deployed to port\n\nOtieno ordered police to guard the gates of Mombasa port on Friday after striking workers blocked lorries from leaving.';
const OTHER = 'Dock strike spreads\n\nHundreds of dock workers went on strike at the port of Dar es Salaam on Wednesday, demanding higher pay.';

for (const dialect of DIALECTS) {
  describe(`settleMemory (${dialect})`, () => {
    let location: TestLocation;
    let store: Store;
    let memory: PeopleMemory;
    let pool: CoderPool;
    let runId: string;
    beforeEach(async () => {
      location = await freshLocation(dialect);
      store = await openStore(location.location);
      runId = await store.startRun(['test']);
    });
    afterEach(async () => {
      await pool.close();
      await store.close();
      await location.cleanup();
    });

    /** The first pass as an ingest does it: every document coded against the memory of the start, its lessons held, then saved. */
    async function firstPass(texts: readonly string[]): Promise<ArticleDoc[]> {
      memory = await loadPeopleMemory(store.db);
      pool = createCoderPool(1, { memory });
      const out: ArticleDoc[] = [];
      for (const [i, text] of texts.entries()) {
        const doc = docFromRaw(text, `article-${i}.txt`, 'text', { published: `2024-03-0${i + 1}` });
        const input = { raw: doc.raw, source: { ...doc.source } };
        const { doc: coded } = await pool.code(doc);
        await holdLessons(store.db, coded, input);
        await store.saveDocument(coded, runId);
        out.push(coded);
      }
      return out;
    }
    /** The parties the stored events of `doc` give Otieno. */
    const otienoIn = async (doc: ArticleDoc) => (await store.queryEvents({ docId: doc.id })).flatMap((e) => [...e.actor, ...e.recipient]).filter((p) => p.text === 'Otieno');

    it('should learn what the batch taught and code again only the documents that name the person', async () => {
      const [, bare] = await firstPass([TEACHER, BARE, OTHER]);
      // Coded against the empty memory of the start: the bare name has no country yet.
      expect((await otienoIn(bare!)).filter((p) => p.code !== null)).toEqual([]);
      const counts = await settleMemory({ store, memory, pool: () => pool, runId });
      expect(counts).toMatchObject({ settled: 3, people: 1, recoded: 2, replaced: 1 });
      expect(await listPeople(store.db)).toEqual([expect.objectContaining({ name: 'Daniel Otieno', code: 'KEN', sector: 'GOV', source: 'learned' })]);
      expect(await otienoIn(bare!)).toEqual([expect.objectContaining({ code: 'KEN', sector: 'GOV' })]);
      // Settled once: a second finishing step finds nothing to do.
      expect(await settleMemory({ store, memory, pool: () => pool, runId })).toEqual({ settled: 0, people: 0, recoded: 0, replaced: 0, eventsDelta: 0 });
    });

    it('should finish the second pass of a finishing step that died, once its run is closed', async () => {
      const [, bare] = await firstPass([TEACHER, BARE]);
      const dying: CoderPool = { ...pool, code: () => Promise.reject(new Error('the process was killed')) };
      await expect(settleMemory({ store, memory, pool: () => dying, runId })).rejects.toThrow('killed');
      // Its run still open, the documents it took are its own: another finishing step leaves them.
      const other = await store.startRun(['test']);
      expect(await settleMemory({ store, memory, pool: () => pool, runId: other })).toMatchObject({ recoded: 0 });
      await store.finishRun(runId, {});
      expect(await settleMemory({ store, memory, pool: () => pool, runId: other })).toMatchObject({ settled: 0, recoded: 2, replaced: 1 });
      expect(await otienoIn(bare!)).toEqual([expect.objectContaining({ code: 'KEN' })]);
    });

    it('should keep a user entry over what the batch taught', async () => {
      await correctPerson(store.db, 'Daniel Otieno', { code: 'UGA', sector: 'GOV' });
      const [, bare] = await firstPass([TEACHER, BARE]);
      await settleMemory({ store, memory, pool: () => pool, runId });
      expect(await listPeople(store.db)).toEqual([expect.objectContaining({ name: 'Daniel Otieno', code: 'UGA', source: 'user', lastSeen: '2024-03-01' })]);
      expect(await otienoIn(bare!)).toEqual([expect.objectContaining({ code: 'UGA' })]);
    });
  });
}
