import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import type { Database } from './database.js';
import { openStore, type Store } from './index.js';
import { periodKey } from './summaries.js';
import { DIALECTS, freshLocation, type TestLocation } from './testing/dialects.js';
import { releaseDoc, talksDoc } from './testing/sample-docs.js';
import { unrestDoc } from './testing/unrest-doc.js';

interface Summaries {
  readonly types: string[];
  readonly pairs: string[];
  readonly totals: string[];
}

/** Pair counts as `KEY n/cooperation/conflict` lines, sorted. */
function pairLines(rows: readonly { key: string; quad: number | null }[]): string[] {
  const pairs = new Map<string, [number, number, number]>();
  for (const { key, quad } of rows) {
    const [n, coop, conf] = pairs.get(key) ?? [0, 0, 0];
    pairs.set(key, [n + 1, coop + (quad !== null && quad <= 2 ? 1 : 0), conf + (quad !== null && quad >= 3 ? 1 : 0)]);
  }
  return [...pairs].map(([key, counts]) => `${key} ${counts.join('/')}`).sort();
}

/** The summary rows as the events give them now (the un-denormalised truth), sorted. */
async function truth(db: Kysely<Database>): Promise<Summaries> {
  const events = await db.selectFrom('events').select(['date', 'event']).execute();
  const dyads = await db
    .selectFrom('event_dyads')
    .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_dyads.doc_id').onRef('events.id', '=', 'event_dyads.event_id'))
    .select(['events.date', 'event_dyads.code_a', 'event_dyads.code_b', 'event_dyads.quad'])
    .execute();
  const tally = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const types = [...tally(events.map((e) => `${periodKey(e.date)} ${e.event}`))].map(([key, n]) => `${key} ${n}`);
  return {
    types: types.sort(),
    pairs: pairLines(dyads.map((d) => ({ key: `${periodKey(d.date)} ${d.code_a}-${d.code_b}`, quad: d.quad }))),
    totals: pairLines(dyads.map((d) => ({ key: `${d.code_a}-${d.code_b}`, quad: d.quad }))),
  };
}

/** The summary tables as stored, in the form of `truth`. */
async function stored(db: Kysely<Database>): Promise<Summaries> {
  const types = await db.selectFrom('event_month_counts').selectAll().execute();
  const pairs = await db.selectFrom('dyad_month_counts').selectAll().execute();
  const totals = await db.selectFrom('dyad_counts').selectAll().execute();
  return {
    types: types.map((r) => `${r.period} ${r.event} ${r.n}`).sort(),
    pairs: pairs.map((r) => `${r.period} ${r.code_a}-${r.code_b} ${r.n}/${r.cooperation}/${r.conflict}`).sort(),
    totals: totals.map((r) => `${r.code_a}-${r.code_b} ${r.n}/${r.cooperation}/${r.conflict}`).sort(),
  };
}

/** The release story re-coded: the clashes dropped, the 1990s war dated 2021, a new pair with Russia. */
function recodedReleaseDoc(): ArticleDoc {
  const doc = releaseDoc();
  doc.events = doc.events
    .filter((event) => event.id !== 'clashes-a')
    .map((event) => {
      if (event.id === 'war1990s-a') return { ...event, date: '2021-03', date_precision: 'month' as const };
      if (event.id === 'peacekeepers-a') return { ...event, recipient: [{ ...event.actor[0]!, code: 'ARM' }] };
      return event;
    });
  return doc;
}

