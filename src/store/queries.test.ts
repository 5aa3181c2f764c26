import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../core/document.js';
import { openStore, type CanonicalFilter, type EventFilter, type Period, type Store } from './index.js';
import { DIALECTS, freshLocation, type TestLocation } from './testing/dialects.js';
import { releaseDoc, talksDoc } from './testing/sample-docs.js';

const ids = (events: readonly CodedEvent[]): string[] => events.map((event) => event.id);
const EUROPE = { west: -10, south: 35, east: 30, north: 60 };
const GENEVA = { west: 6, south: 46, east: 6.3, north: 46.3 };

for (const dialect of DIALECTS) {
  describe(`store queries (${dialect})`, () => {
    let where: TestLocation;
    let store: Store;

    beforeEach(async () => {
      where = await freshLocation(dialect);
      store = await openStore(where.location);
      const runId = await store.startRun(['clean@1', 'events@1']);
      await store.saveDocument(releaseDoc(), runId);
      await store.saveDocument(talksDoc(), runId);
    });

    afterEach(async () => {
      await store.close();
      await where.cleanup();
    });

    const eventCases: [name: string, filter: EventFilter, expected: string[]][] = [
      ['mode', { mode: 'release' }, ['release-a']],
      ['dyad in either direction', { dyad: ['AZE', 'ARM'] }, ['war1990s-a', 'war2020-a', 'brussels-b', 'clashes-a', 'unga-b', 'geneva-b', 'release-a']],
      ['dyad leaves out third parties (US mediated the release)', { dyad: ['usa', 'arm'] }, ['unga-b']],
      ['dyad and type', { dyad: ['ARM', 'AZE'], type: 'ASSAULT', background: false }, ['clashes-a']],
      ['dyad since a month, paged', { dyad: ['ARM', 'AZE'], since: '2022-09', limit: 3, offset: 1 }, ['unga-b', 'geneva-b', 'release-a']],
      ['bounding box around Geneva', { bbox: GENEVA }, ['geneva-b']],
      ['bounding box over Europe', { bbox: EUROPE }, ['brussels-b', 'geneva-b']],
      ['box across the antimeridian', { bbox: { west: 170, south: -90, east: -170, north: 90 } }, []],
      ['one source at least', { minSources: 1, type: 'CONSULT' }, ['brussels-b', 'unga-b', 'geneva-b']],
      ['two sources at least (each event was reported once)', { minSources: 2 }, []],
      ['date range with pagination', { since: '2022-09', limit: 2, offset: 1 }, ['unga-b', 'geneva-b']],
    ];
    it.each(eventCases)('should filter events by %s', async (_name, filter, expected) => {
      expect(ids(await store.queryEvents(filter))).toEqual(expected);
    });

    it('should page the events of one code (read from its parties in page order) as the party filter does, each once', async () => {
      const pages = [{}, { limit: 2, offset: 1 }, { limit: 3 }, { since: '2022-09' }, { type: 'CONSULT', limit: 1, offset: 1 }];
      for (const code of ['ARM', 'aze', 'USA']) {
        for (const page of pages) {
          const byParties = ids(await store.queryEvents({ parties: [{ code: code.toUpperCase() }], ...page }));
          expect(ids(await store.queryEvents({ actor: code, ...page }))).toEqual(byParties);
        }
      }
      expect(ids(await store.queryEvents({ actor: 'ARM' }))).toHaveLength(7);
    });

    const canonicalCases: [name: string, filter: CanonicalFilter, expected: string[]][] = [
      ['type', { type: 'CONSULT' }, ['c:doc-b/brussels-b', 'c:doc-b/unga-b', 'c:doc-b/geneva-b']],
      ['recipient', { recipient: 'ARM' }, ['c:doc-a/war2020-a', 'c:doc-a/release-a']],
      ['dyad', { dyad: ['ARM', 'USA'] }, ['c:doc-b/unga-b']],
      ['bounding box', { bbox: EUROPE, since: '2022-09' }, ['c:doc-b/geneva-b']],
      ['mode and actor', { mode: 'release', actor: 'aze' }, ['c:doc-a/release-a']],
      ['background with pagination', { background: true, limit: 1, offset: 1 }, ['c:doc-a/war2020-a']],
    ];
    it.each(canonicalCases)('should filter canonical events by %s', async (_name, filter, expected) => {
      expect((await store.queryCanonicalEvents(filter)).map((c) => c.id)).toEqual(expected);
    });

    const periodCases: [Period, [string, string, number][]][] = [
      ['day', [['2022-08-31', 'CONSULT', 1], ['2022-09-20', 'CONSULT', 1], ['2022-10-02', 'CONSULT', 1], ['2022-10-04', 'RETREAT', 1]]],
      ['week', [['2022-08-29', 'CONSULT', 1], ['2022-09-19', 'CONSULT', 1], ['2022-09-26', 'CONSULT', 1], ['2022-10-03', 'RETREAT', 1]]],
      ['month', [['2022-08', 'CONSULT', 1], ['2022-09', 'ASSAULT', 1], ['2022-09', 'CONSULT', 1], ['2022-10', 'CONSULT', 1], ['2022-10', 'RETREAT', 1]]],
    ];
    it.each(periodCases)('should count events per %s and type', async (by, expected) => {
      expect((await store.countEvents({ by })).map((c) => [c.period, c.event, c.count])).toEqual(expected);
    });

    it('should count events per month with a filter and a page', async () => {
      const counts = await store.countEvents({ by: 'month', actor: 'ARM', limit: 2, offset: 1 });
      expect(counts).toEqual([{ period: '2022-09', event: 'ASSAULT', count: 1 }, { period: '2022-09', event: 'CONSULT', count: 1 }]);
    });

    it('should count dyads in either direction and split them into cooperation and conflict', async () => {
      expect(await store.dyadCounts()).toEqual([
        { codeA: 'ARM', codeB: 'AZE', events: 7, cooperation: 4, conflict: 3 },
        { codeA: 'ARM', codeB: 'USA', events: 1, cooperation: 1, conflict: 0 },
        { codeA: 'AZE', codeB: 'USA', events: 1, cooperation: 1, conflict: 0 },
      ]);
      expect(await store.dyadCounts({ type: 'ASSAULT', since: '2020' })).toEqual([{ codeA: 'ARM', codeB: 'AZE', events: 2, cooperation: 0, conflict: 2 }]);
      expect((await store.dyadCounts({ limit: 1, offset: 1 })).map((d) => d.codeB)).toEqual(['USA']);
    });

    it('should sum fatalities per month from canonical headline figures', async () => {
      expect(await store.fatalitiesByMonth()).toEqual([{ month: '2022-09', dead: 286, events: 1 }]);
      expect(await store.fatalitiesByMonth({ since: '2022-10' })).toEqual([]);
    });

    const bad: [string, EventFilter][] = [
      ['a box with south above north', { bbox: { west: 0, south: 50, east: 10, north: 40 } }],
      ['a dyad of one code twice', { dyad: ['ARM', 'arm'] }],
      ['zero minimum sources', { minSources: 0 }],
    ];
    it.each(bad)('should throw a RangeError naming the fix for %s', async (_name, filter) => {
      await expect(store.queryEvents(filter)).rejects.toThrow(RangeError);
      await expect(store.queryCanonicalEvents(filter)).rejects.toThrow(RangeError);
    });
  });
}
