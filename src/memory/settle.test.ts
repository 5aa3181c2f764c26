import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { docFromRaw } from '../ingest/load.js';
import { createCoderPool, type CoderPool } from '../parallel/pool.js';
import { createDocumentCoder } from '../pipeline/default.js';
import { toEventRow } from '../store/event-rows.js';
import { openStore, type Store } from '../store/index.js';
import { DIALECTS, freshLocation, type TestLocation } from '../store/testing/dialects.js';
import { mergePerson, type KnownPerson, type PeopleMemory } from './people.js';
import { hasHeldLessons, holdLessons, settleMemory } from './settle.js';
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
// Names him, but with his own title: its coding never asks the memory about him.
// Another article that acts on the bare name: coded again and changed, like BARE.
const BARE_AGAIN = 'Port strike talks collapse\n\nOtieno accused union leaders of sabotage on Thursday and threatened to dismiss the striking workers at Mombasa port.';
const TITLED = 'Minister visits flooded county\n\nKenyan Interior Minister Daniel Otieno visited flooded villages in Tana River county on Tuesday. Otieno promised relief food to 3,000 families.';

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

    const inputOf = (text: string, i: number) => docFromRaw(text, `article-${i}.txt`, 'text', { published: `2024-03-0${i + 1}` });
    /**
     * The first pass as an ingest does it: every document coded against the memory of the start,
     * and saved with its lessons held, its input and what its coding asked the memory.
     */
    async function firstPass(texts: readonly string[], keep: (consulted: readonly string[] | undefined) => readonly string[] | undefined = (c) => c): Promise<ArticleDoc[]> {
      memory = await loadPeopleMemory(store.db);
      pool = createCoderPool(1, { memory });
      const out: ArticleDoc[] = [];
      for (const [i, text] of texts.entries()) {
        const doc = inputOf(text, i);
        const input = { raw: doc.raw, source: { ...doc.source } };
        // As an ingest does: the coder keeps the analysed text, for the second pass to resume from.
        const { doc: coded, consulted } = await pool.code(doc, { keep: true });
        const asked = keep(consulted);
        await store.saveDocument(coded, runId, { status: 'coded' }, { withDocument: (trx) => holdLessons(trx, coded, { ...input, ...(asked ? { consulted: asked } : {}) }) });
        out.push(coded);
      }
      return out;
    }
    /** Every stored event of the documents, as its record. */
    const storedEvents = async (docs: readonly ArticleDoc[]) => (await store.db.selectFrom('events').select(['doc_id', 'id', 'record'])
      .where('doc_id', 'in', docs.map((d) => d.id)).orderBy('doc_id').orderBy('id').execute()).map((e) => `${e.doc_id} ${e.id} ${e.record}`);
    /** The same, coded from scratch against the memory as it is stored now. */
    const fullRecode = async (texts: readonly string[]) => {
      const coder = createDocumentCoder({ memory: await loadPeopleMemory(store.db) });
      return texts.map((text, i) => {
        const doc = inputOf(text, i);
        coder.code(doc);
        return doc.events.map((e) => `${doc.id} ${e.id} ${toEventRow(e, doc.id, runId).record}`);
      }).flat().sort();
    };
    /** The parties the stored events of `doc` give Otieno. */
    const otienoIn = async (doc: ArticleDoc) => (await store.queryEvents({ docId: doc.id })).flatMap((e) => [...e.actor, ...e.recipient]).filter((p) => p.text === 'Otieno');

    it('should learn what the batch taught and code again only the documents whose coding asked about the person', async () => {
      const [, bare] = await firstPass([TEACHER, BARE, OTHER]);
      // Coded against the empty memory of the start: the bare name is no one known yet (at most the
      // events stage gives him the country of the port he acts in), so he has no sector.
      expect((await otienoIn(bare!)).filter((p) => p.sector !== null)).toEqual([]);
      const counts = await settleMemory({ store, memory, pool: () => pool, runId });
      expect(counts).toMatchObject({ settled: 3, people: 1, recoded: 1, replaced: 1 });
      expect(await listPeople(store.db)).toEqual([expect.objectContaining({ name: 'Daniel Otieno', code: 'KEN', sector: 'GOV', source: 'learned' })]);
      expect(await otienoIn(bare!)).toEqual([expect.objectContaining({ code: 'KEN', sector: 'GOV' })]);
      // Settled once: a second finishing step finds nothing to do.
      expect(await settleMemory({ store, memory, pool: () => pool, runId })).toEqual({ settled: 0, people: 0, recoded: 0, replaced: 0, eventsDelta: 0 });
    });

    it('should code again a document that asked about a changed name, not one that only names him, and store what a full re-code gives', async () => {
      const texts = [TEACHER, BARE, TITLED, OTHER];
      const docs = await firstPass(texts);
      const recoded: string[] = [];
      await settleMemory({ store, memory, pool: () => pool, runId, onRecoded: (id) => recoded.push(id) });
      // TITLED names Otieno as plainly as BARE does (a text match would code both again), but its
      // coding read his country from his title and never asked the memory about him.
      expect(TITLED).toMatch(/\bOtieno\b/);
      expect(recoded).toEqual([docs[1]!.id]);
      expect(await otienoIn(docs[1]!)).toEqual([expect.objectContaining({ code: 'KEN' })]);
      expect(await storedEvents(docs)).toEqual(await fullRecode(texts));
    });

    it('should replace the changed documents in one transaction, in document id order, whatever order the coders finish in', async () => {
      const texts = [TEACHER, BARE, BARE_AGAIN, OTHER];
      const docs = await firstPass(texts);
      // Coders that finish in the reverse of the order they were asked in (a pool of threads finishes in any order).
      let asked = 0;
      const reversed: CoderPool = { ...pool, code: (doc, how) => {
        const wait = 40 * (10 - asked++);
        return pool.code(doc, how).then((result) => new Promise((resolve) => setTimeout(() => resolve(result), wait)));
      } };
      const saves: string[][] = [];
      const watched: Store = { ...store, saveDocuments: (requests, id) => {
        saves.push(requests.map((r) => r.doc.id));
        return store.saveDocuments(requests, id);
      } };
      expect(await settleMemory({ store: watched, memory, pool: () => reversed, runId })).toMatchObject({ recoded: 2, replaced: 2 });
      expect(saves).toEqual([[docs[1]!.id, docs[2]!.id].sort()]);
      expect(await storedEvents(docs)).toEqual(await fullRecode(texts));
    });

    it('should code the documents again from the analysed texts the first pass kept, and store what a full re-code gives', async () => {
      const texts = [TEACHER, BARE, BARE_AGAIN, OTHER];
      const docs = await firstPass(texts);
      const resumed: string[] = [];
      const watching: CoderPool = { ...pool, code: async (doc, how) => {
        const result = await pool.code(doc, how);
        if (result.resumed) resumed.push(doc.id);
        return result;
      } };
      expect(await settleMemory({ store, memory, pool: () => watching, runId })).toMatchObject({ recoded: 2, replaced: 2 });
      expect(resumed.sort()).toEqual([docs[1]!.id, docs[2]!.id].sort());
      expect(await storedEvents(docs)).toEqual(await fullRecode(texts));
    });

    it('should code again, whatever changed, a document held without what its coding asked (held before that was recorded)', async () => {
      const docs = await firstPass([TEACHER, BARE, OTHER], () => undefined);
      const recoded: string[] = [];
      expect(await settleMemory({ store, memory, pool: () => pool, runId, onRecoded: (id) => recoded.push(id) })).toMatchObject({ recoded: 3, replaced: 1 });
      expect(recoded.sort()).toEqual(docs.map((d) => d.id).sort());
    });

    it('should hold the lessons in the save transaction: a save that fails keeps neither the document nor its lessons', async () => {
      memory = await loadPeopleMemory(store.db);
      pool = createCoderPool(1, { memory });
      const doc = inputOf(TEACHER, 0);
      const input = { raw: doc.raw, source: { ...doc.source } };
      const { doc: coded } = await pool.code(doc);
      await expect(store.saveDocument(coded, runId, { status: 'coded' }, { withDocument: async (trx) => {
        await holdLessons(trx, coded, input);
        throw new Error('the process was killed');
      } })).rejects.toThrow('killed');
      expect(await store.hasDocument(coded.id)).toBe(false);
      expect(await hasHeldLessons(store.db)).toBe(false);
      await store.saveDocument(coded, runId, { status: 'coded' }, { withDocument: (trx) => holdLessons(trx, coded, input) });
      expect(await store.hasDocument(coded.id)).toBe(true);
      expect(await hasHeldLessons(store.db)).toBe(true);
    });

    it('should finish the second pass of a finishing step that died, once its run is closed', async () => {
      const [, bare] = await firstPass([TEACHER, BARE]);
      const dying: CoderPool = { ...pool, code: () => Promise.reject(new Error('the process was killed')) };
      await expect(settleMemory({ store, memory, pool: () => dying, runId })).rejects.toThrow('killed');
      // Its run still open, the documents it took are its own: another finishing step leaves them.
      const other = await store.startRun(['test']);
      expect(await settleMemory({ store, memory, pool: () => pool, runId: other })).toMatchObject({ recoded: 0 });
      await store.finishRun(runId, {});
      expect(await settleMemory({ store, memory, pool: () => pool, runId: other })).toMatchObject({ settled: 0, recoded: 1, replaced: 1 });
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
