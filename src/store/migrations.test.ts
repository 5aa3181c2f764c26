import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Connection } from './connect.js';
import { toActorRows, toEventRow } from './event-rows.js';
import { migrateToLatest } from './migrate.js';
import { migrationProvider } from './migrations/index.js';
import { DIALECTS, freshLocation, type TestLocation } from './testing/dialects.js';
import { releaseDoc } from './testing/sample-docs.js';

for (const dialect of DIALECTS) {
  describe(`migrations (${dialect})`, () => {
    let where: TestLocation;
    let connection: Connection;
    let migrator: Migrator;

    beforeEach(async () => {
      where = await freshLocation(dialect);
      connection = createDb(where.location);
      const schema = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(connection.db)).rows[0]!.s : undefined;
      migrator = new Migrator({ db: connection.db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
    });

    afterEach(async () => {
      await connection.db.destroy();
      await where.cleanup();
    });

    it('should backfill quad, week, month, sort date and country pairs of events stored before issue 7', async () => {
      expect((await migrator.migrateTo('2026_11_26_230000_init')).error).toBeUndefined();
      const { db } = connection;
      const doc = releaseDoc();
      await db.insertInto('runs').values({ id: 'r1', started_at: '2022-10-05T00:00:00Z', finished_at: null, versions: '[]', counts: null }).execute();
      await db.insertInto('documents').values({
        id: doc.id, uri: doc.source.uri, url: null, title: null, author: null, published_at: '2022-10-04', published_provenance: null, site_name: null,
        language: null, format: 'text', status: 'coded', status_reason: null, text: doc.text, raw_length: 0, diagnostics: '[]', run_id: 'r1', created_at: '2022-10-05T00:00:00Z',
      }).execute();
      for (const event of doc.events) {
        const { quad: _q, week: _w, month: _m, date_sort: _s, country_code: _c, search_text: _t, ...old } = toEventRow(event, doc.id, 'r1');
        await db.insertInto('events').values(old as never).execute();
        for (const { party_key: _k, first_in_role: _r, first_in_event: _e, date_sort: _d, evidence_start: _s, trigger_start: _t, ...row } of toActorRows(event, doc.id)) await db.insertInto('event_actors').values(row as never).execute();
      }
      const schema = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s : undefined;
      await migrateToLatest(db, schema ? { schema } : {});
      const release = await db.selectFrom('events').select(['quad', 'week', 'month', 'date_sort']).where('id', '=', 'release-a').executeTakeFirstOrThrow();
      expect(release).toEqual({ quad: 2, week: '2022-10-03', month: '2022-10', date_sort: '2022-10-04' });
      const pairs = await db.selectFrom('event_dyads').select(['event_id', 'code_a', 'code_b']).orderBy('event_id').execute();
      expect(pairs.map((p) => `${p.event_id} ${p.code_a}-${p.code_b}`)).toEqual([
        'clashes-a ARM-AZE', 'release-a ARM-AZE', 'war1990s-a ARM-AZE', 'war2020-a ARM-AZE',
      ]);
      // Issue 17: the place's country and the search words, from each stored record.
      const release17 = await db.selectFrom('events').select(['country_code', 'search_text']).where('id', '=', 'release-a').executeTakeFirstOrThrow();
      expect(release17.country_code).toBeNull();
      expect(release17.search_text).toContain(' freed 17 armenian prisoners');
      expect(release17.search_text).toContain(' azerbaijan');
      expect(await db.selectFrom('events').select('search_text').where('search_text', '=', '').execute()).toEqual([]);
      const clashes = await db.selectFrom('event_actors').select(['party_key', 'first_in_role', 'first_in_event']).where('event_id', '=', 'clashes-a').orderBy('idx').execute();
      expect(clashes).toEqual([{ party_key: 'AZE', first_in_role: 1, first_in_event: 1 }, { party_key: 'ARM', first_in_role: 1, first_in_event: 1 }]);
      // Issue 18: the summaries counted from the stored events (a month, a year, a decade, undated).
      const types = await db.selectFrom('event_month_counts').selectAll().orderBy('period').orderBy('event').execute();
      expect(types.map((r) => `${r.period} ${r.event} ${r.n}`)).toEqual(['199 ASSAULT 1', '2020 ASSAULT 1', '2022-09 ASSAULT 1', '2022-10 RETREAT 1', '~ MOBILIZE 1']);
      const dyads = await db.selectFrom('dyad_month_counts').selectAll().orderBy('period').execute();
      expect(dyads.map((r) => `${r.period} ${r.code_a}-${r.code_b} ${r.n}/${r.cooperation}/${r.conflict}`)).toEqual([
        '199 ARM-AZE 1/0/1', '2020 ARM-AZE 1/0/1', '2022-09 ARM-AZE 1/0/1', '2022-10 ARM-AZE 1/1/0',
      ]);
      // And the pairs' totals over the whole store, from the month summary.
      const totals = await db.selectFrom('dyad_counts').selectAll().execute();
      expect(totals.map((r) => `${r.code_a}-${r.code_b} ${r.n}/${r.cooperation}/${r.conflict}`)).toEqual(['ARM-AZE 4/1/3']);
    });

    it('should name documents stored before issue 16 by their uri', async () => {
      expect((await migrator.migrateTo('2026_11_27_200000_people_memory')).error).toBeUndefined();
      const { db } = connection;
      const doc = releaseDoc();
      await db.insertInto('runs').values({ id: 'r1', started_at: '2022-10-05T00:00:00Z', finished_at: null, versions: '[]', counts: null }).execute();
      await db.insertInto('documents').values({
        id: doc.id, uri: 'news/2022/story.txt', url: null, title: 'Story', author: null, published_at: '2022-10-04', published_provenance: null, site_name: null,
        language: null, format: 'text', status: 'coded', status_reason: null, near_duplicate_of: null, text: doc.text, raw_length: 0, diagnostics: '[]',
        run_id: 'r1', created_at: '2022-10-05T00:00:00Z',
      } as never).execute();
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect(await db.selectFrom('documents').select('source_id').executeTakeFirstOrThrow()).toEqual({ source_id: 'news/2022/story.txt' });
    });

    it('should migrate down to the first migration and up again', async () => {
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect((await migrator.migrateTo('2026_11_26_230000_init')).error).toBeUndefined();
      // A query rather than introspection: PostgreSQL's lists the tables of every schema (other tests').
      await expect(connection.db.selectFrom('canonical_events').select('id').execute()).rejects.toThrow();
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
    });
  });
}
