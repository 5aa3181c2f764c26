import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../core/document.js';
import type { EventFilter, Store } from './index.js';
import { searchPatterns, normalizeWords } from './search-text.js';
import { DIALECTS } from './testing/dialects.js';
import { storeWith } from './testing/store-with.js';
import { releaseDoc, talksDoc } from './testing/sample-docs.js';
import { unrestDoc } from './testing/unrest-doc.js';

const ids = (events: readonly CodedEvent[]): string[] => events.map((event) => event.id);

describe('search words', () => {
  it.each([
    ['Türkiye’s "Idlib" offensive', ' turkiye s idlib offensive'],
    ['  ', ''],
    ['At least 286 people', ' at least 286 people'],
  ])('should normalise %j to %j', (text, words) => {
    expect(normalizeWords(text)).toBe(words);
  });

  it('should read words as word beginnings and quoted text as a phrase', () => {
    expect(searchPatterns('Kill "prisoners of war" kill 50%')).toEqual([' kill', ' prisoners of war', ' 50']);
  });
});

for (const dialect of DIALECTS) {
  describe(`dashboard filters (${dialect})`, () => {
    let store: Store;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ store, close } = await storeWith(dialect, [releaseDoc(), talksDoc(), unrestDoc()]));
    });

    afterAll(async () => close());

    const cases: [name: string, filter: EventFilter, expected: string[]][] = [
      ['a code as actor only', { parties: [{ role: 'actor', code: 'ARM' }] }, ['war1990s-a', 'brussels-b', 'clashes-a', 'unga-b', 'geneva-b']],
      ['a code as recipient only', { parties: [{ role: 'recipient', code: 'arm' }] }, ['war2020-a', 'release-a']],
      ['a directed pair, as a dyad click asks', { parties: [{ role: 'actor', code: 'AZE' }, { role: 'recipient', code: 'ARM' }] }, ['war2020-a', 'release-a']],
      ['a code in any role', { parties: [{ code: 'USA' }] }, ['unga-b', 'release-a']],
      ['a party without a country, by sector', { parties: [{ code: null, sector: 'UAF' }] }, ['attack-c']],
      ['a sector in any role', { parties: [{ sector: 'cop' }] }, ['attack-c']],
      ['words a party contains', { parties: [{ role: 'recipient', text: { contains: 'POLICE' } }] }, ['attack-c']],
      ['words a party equals', { parties: [{ text: { equals: 'gunmen' } }] }, ['attack-c']],
      ['words with a LIKE wildcard taken literally', { parties: [{ text: { contains: 'gun%' } }] }, []],
      ['a self-pair', { parties: [{ role: 'actor', code: 'NGA' }, { role: 'recipient', code: 'NGA' }] }, ['raid-c']],
      ['a country as party or place', { country: 'NGA' }, ['raid-c', 'attack-c', 'march-c']],
      ['a country as place only', { country: 'che' }, ['geneva-b']],
      ['several types', { types: ['PROTEST', 'retreat'] }, ['release-a', 'march-c']],
      ['no type of an empty list', { types: [] }, []],
      ['a word beginning', { search: 'kill' }, ['clashes-a', 'attack-c']],
      ['a phrase', { search: '"police officers"' }, ['attack-c']],
      ['a place name', { search: 'maiduguri' }, ['attack-c', 'march-c']],
      ['a country name of a party code', { search: 'Switzerland' }, ['geneva-b']],
      ['every word', { search: 'geneva talks' }, ['brussels-b', 'geneva-b']],
      ['no word inside another', { search: 'ill' }, []],
      ['search with other filters', { search: 'maiduguri', types: ['PROTEST'] }, ['march-c']],
    ];
    it.each(cases)('should filter by %s', async (_name, filter, expected) => {
      expect(ids(await store.queryEvents(filter))).toEqual(expected);
    });

    // raid-c (2023-05) sorts by its month's first day: after 2023-05-15 and 2023-05-16 when newest first.
    const byNewest = ['march-c', 'attack-c', 'raid-c', 'release-a', 'geneva-b', 'unga-b', 'clashes-a', 'brussels-b', 'war2020-a', 'war1990s-a', 'peacekeepers-a'];

    it('should list newest first with undated events still last', async () => {
      expect(ids(await store.queryEvents({ order: '-date' }))).toEqual(byNewest);
    });

    it.each([[0, 4], [4, 4], [8, 4], [10, 4], [11, 4], [9, 1]])('should page newest first from offset %i by %i across the undated ones', async (offset, limit) => {
      expect(ids(await store.queryEvents({ order: '-date', offset, limit }))).toEqual(byNewest.slice(offset, offset + limit));
    });

    it('should order by type, then newest first', async () => {
      expect(ids(await store.queryEvents({ order: 'type', types: ['ASSAULT', 'PROTEST'] }))).toEqual(['attack-c', 'raid-c', 'clashes-a', 'war2020-a', 'war1990s-a', 'march-c']);
    });

    it('should order by death toll with events without one last', async () => {
      expect(ids(await store.queryEvents({ order: '-dead', limit: 3 }))).toEqual(['clashes-a', 'attack-c', 'march-c']);
      expect(ids(await store.queryEvents({ order: 'dead', limit: 2 }))).toEqual(['attack-c', 'clashes-a']);
    });

    it('should list only documents with a matching event, newest first, with their number of matches', async () => {
      const listed = await store.listDocuments(undefined, undefined, { events: { types: ['ASSAULT'], limit: 1 }, order: 'newest' });
      expect(listed.map((d) => [d.id, d.matchingEvents])).toEqual([['doc-c', 2], ['doc-a', 3]]);
      expect(await store.countDocuments({ types: ['ASSAULT'] })).toBe(2);
      expect(await store.countDocuments()).toBe(3);
    });

    it('should name an untitled document by the first line of its text', async () => {
      const byId = new Map((await store.listDocuments()).map((d) => [d.id, d]));
      expect(byId.get('doc-b')?.lead).toMatch(/^Ministers of Azerbaijan and Armenia met/);
      expect(byId.get('doc-a')?.lead).toBeUndefined();
    });
  });
}
