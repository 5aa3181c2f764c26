import { sql, type Expression, type Insertable, type Kysely, type SqlBool } from 'kysely';
import { chunk } from './chunk.js';
import type { Database } from './database.js';
import type { EventDyadsTable } from './event-dyads.table.js';
import type { EventsTable } from './events.table.js';
import type { Checked } from './filters.js';
import { sinceSql, untilSql } from './date-filter.js';
import { monthOf, UNDATED_SORT } from './periods.js';
import type { EventFilter } from './records.js';

/*
 * Summary tables for the aggregates a dashboard loads first: events per month-period and type,
 * event pairs per month-period and pairs over the whole store (summaries.table.ts). They are kept by the write path, in the
 * transaction that saves or deletes the events (`countIntoSummaries` here, `uncountDocument` before a
 * replace deletes the old coding), not refreshed per ingest run: a count must never lag behind
 * the events a page query shows, and the cost is three small upserts per document. Summaries answer
 * only filters they answer exactly (`summaryAnswers`); any other filter reads the events.
 */

/**
 * The summary key of a stored date: its month when day- or month-precise (`2022-09-20` →
 * `2022-09`), the date itself when coarser (`2022`, `199`), `~` when undated. A date bound of
 * whole months or years keeps an event exactly when it keeps its key (see `summaryAnswers`).
 */
export function periodKey(date: string | null): string {
  return monthOf(date) ?? date ?? UNDATED_SORT;
}

interface Counted {
  readonly n: number;
  readonly cooperation: number;
  readonly conflict: number;
}

type EventKeys = Pick<Insertable<EventsTable>, 'doc_id' | 'id' | 'date' | 'event'>;
type DyadKeys = Pick<Insertable<EventDyadsTable>, 'doc_id' | 'event_id' | 'code_a' | 'code_b' | 'quad'>;

function tally<K>(map: Map<string, { key: K; counted: Counted }>, id: string, key: K, quad: number | null | undefined, sign: 1 | -1): void {
  const entry = map.get(id) ?? { key, counted: { n: 0, cooperation: 0, conflict: 0 } };
  const q = quad ?? null;
  entry.counted = {
    n: entry.counted.n + sign,
    cooperation: entry.counted.cooperation + (q !== null && q <= 2 ? sign : 0),
    conflict: entry.counted.conflict + (q !== null && q >= 3 ? sign : 0),
  };
  map.set(id, entry);
}

/**
 * Adds (`sign` 1) or takes away (`sign` -1) events and their pairs in the summaries (one document's or more).
 * Pairs are counted twice: per month-period and in the store's totals.
 * Call in the transaction that inserts or deletes them. Each statement writes its keys in sorted
 * order, so two PostgreSQL transactions counting into the same rows usually wait for each other;
 * a deadlock (a replace takes keys away, then adds others) fails one save, which is reported.
 */
