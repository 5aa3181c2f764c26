import { sql, type KyselyPlugin } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { docFromRaw } from '../ingest/load.js';
import { createDocumentCoder } from '../pipeline/default.js';
import { finishMerging, recomputeCanonical } from './canonical.repository.js';
import { HEADLINE_RULE, openStore, type CanonicalEvent, type Store } from './index.js';
import { DIALECTS, freshLocation, type TestLocation } from './testing/dialects.js';
import { WIRE_STORIES, type WireStory } from './testing/wire-stories.js';

/*
 * Cross-article merging on real pipeline output: three outlets' reports of Azerbaijan's release
 * of 17 Armenian prisoners on 2022-10-04 (and of the September clashes), plus one republished copy.
 */

function code(story: WireStory): ArticleDoc {
  const doc = docFromRaw(story.text, story.uri, 'text', {}, { published: story.published, source: story.siteName, url: story.url });
  const status = createDocumentCoder({ onStageError: 'throw' }).code(doc);
  if (status.status !== 'coded') throw new Error(`${story.uri} was not coded: ${JSON.stringify(status)}`);
  return doc;
}

const [AFP, REUTERS, CAUCASUS, COPY] = WIRE_STORIES as [WireStory, WireStory, WireStory, WireStory];
let coded: Map<WireStory, ArticleDoc>;
const doc = (story: WireStory): ArticleDoc => structuredClone(coded.get(story)!);

/** The canonical event holding a story's first event of a type. */
async function canonicalOf(store: Store, story: WireStory, type: string): Promise<CanonicalEvent> {
  const event = coded.get(story)!.events.find((e) => e.event === type && !e.background)!;
  const id = await store.canonicalIdOf(coded.get(story)!.id, event.id);
  const found = (await store.queryCanonicalEvents()).find((c) => c.id === id);
  if (found === undefined) throw new Error(`no canonical event for ${story.uri} ${type}`);
  return found;
}

/** Canonical events as comparable facts: type, date, and which documents' events they hold. */
async function partition(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (const canonical of await store.queryCanonicalEvents()) {
    const detail = await store.getCanonicalEvent(canonical.id);
    out.push(`${canonical.id} ${canonical.event} ${canonical.date}: ${detail!.links.map((l) => l.eventId).sort().join(' ')}`);
  }
  return out.sort();
}

/** Every row of the canonical tables, sorted: what a recompute writes. */
async function canonicalRows(store: Store): Promise<string[]> {
  const rows = await Promise.all((['canonical_events', 'canonical_actors', 'canonical_dyads'] as const).map((table) => store.db.selectFrom(table).selectAll().execute()));
  return rows.flatMap((list, i) => list.map((row) => `${i} ${JSON.stringify(row)}`)).sort();
}

