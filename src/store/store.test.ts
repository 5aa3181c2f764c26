import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../core/document.js';
import { migrateToLatest, openStore, StoreWriteError, type EventFilter, type Store } from './index.js';
import { DIALECTS, freshLocation, type TestLocation } from './testing/dialects.js';
import { releaseDoc, talksDoc } from './testing/sample-docs.js';

const ids = (events: readonly CodedEvent[]): string[] => events.map((event) => event.id);
const FIXED_NOW = () => new Date('2022-10-05T08:00:00.000Z');

/** Row counts of every data table, to prove that nothing was half-stored. */
async function rowCounts(store: Store): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['documents', 'sentences', 'events', 'event_actors'] as const) {
    const row = await store.db.selectFrom(table).select(store.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`store (${dialect})`, () => {
    let where: TestLocation;
    let store: Store;
    let runId: string;

    beforeEach(async () => {
      where = await freshLocation(dialect);
      store = await openStore(where.location, { now: FIXED_NOW });
      runId = await store.startRun(['clean@1', 'events@1']);
    });

    afterEach(async () => {
      await store.close();
      await where.cleanup();
    });

    describe('migrations', () => {
      it('should create every table from an empty database', async () => {
        const tables = (await store.db.introspection.getTables()).map((table) => table.name);
        expect(tables).toEqual(expect.arrayContaining(['runs', 'documents', 'sentences', 'events', 'event_actors', 'failures']));
      });

      it('should have nothing left to run on a migrated database', async () => {
        expect(await migrateToLatest(store.db)).toEqual([]);
      });
    });

    describe('saveDocument', () => {
      it('should read back every saved event deep-equal to the CodedEvent it was given', async () => {
        const doc = releaseDoc();
        await store.saveDocument(doc, runId);
        const back = await store.queryEvents({ docId: doc.id });
        const byId = new Map(doc.events.map((event) => [event.id, event]));
        expect(back).toHaveLength(doc.events.length);
        for (const event of back) expect(event).toStrictEqual(byId.get(event.id));
      });

      it('should store the document row with its text, source and sentence spans', async () => {
        const doc = talksDoc();
        await store.saveDocument(doc, runId);
        const stored = await store.getDocument(doc.id);
        expect(stored).toStrictEqual({
          id: 'doc-b',
          source: doc.source,
          status: 'coded',
          statusReason: null,
          rawLength: doc.raw.length,
          runId,
          createdAt: '2022-10-05T08:00:00.000Z',
          eventCount: 3,
          text: doc.text,
          sentences: doc.sentences.map((sentence) => sentence.span),
          diagnostics: [],
        });
      });

      it('should store one event_actors row per party with its role and offsets', async () => {
        await store.saveDocument(talksDoc(), runId);
        const parties = await store.db
          .selectFrom('event_actors')
          .select(['role', 'idx', 'code', 'text', 'start', 'end'])
          .where('event_id', '=', 'brussels-b')
          .orderBy('role')
          .execute();
        const text = talksDoc().text;
        expect(parties.map((p) => [p.role, p.idx, p.code, p.text])).toEqual([
          ['actor', 0, 'ARM', 'Pashinyan'],
          ['recipient', 0, 'AZE', 'Aliyev'],
          ['third_party', 0, 'EUR', 'EU'],
        ]);
        for (const p of parties) expect(text.slice(p.start, p.end)).toBe(p.text);
      });

      it('should add nothing when the same document is saved twice', async () => {
        expect(await store.saveDocument(releaseDoc(), runId)).toBe('inserted');
        const before = await rowCounts(store);
        expect(await store.saveDocument(releaseDoc(), runId)).toBe('exists');
        expect(await rowCounts(store)).toEqual(before);
        expect(before).toEqual({ documents: 1, sentences: 4, events: 5, event_actors: 10 });
      });

      it('should save documents given at the same time one transaction after another', async () => {
        const docs = Array.from({ length: 6 }, (_, i) => {
          const doc = i % 2 ? releaseDoc() : talksDoc();
          doc.id = `doc-${i}`;
          doc.events = doc.events.map((event) => ({ ...event, doc_id: doc.id }));
          return doc;
        });
        const results = await Promise.all([...docs, docs[0]!].map((doc) => store.saveDocument(doc, runId)));
        expect(results.filter((r) => r === 'inserted')).toHaveLength(6);
        expect((await store.summary()).events).toBe(24);
      });

      it('should report a stored document through hasDocument', async () => {
        expect(await store.hasDocument('doc-a')).toBe(false);
        await store.saveDocument(releaseDoc(), runId);
        expect(await store.hasDocument('doc-a')).toBe(true);
      });

      const brokenDocs: [string, () => ReturnType<typeof releaseDoc>, string?][] = [
        ['a duplicate event id in the same document', () => {
          const doc = releaseDoc();
          doc.events.push({ ...doc.events[0]!, actor: [] });
          return doc;
        }],
        ['an event with a missing (null) type', () => {
          const doc = releaseDoc();
          doc.events.push({ ...doc.events[1]!, id: 'broken', event: null as unknown as string });
          return doc;
        }],
        ['a run id that does not exist', () => releaseDoc(), 'no-such-run'],
      ];
      it.each(brokenDocs)('should store nothing of a document with %s', async (_name, build, badRun) => {
        await expect(store.saveDocument(build(), badRun ?? runId)).rejects.toBeInstanceOf(StoreWriteError);
        expect(await rowCounts(store)).toEqual({ documents: 0, sentences: 0, events: 0, event_actors: 0 });
        expect(await store.hasDocument('doc-a')).toBe(false);
        // The failure left the connection usable: the same document saves cleanly afterwards.
        expect(await store.saveDocument(releaseDoc(), runId)).toBe('inserted');
      });

      it('should refuse an event whose doc_id names another document', async () => {
        const doc = releaseDoc();
        doc.events[0] = { ...doc.events[0]!, doc_id: 'doc-z' };
        await expect(store.saveDocument(doc, runId)).rejects.toThrow(/set event.doc_id to doc.id/);
        expect(await store.hasDocument('doc-a')).toBe(false);
      });
    });

    describe('queryEvents', () => {
      beforeEach(async () => {
        await store.saveDocument(releaseDoc(), runId);
        await store.saveDocument(talksDoc(), runId);
      });

      const cases: [name: string, filter: EventFilter, expected: string[]][] = [
        ['no filter: by date, undated last', {}, ['war1990s-a', 'war2020-a', 'brussels-b', 'clashes-a', 'unga-b', 'geneva-b', 'release-a', 'peacekeepers-a']],
        ['type', { type: 'ASSAULT' }, ['war1990s-a', 'war2020-a', 'clashes-a']],
        ['type in lower case', { type: 'consult' }, ['brussels-b', 'unga-b', 'geneva-b']],
        ['actor in any role (actor, recipient)', { actor: 'ARM' }, ['war1990s-a', 'war2020-a', 'brussels-b', 'clashes-a', 'unga-b', 'geneva-b', 'release-a']],
        ['actor as third party or recipient', { actor: 'USA' }, ['unga-b', 'release-a']],
        ['actor with no events', { actor: 'FRA' }, []],
        ['recipient', { recipient: 'ARM' }, ['war2020-a', 'release-a']],
        ['recipient excludes other roles', { recipient: 'EUR' }, []],
        ['since a month keeps the month and its days', { since: '2022-09' }, ['clashes-a', 'unga-b', 'geneva-b', 'release-a']],
        ['since a day keeps the month holding it', { since: '2022-09-15' }, ['clashes-a', 'unga-b', 'geneva-b', 'release-a']],
        ['since a year keeps coarser and finer dates in it', { since: '2020' }, ['war2020-a', 'brussels-b', 'clashes-a', 'unga-b', 'geneva-b', 'release-a']],
        ['since a year in a decade keeps the decade', { since: '1995' }, ['war1990s-a', 'war2020-a', 'brussels-b', 'clashes-a', 'unga-b', 'geneva-b', 'release-a']],
        ['until a month keeps its last days', { until: '2022-09' }, ['war1990s-a', 'war2020-a', 'brussels-b', 'clashes-a', 'unga-b']],
        ['until a day keeps the month holding it', { until: '2022-09-19' }, ['war1990s-a', 'war2020-a', 'brussels-b', 'clashes-a']],
        ['since and until together', { since: '2022-09-01', until: '2022-09-30' }, ['clashes-a', 'unga-b']],
        ['since a timestamp compares its day', { since: '2022-10-03T22:00:00Z' }, ['release-a']],
        ['background events', { background: true }, ['war1990s-a', 'war2020-a', 'peacekeepers-a']],
        ['current events', { background: false }, ['brussels-b', 'clashes-a', 'unga-b', 'geneva-b', 'release-a']],
        ['document', { docId: 'doc-b' }, ['brussels-b', 'unga-b', 'geneva-b']],
        ['filters combined with AND', { type: 'CONSULT', recipient: 'AZE' }, ['brussels-b']],
        ['limit', { limit: 2 }, ['war1990s-a', 'war2020-a']],
        ['limit and offset', { limit: 2, offset: 2 }, ['brussels-b', 'clashes-a']],
        ['offset alone', { offset: 6 }, ['release-a', 'peacekeepers-a']],
      ];
      it.each(cases)('should filter by %s', async (_name, filter, expected) => {
        expect(ids(await store.queryEvents(filter))).toEqual(expected);
      });

      it('should order events of one date by document, then by evidence offset', async () => {
        const later = releaseDoc();
        later.id = 'doc-0';
        later.events = later.events.map((event) => ({ ...event, id: event.id.replace('-a', '-0'), doc_id: 'doc-0', date: '2022-10-04', date_precision: 'day' as const }));
        await store.saveDocument(later, runId);
        const sameDay = await store.queryEvents({ since: '2022-10-04', until: '2022-10-04' });
        expect(ids(sameDay)).toEqual(['release-0', 'clashes-0', 'war2020-0', 'war1990s-0', 'peacekeepers-0', 'release-a']);
      });

      const badFilters: [string, EventFilter][] = [
        ['a month name as since', { since: 'September 2022' }],
        ['a two-digit year as until', { until: '22' }],
        ['a negative limit', { limit: -1 }],
        ['a fractional offset', { offset: 1.5 }],
      ];
      it.each(badFilters)('should throw a RangeError naming the fix for %s', async (_name, filter) => {
        await expect(store.queryEvents(filter)).rejects.toThrow(RangeError);
      });
    });

    describe('runs, failures and summary', () => {
      it('should count documents by status, events by type, runs and failures', async () => {
        await store.saveDocument(releaseDoc(), runId);
        await store.saveDocument(talksDoc(), runId, { status: 'skipped', reason: 'duplicate of doc-a' });
        const empty = releaseDoc();
        empty.id = 'doc-empty';
        empty.events = [];
        await store.saveDocument(empty, runId, { status: 'failed', reason: 'events: stage threw' });
        await store.recordFailure('feed.jsonl#12', 'read', 'Empty body: nothing to clean.', runId);
        expect(await store.summary()).toStrictEqual({
          documents: 3, coded: 1, skipped: 1, codingFailed: 1, events: 8,
          byType: { ASSAULT: 3, CONSULT: 3, MOBILIZE: 1, RETREAT: 1 }, runs: 1, failedInputs: 1,
        });
        expect((await store.getDocument('doc-b'))?.statusReason).toBe('duplicate of doc-a');
      });

      it('should stamp a finished run with its counts', async () => {
        await store.finishRun(runId, { documents: 2, events: 8 });
        expect(await store.listRuns()).toStrictEqual([{
          id: runId, startedAt: '2022-10-05T08:00:00.000Z', finishedAt: '2022-10-05T08:00:00.000Z',
          versions: ['clean@1', 'events@1'], counts: { documents: 2, events: 8 },
        }]);
      });

      it('should throw when finishing a run that was never started', async () => {
        await expect(store.finishRun('no-such-run', {})).rejects.toThrow(/Unknown run/);
      });

      it('should refuse a failure for an unknown run', async () => {
        await expect(store.recordFailure('a.html', 'read', 'ENOENT', 'no-such-run')).rejects.toThrow();
      });
    });

    describe('listDocuments', () => {
      it('should list documents in ingest order without text, with their event counts', async () => {
        await store.saveDocument(talksDoc(), runId);
        await store.saveDocument(releaseDoc(), runId);
        const listed = await store.listDocuments();
        // Same created_at (fixed clock), so the id breaks the tie.
        expect(listed.map((d) => [d.id, d.eventCount])).toEqual([['doc-a', 5], ['doc-b', 3]]);
        expect(listed[0]).not.toHaveProperty('text');
        expect((await store.listDocuments(1, 1)).map((d) => d.id)).toEqual(['doc-b']);
      });

      it('should return undefined for a document that is not stored', async () => {
        expect(await store.getDocument('nope')).toBeUndefined();
      });
    });

    it('should keep its data when the file is closed and opened again', async () => {
      await store.saveDocument(releaseDoc(), runId);
      await store.recordFailure('b.html', 'clean', 'No main text found.', runId);
      const before = { summary: await store.summary(), events: await store.queryEvents() };
      await store.close();
      store = await openStore(where.location, { now: FIXED_NOW });
      expect({ summary: await store.summary(), events: await store.queryEvents() }).toStrictEqual(before);
      expect(await store.saveDocument(releaseDoc(), runId)).toBe('exists');
    });
  });
}