for (const dialect of DIALECTS) {
  describe(`summary tables (${dialect})`, () => {
    let where: TestLocation;
    let store: Store;
    let runId: string;

    beforeEach(async () => {
      where = await freshLocation(dialect);
      store = await openStore(where.location);
      runId = await store.startRun(['clean@1', 'events@1']);
      for (const doc of [releaseDoc(), talksDoc(), unrestDoc()]) await store.saveDocument(doc, runId);
    });

    afterEach(async () => {
      await store.close();
      await where.cleanup();
    });

    it('should hold what the events give after saving, for every precision and undated events', async () => {
      const now = await stored(store.db);
      expect(now).toEqual(await truth(store.db));
      // Day and month dates count under their month, a year or decade under itself, undated under ~.
      expect(now.types).toEqual(expect.arrayContaining(['2022-09 ASSAULT 1', '2020 ASSAULT 1', '199 ASSAULT 1', '~ MOBILIZE 1']));
      expect(now.pairs).toContain('2022-09 ARM-AZE 2/1/1');
      // Every period of a pair in one total, undated events' too.
      expect(now.totals).toHaveLength(new Set(now.pairs.map((row) => row.split(' ')[1])).size);
    });

    it('should count a document saved twice once', async () => {
      const before = await stored(store.db);
      expect(await store.saveDocument(releaseDoc(), runId)).toBe('exists');
      expect(await stored(store.db)).toEqual(before);
    });

    it('should follow a replaced coding, dropping groups that no event has any more', async () => {
      expect(await store.saveDocument(recodedReleaseDoc(), runId, undefined, { replace: true })).toBe('replaced');
      const now = await stored(store.db);
      expect(now).toEqual(await truth(store.db));
      expect(now.types.some((row) => row.startsWith('199 '))).toBe(false);
      expect(now.pairs).toContain('~ ARM-RUS 1/0/1');
      expect(now.totals).toContain('ARM-RUS 1/0/1');
      // And back: the first coding again gives the first summaries.
      await store.saveDocument(releaseDoc(), runId, undefined, { replace: true });
      expect(await stored(store.db)).toEqual(await truth(store.db));
    });

    it('should stay right when documents are saved without merging, and after remerge and unmerge', async () => {
      const other = await freshLocation(dialect);
      const plain = await openStore(other.location);
      try {
        const run = await plain.startRun(['clean@1']);
        for (const doc of [releaseDoc(), talksDoc()]) await plain.saveDocument(doc, run, undefined, { merge: false });
        expect(await stored(plain.db)).toEqual(await truth(plain.db));
      } finally {
        await plain.close();
        await other.cleanup();
      }
      await store.remerge();
      await store.unmerge({ docId: 'doc-a', eventId: 'release-a' });
      expect(await stored(store.db)).toEqual(await truth(store.db));
    });

    it('should answer month and year bounds as the events do', async () => {
      await store.saveDocument(recodedReleaseDoc(), runId, undefined, { replace: true });
      // Summaries answer whole months and years; the same ranges spelled in days are answered from the events.
      const ranges: [since: string | undefined, until: string | undefined, inDays: [string | undefined, string | undefined]][] = [
        ['2022-09', '2022', ['2022-09-01', '2022-12-31']],
        ['2021', undefined, ['2021-01-01', undefined]],
        [undefined, '2022-09', [undefined, '2022-09-30']],
        ['2023-05', '2023-05', ['2023-05-01', '2023-05-31']],
      ];
      for (const [since, until, [sinceDay, untilDay]] of ranges) {
        const bounds = { ...(since ? { since } : {}), ...(until ? { until } : {}) };
        const days = { ...(sinceDay ? { since: sinceDay } : {}), ...(untilDay ? { until: untilDay } : {}) };
        expect(await store.dyadCounts(bounds)).toEqual(await store.dyadCounts(days));
        expect(await store.countEvents({ by: 'month', ...bounds })).toEqual(await store.countEvents({ by: 'month', ...days }));
        // Fatalities read their month index alone for whole months, their dates for days.
        expect(await store.fatalitiesByMonth(bounds)).toEqual(await store.fatalitiesByMonth(days));
        for (const types of [{ type: 'assault' }, { types: ['ASSAULT', 'RETREAT'] }, { types: [] }]) {
          expect(await store.countEvents({ by: 'month', ...types, ...bounds })).toEqual(await store.countEvents({ by: 'month', ...types, ...days }));
        }
      }
      expect((await store.dyadCounts({ since: '2022-09', until: '2022' })).length).toBeGreaterThan(0);
      expect((await store.fatalitiesByMonth({ since: '2021' })).length).toBeGreaterThan(0);
      // The whole store: every pair, undated events' too, and months only in monthly counts.
      const whole = await store.dyadCounts({});
      expect(whole).toContainEqual({ codeA: 'ARM', codeB: 'RUS', events: 1, cooperation: 0, conflict: 1 });
      // Read from the totals, in the order the events give: most events first, then the codes.
      const fromEvents = pairLines((await store.db.selectFrom('event_dyads').select(['code_a', 'code_b', 'quad']).execute())
        .map((d) => ({ key: `${d.code_a}-${d.code_b}`, quad: d.quad })));
      expect(whole.map((d) => `${d.codeA}-${d.codeB} ${d.events}/${d.cooperation}/${d.conflict}`).sort()).toEqual(fromEvents);
      expect(whole.map((d) => d.events)).toEqual(whole.map((d) => d.events).sort((a, b) => b - a));
      expect(await store.dyadCounts({ limit: 1, offset: 1 })).toEqual(whole.slice(1, 2));
      const months = await store.countEvents({ by: 'month' });
      const [{ n }] = (await sql<{ n: number | string }>`select count(*) as n from events where month is not null`.execute(store.db)).rows as [{ n: number | string }];
      expect(months.reduce((sum, row) => sum + row.count, 0)).toBe(Number(n));
    });
  });
}