/** Counts the SELECT statements run through a Kysely instance. */
function countingSelects(): { plugin: KyselyPlugin; count: () => number } {
  let selects = 0;
  return {
    plugin: {
      transformQuery(args) {
        if (args.node.kind === 'SelectQueryNode') selects++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    },
    count: () => selects,
  };
}

beforeAll(() => {
  coded = new Map(WIRE_STORIES.map((story) => [story, code(story)]));
});

for (const dialect of DIALECTS) {
  describe(`canonical events (${dialect})`, () => {
    let where: TestLocation;
    let store: Store;
    let runId: string;

    beforeEach(async () => {
      where = await freshLocation(dialect);
      store = await openStore(where.location, { now: () => new Date('2022-10-06T08:00:00.000Z') });
      runId = await store.startRun(['test@1']);
    });

    afterEach(async () => {
      await store.close();
      await where.cleanup();
    });

    const saveAll = async (stories: readonly WireStory[]) => {
      for (const story of stories) await store.saveDocument(doc(story), runId);
    };

    it('should merge three outlets\' reports of the release into one canonical event with three sources', async () => {
      await saveAll([AFP, REUTERS, CAUCASUS]);
      const release = await canonicalOf(store, AFP, 'RETREAT');
      expect(release).toMatchObject({
        event: 'RETREAT', mode: 'release', date: '2022-10-04', datePrecision: 'day', firstReported: '2022-10-04', mentions: 3, sources: 3,
        actors: { actor: ['AZE'], recipient: ['ARM'], third_party: ['USA'] },
      });
      for (const story of [REUTERS, CAUCASUS]) expect((await canonicalOf(store, story, 'RETREAT')).id).toBe(release.id);
      const detail = await store.getCanonicalEvent(release.id);
      expect(detail!.links.map((link) => link.siteName)).toEqual(['AFP', 'Reuters', 'Caucasus Daily']);
    });

    it('should keep conflicting death tolls side by side and head with the lowest by the stated rule', async () => {
      await saveAll([AFP, REUTERS, CAUCASUS]);
      const clashes = await canonicalOf(store, AFP, 'ASSAULT');
      expect(clashes.id).toBe((await canonicalOf(store, REUTERS, 'ASSAULT')).id);
      expect(clashes.figures.dead?.map((f) => [f.value, f.qualifier, f.outlet])).toEqual([
        [286, 'at least', 'site:afp'],
        [300, 'about', 'site:reuters'],
      ]);
      expect([clashes.dead, clashes.deadRule, clashes.date, clashes.sources]).toEqual([286, HEADLINE_RULE, '2022-09', 2]);
      expect(await store.fatalitiesByMonth()).toEqual([{ month: '2022-09', dead: 286, events: 1 }]);
    });

    it('should count a republished copy as a mention but not as another independent source', async () => {
      await saveAll([AFP, REUTERS, CAUCASUS, COPY]);
      expect(await canonicalOf(store, COPY, 'RETREAT')).toMatchObject({ mentions: 4, sources: 3 });
    });

    it('should explain each link with its score and the reasons of every rule', async () => {
      await saveAll([AFP, REUTERS]);
      const release = await canonicalOf(store, AFP, 'RETREAT');
      const [founder, joined] = (await store.getCanonicalEvent(release.id))!.links;
      expect(founder!.reasons).toEqual(['no stored event matched: founds a new canonical event']);
      expect(joined!.score).toBeGreaterThan(0.5);
      expect(joined!.reasons).toEqual(expect.arrayContaining(['same type RETREAT', 'same mode release', 'same date 2022-10-04', 'matches all 1 mention(s) (merge@1)']));
    });

    it('should keep apart events of other types, modes or coarse dates', async () => {
      await saveAll([AFP, REUTERS, CAUCASUS]);
      const all = await store.queryCanonicalEvents();
      // The 2020 war (background, year) is not the September clashes; CONSULT and SUPPORT are not the release.
      expect(all.filter((c) => c.event === 'ASSAULT').map((c) => c.date)).toEqual(['2020', '2022-09']);
      expect(all.filter((c) => c.event === 'RETREAT')).toHaveLength(1);
    });

    it('should split a mention out with unmerge and keep it apart after remerge', async () => {
      await saveAll([AFP, REUTERS, CAUCASUS]);
      const reuters = coded.get(REUTERS)!;
      const releaseId = reuters.events.find((e) => e.event === 'RETREAT')!.id;
      const before = await canonicalOf(store, AFP, 'RETREAT');
      const split = await store.unmerge({ docId: reuters.id, eventId: releaseId });
      expect(split).toBe(`u:${reuters.id}/${releaseId}`);
      expect(await canonicalOf(store, REUTERS, 'RETREAT')).toMatchObject({ id: split, mentions: 1, sources: 1, locked: true });
      expect(await canonicalOf(store, AFP, 'RETREAT')).toMatchObject({ id: before.id, mentions: 2, sources: 2 });
      expect((await store.getCanonicalEvent(split))!.links[0]!.reasons).toEqual([`split out of ${before.id} by unmerge`]);
      await store.remerge();
      expect((await canonicalOf(store, REUTERS, 'RETREAT')).id).toBe(split);
      expect((await canonicalOf(store, CAUCASUS, 'RETREAT')).mentions).toBe(2);
    });

    it('should throw a RangeError when unmerging a mention that is not stored', async () => {
      await expect(store.unmerge({ docId: 'nope', eventId: 'nope:0' })).rejects.toThrow(RangeError);
    });

    it('should give the same canonical events after remerge whatever order the articles were saved in', async () => {
      await saveAll([CAUCASUS, REUTERS, COPY, AFP]);
      await store.remerge();
      const once = await partition(store);
      await store.remerge();
      expect(await partition(store)).toEqual(once);

      const other = await freshLocation(dialect);
      const second = await openStore(other.location);
      try {
        const run = await second.startRun(['test@1']);
        for (const story of [AFP, COPY, REUTERS, CAUCASUS]) await second.saveDocument(doc(story), run);
        await second.remerge();
        expect(await partition(second)).toEqual(once);
      } finally {
        await second.close();
        await other.cleanup();
      }
    });

    it('should settle the merges of a run to what remerge gives, whatever order its stories were saved in, and leave settled links alone', async () => {
      await saveAll([CAUCASUS, REUTERS, COPY, AFP]);
      const mentions = [CAUCASUS, REUTERS, COPY, AFP].reduce((n, story) => n + coded.get(story)!.events.length, 0);
      expect(await store.settleMerges()).toMatchObject({ mentions });
      const settled = await partition(store);
      // Nothing saved since: a second finishing step links nothing again.
      expect(await store.settleMerges()).toMatchObject({ mentions: 0 });
      await store.remerge();
      expect(await partition(store)).toEqual(settled);

      // Another order, settled in two steps: the earliest reports first, then the next day's.
      const other = await freshLocation(dialect);
      const second = await openStore(other.location);
      try {
        const run = await second.startRun(['test@1']);
        for (const story of [COPY, AFP]) await second.saveDocument(doc(story), run);
        await second.settleMerges();
        const early = await partition(second);
        for (const story of [REUTERS, CAUCASUS]) await second.saveDocument(doc(story), run);
        expect(await second.settleMerges()).toMatchObject({ mentions: coded.get(REUTERS)!.events.length + coded.get(CAUCASUS)!.events.length });
        expect(await partition(second)).toEqual(settled);
        expect(early.length).toBeGreaterThan(0);
      } finally {
        await second.close();
        await other.cleanup();
      }
    });

    it('should leave the events of a save with merge later to the finishing step, which links them as saves linked at once and settled', async () => {
      // Linked at once, then settled: the reference.
      await saveAll([CAUCASUS, REUTERS, COPY, AFP]);
      await store.settleMerges();
      const settled = await canonicalRows(store);
      const links = (await store.db.selectFrom('event_links').selectAll().execute()).map((row) => JSON.stringify(row)).sort();

      const other = await freshLocation(dialect);
      const later = await openStore(other.location, { now: () => new Date('2022-10-06T08:00:00.000Z') });
      try {
        const run = await later.startRun(['test@1']);
        for (const story of [CAUCASUS, REUTERS, COPY, AFP]) await later.saveDocument(doc(story), run, undefined, { merge: 'later' });
        // Nothing linked yet: every event waits in unlinked_mentions.
        expect(await later.db.selectFrom('canonical_events').selectAll().execute()).toEqual([]);
        expect(await later.canonicalIdOf(coded.get(AFP)!.id, coded.get(AFP)!.events[0]!.id)).toBeUndefined();
        const mentions = [CAUCASUS, REUTERS, COPY, AFP].reduce((n, story) => n + coded.get(story)!.events.length, 0);
        expect(await later.db.selectFrom('unlinked_mentions').selectAll().execute()).toHaveLength(mentions);
        // A replaced document's waiting events go with it; its new ones wait in their place.
        await later.saveDocument(doc(REUTERS), run, undefined, { merge: 'later', replace: true });
        expect(await later.db.selectFrom('unlinked_mentions').selectAll().execute()).toHaveLength(mentions);
        expect(await later.settleMerges()).toMatchObject({ mentions });
        expect(await later.db.selectFrom('unlinked_mentions').selectAll().execute()).toEqual([]);
        expect(await canonicalRows(later)).toEqual(settled);
        expect((await later.db.selectFrom('event_links').selectAll().execute()).map((row) => JSON.stringify(row)).sort()).toEqual(links);
        expect(await later.settleMerges()).toMatchObject({ mentions: 0 });
      } finally {
        await later.close();
        await other.cleanup();
      }
      // Saves linked at once and saves left for later, settled together in report order.
      const third = await freshLocation(dialect);
      const mixed = await openStore(third.location, { now: () => new Date('2022-10-06T08:00:00.000Z') });
      try {
        const run = await mixed.startRun(['test@1']);
        for (const [n, story] of [CAUCASUS, REUTERS, COPY, AFP].entries()) await mixed.saveDocument(doc(story), run, undefined, n % 2 === 0 ? {} : { merge: 'later' });
        await mixed.settleMerges();
        expect(await canonicalRows(mixed)).toEqual(settled);
        expect((await mixed.db.selectFrom('event_links').selectAll().execute()).map((row) => JSON.stringify(row)).sort()).toEqual(links);
      } finally {
        await mixed.close();
        await third.cleanup();
      }
    });

    it('should recompute canonical events when a document is re-coded, and show the change between runs', async () => {
      await saveAll([AFP, REUTERS]);
      const recoded = doc(AFP);
      recoded.events = recoded.events.filter((e) => e.event !== 'ASSAULT');
      const run2 = await store.startRun(['test@2']);
      expect(await store.saveDocument(recoded, run2, undefined, { replace: true })).toBe('replaced');
      const clashes = await canonicalOf(store, REUTERS, 'ASSAULT');
      expect([clashes.mentions, clashes.dead, clashes.figures.dead?.length]).toEqual([1, 300, 1]);
      const diff = await store.diffRuns(runId, run2);
      expect([diff.documents, diff.added.length, diff.removed.map((c) => c.event), diff.byType]).toEqual([
        1, 0, ['ASSAULT'], { ASSAULT: { added: 0, removed: 1 } },
      ]);
    });

    it('should give the same canonical rows, links, scores and reasons whether the stories are saved in one batch or one by one', async () => {
      // Saved in an order that is not report order, so a batch's summaries must place each mention where it belongs.
      const stories = [CAUCASUS, AFP, COPY, REUTERS];
      await saveAll(stories);
      const other = await freshLocation(dialect);
      const batched = await openStore(other.location, { now: () => new Date('2022-10-06T08:00:00.000Z') });
      try {
        const results = await batched.saveDocuments(stories.map((story) => ({ doc: doc(story), status: { status: 'coded' } })), await batched.startRun(['test@1']));
        expect(results).toEqual(stories.map(() => ({ saved: 'inserted' })));
        const snapshot = async (s: Store) => ({
          canonical: await s.db.selectFrom('canonical_events').selectAll().orderBy('id').execute(),
          links: await s.db.selectFrom('event_links').selectAll().orderBy('doc_id').orderBy('event_id').execute(),
          actors: await s.db.selectFrom('canonical_actors').selectAll().orderBy('canonical_id').orderBy('role').orderBy('code').execute(),
        });
        const [one, batch] = [await snapshot(store), await snapshot(batched)];
        expect(batch).toEqual(one);
        expect(one.canonical.length).toBeGreaterThan(0);
        expect(one.links.some((link) => JSON.parse(link.reasons).some((r: string) => /matches all [2-9] mention/.test(r)))).toBe(true);
      } finally {
        await batched.close();
        await other.cleanup();
      }
    });

    it('should fail a bad document of a batch alone, store the others, and add nothing on a second run', async () => {
      const bad = doc(REUTERS);
      bad.events.push({ ...bad.events[0]! }); // two events with one id: the database refuses the document
      const requests = [AFP, CAUCASUS].map((story) => ({ doc: doc(story), status: { status: 'coded' as const } }));
      const results = await store.saveDocuments([requests[0]!, { doc: bad, status: { status: 'coded' } }, requests[1]!], runId);
      expect(results[0]).toEqual({ saved: 'inserted' });
      expect(results[2]).toEqual({ saved: 'inserted' });
      expect('error' in results[1]! && results[1].error.message).toMatch(/Could not save document .*reuters-prisoners\.txt.*Nothing of it was stored/);
      expect(await store.hasDocument(bad.id)).toBe(false);
      const release = await canonicalOf(store, AFP, 'RETREAT');
      expect(release).toMatchObject({ mentions: 2, sources: 2 });
      const again = await store.saveDocuments(requests, runId);
      expect(again).toEqual([{ saved: 'exists' }, { saved: 'exists' }]);
      expect((await canonicalOf(store, AFP, 'RETREAT')).mentions).toBe(2);
    });

    it('should recompute the canonical events of a transaction reading their mentions a page at a time, as one by one would', async () => {
      await saveAll([AFP, REUTERS, CAUCASUS, COPY]);
      const saved = await canonicalRows(store);
      const ids = (await store.db.selectFrom('canonical_events').select('id').execute()).map((row) => row.id);
      expect(ids.length).toBeGreaterThan(3);
      // The finishing step of a batch, over every canonical event at once.
      const selects = countingSelects();
      await store.db.withPlugin(selects.plugin).transaction().execute((trx) => finishMerging(trx, new Set(ids)));
      expect(selects.count()).toBe(1);
      expect(await canonicalRows(store)).toEqual(saved);
      for (const id of ids) await recomputeCanonical(store.db, id);
      expect(await canonicalRows(store)).toEqual(saved);
    });

    it('should read the ids of merge candidates from the quad and type indexes alone', async () => {
      const candidateColumns = ['date_lo', 'date_hi', 'date_precision', 'locked', 'id'];
      for (const [index, key] of [['canonical_events_quad_idx', 'quad'], ['canonical_events_type_idx', 'event']] as const) {
        const columns = dialect === 'sqlite'
          ? (await sql<{ name: string }>`select name from pragma_index_info(${index}) order by seqno`.execute(store.db)).rows.map((row) => row.name)
          : (await sql<{ name: string }>`select a.attname as name from pg_index i join pg_class c on c.oid = i.indexrelid
              join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
              cross join lateral unnest(i.indkey) with ordinality as k(attnum, seqno)
              join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
              where c.relname = ${index} order by k.seqno`.execute(store.db)).rows.map((row) => row.name);
        expect(columns).toEqual([key, ...candidateColumns]);
      }
    });

    it('should found a new canonical event for a mention with no party code, even beside the same report', async () => {
      const anonymous = doc(AFP);
      for (const event of anonymous.events) for (const role of ['actor', 'recipient', 'third_party'] as const) event[role] = event[role].map((p) => ({ ...p, code: null }));
      await store.saveDocument(doc(REUTERS), runId);
      await store.saveDocument(anonymous, runId);
      for (const event of anonymous.events) {
        const id = await store.canonicalIdOf(anonymous.id, event.id);
        expect(id).toBe(`c:${anonymous.id}/${event.id}`);
      }
    });
  });
}
