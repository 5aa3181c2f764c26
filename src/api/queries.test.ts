import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { DIALECTS } from '../store/testing/dialects.js';
import { storeWith } from '../store/testing/store-with.js';
import { releaseDoc, talksDoc } from '../store/testing/sample-docs.js';
import { unrestDoc } from '../store/testing/unrest-doc.js';
import { actorCounts, countEvents, countsByDateAndType, dyads, eventPoints } from './queries.js';

// The dashboard's aggregates are the API's own SQL (party keys, distinct-event counts): the same
// answers on every dialect, and each count equal to the events its filter lists.
for (const dialect of DIALECTS) {
  describe(`dashboard aggregates (${dialect})`, () => {
    let store: Store;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ store, close } = await storeWith(dialect, [releaseDoc(), talksDoc(), unrestDoc()]));
    });

    afterAll(async () => close());

    it('should count directed pairs of party keys, self-pairs and parties without a country included', async () => {
      const pairs = Object.fromEntries((await dyads(store.db, {})).map((d) => [`${d.source}>${d.target}`, d.count]));
      expect(pairs).toMatchObject({ 'AZE>ARM': 2, 'NGA>NGA': 1, '-/UAF>NGA': 1, '-/CVL>NGA': 1 });
      // "both sides" (AZE and ARM as actors, no recipient) is in no directed pair.
      expect(Object.values(pairs).reduce((a, b) => a + b, 0)).toBe(9);
    });

    it('should count each party once per event, by role, and label parties without a country by their words', async () => {
      const byKey = new Map((await actorCounts(store.db, {})).map((a) => [a.key, a]));
      expect(byKey.get('ARM')).toMatchObject({ events: 7, name: 'Armenia' });
      expect(byKey.get('-/UAF')).toMatchObject({ code: null, sector: 'UAF', label: 'gunmen · UAF', events: 1, asActor: 1 });
      for (const actor of byKey.values()) {
        const parties = actor.key.startsWith('-/') ? [{ code: null, sector: actor.sector }] : [{ code: actor.code }];
        expect({ key: actor.key, n: await countEvents(store.db, { parties }) }).toEqual({ key: actor.key, n: actor.events });
      }
    });

    it('should count per date and type, and place events on the map with their country', async () => {
      const counts = await countsByDateAndType(store.db, { types: ['ASSAULT'] });
      expect(counts.reduce((n, c) => n + c.count, 0)).toBe(await countEvents(store.db, { types: ['ASSAULT'] }));
      const { points } = await eventPoints(store.db, { country: 'NGA' }, 10);
      expect(points.map((p) => [p.eventId, p.countryName, p.dead])).toEqual([['attack-c', 'Nigeria', 4], ['march-c', 'Nigeria', null]]);
    });
  });
}