export async function countIntoSummaries(db: Kysely<Database>, events: readonly EventKeys[], dyads: readonly DyadKeys[], sign: 1 | -1 = 1): Promise<void> {
  const periodOf = new Map(events.map((e) => [`${e.doc_id}\n${e.id}`, periodKey(e.date ?? null)]));
  const byType = new Map<string, { key: { period: string; event: string }; counted: Counted }>();
  for (const e of events) {
    const period = periodOf.get(`${e.doc_id}\n${e.id}`)!;
    tally(byType, JSON.stringify([period, e.event]), { period, event: e.event }, null, sign);
  }
  const byPair = new Map<string, { key: { period: string; code_a: string; code_b: string }; counted: Counted }>();
  const byPairTotal = new Map<string, { key: { code_a: string; code_b: string }; counted: Counted }>();
  for (const d of dyads) {
    const period = periodOf.get(`${d.doc_id}\n${d.event_id}`);
    if (period === undefined) throw new Error(`Pair ${d.code_a}-${d.code_b} of event ${d.doc_id}/${d.event_id} has no event among those counted.`);
    tally(byPair, JSON.stringify([period, d.code_a, d.code_b]), { period, code_a: d.code_a, code_b: d.code_b }, d.quad, sign);
    tally(byPairTotal, JSON.stringify([d.code_a, d.code_b]), { code_a: d.code_a, code_b: d.code_b }, d.quad, sign);
  }
  const sorted = <K>(map: Map<string, { key: K; counted: Counted }>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, entry]) => entry);
  const typeRows = sorted(byType).map(({ key, counted }) => ({ ...key, n: counted.n }));
  const pairRows = sorted(byPair).map(({ key, counted }) => ({ ...key, ...counted }));
  const pairTotalRows = sorted(byPairTotal).map(({ key, counted }) => ({ ...key, ...counted }));
  // ON CONFLICT … DO UPDATE (SQLite ≥ 3.24, PostgreSQL): one statement per table, each key once.
  for (const rows of chunk(typeRows)) {
    await db.insertInto('event_month_counts').values(rows)
      .onConflict((oc) => oc.columns(['period', 'event']).doUpdateSet((eb) => ({ n: eb('event_month_counts.n', '+', eb.ref('excluded.n')) })))
      .execute();
  }
  for (const rows of chunk(pairRows)) {
    await db.insertInto('dyad_month_counts').values(rows)
      .onConflict((oc) => oc.columns(['period', 'code_a', 'code_b']).doUpdateSet((eb) => ({
        n: eb('dyad_month_counts.n', '+', eb.ref('excluded.n')),
        cooperation: eb('dyad_month_counts.cooperation', '+', eb.ref('excluded.cooperation')),
        conflict: eb('dyad_month_counts.conflict', '+', eb.ref('excluded.conflict')),
      })))
      .execute();
  }
  for (const rows of chunk(pairTotalRows)) {
    await db.insertInto('dyad_counts').values(rows)
      .onConflict((oc) => oc.columns(['code_a', 'code_b']).doUpdateSet((eb) => ({
        n: eb('dyad_counts.n', '+', eb.ref('excluded.n')),
        cooperation: eb('dyad_counts.cooperation', '+', eb.ref('excluded.cooperation')),
        conflict: eb('dyad_counts.conflict', '+', eb.ref('excluded.conflict')),
      })))
      .execute();
  }
  if (sign === -1) {
    // Empty groups go, so a summary never lists a type or pair that no stored event has.
    const periods = [...new Set(periodOf.values())];
    if (periods.length > 0) {
      await db.deleteFrom('event_month_counts').where('period', 'in', periods).where('n', '<=', 0).execute();
      await db.deleteFrom('dyad_month_counts').where('period', 'in', periods).where('n', '<=', 0).execute();
    }
    for (const rows of chunk(pairTotalRows)) {
      await db.deleteFrom('dyad_counts')
        .where((eb) => eb(eb.refTuple('code_a', 'code_b'), 'in', rows.map((row) => eb.tuple(row.code_a, row.code_b))))
        .where('n', '<=', 0).execute();
    }
  }
}

/** Takes a stored document's events and pairs out of the summaries; call before deleting them. */
export async function uncountDocument(db: Kysely<Database>, docId: string): Promise<void> {
  const events = await db.selectFrom('events').select(['doc_id', 'id', 'date', 'event']).where('doc_id', '=', docId).execute();
  const dyads = await db.selectFrom('event_dyads').select(['doc_id', 'event_id', 'code_a', 'code_b', 'quad']).where('doc_id', '=', docId).execute();
  await countIntoSummaries(db, events, dyads, -1);
}

/** A bound of whole months or years (`2022`, `2022-09`), not a day. */
const WHOLE_MONTHS = /^\d{4}(-\d{2})?$/;

/** Whether every given bound is of whole months or years: then a day- or month-precise date and its month are kept alike. */
export function wholeMonthBounds(checked: Checked): boolean {
  return [checked.since, checked.until].every((bound) => bound === undefined || WHOLE_MONTHS.test(bound));
}

/**
 * Whether the summaries give exactly what the events give for this filter: no filter but date
 * bounds of whole months or years (and, with `byType`, the type). Then a day- or month-precise
 * date and its month are kept alike (the bound is at most as long as the month: comparing with
 * the date or with its month agrees), and a coarser date is its own key.
 */
export function summaryAnswers(filter: EventFilter, checked: Checked, byType = false): boolean {
  const { since: _since, until: _until, limit: _limit, offset: _offset, order: _order, ...rest } = filter;
  // The type is a key of the events' summary: a type filter keeps whole rows of it.
  const others = Object.entries(rest).filter(([key, value]) => value !== undefined && !(byType && (key === 'type' || key === 'types')));
  return others.length === 0 && wholeMonthBounds(checked);
}

/** The date bounds of a filter `summaryAnswers` accepts, on a summary's `period` column. */
export function periodBounds(table: 'event_month_counts' | 'dyad_month_counts', checked: Checked): Expression<SqlBool>[] {
  const column = `${table}.period`;
  const all: Expression<SqlBool>[] = [];
  // Undated events have no date to keep; `~` would pass the since comparison, so it is left out.
  if (checked.since !== undefined || checked.until !== undefined) all.push(sql<SqlBool>`${sql.ref(column)} <> ${UNDATED_SORT}`);
  if (checked.since !== undefined) all.push(sinceSql(column, checked.since));
  if (checked.until !== undefined) all.push(untilSql(column, checked.until));
  return all;
}
