import { sql, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from './database.js';
import { canonicalConditions, check, eventConditions } from './filters.js';
import { periodOf, weekOf } from './periods.js';
import { paginate } from './page.js';
import { periodBounds, summaryAnswers, wholeMonthBounds } from './summaries.js';
import type { CanonicalFilter, CountOptions, Period, DyadCount, EventFilter, MonthlyFatalities, PeriodCount } from './records.js';

/*
 * Aggregates over derived columns written at save time (`week`, `month`, `event_dyads`,
 * `canonical_events.dead`), so each is one GROUP BY in portable SQL: no strftime/to_char, no
 * self-join of parties. Counts go through Number(): PostgreSQL returns bigint sums as strings.
 * The `limit`/`offset` of a filter pages the groups, not the events.
 */

const PERIOD_COLUMN = { day: 'events.date', week: 'events.week', month: 'events.month' } as const;

/** The lowest or highest value of a period column inside a bound: `('month', '2022-09-20', 'lo')` → `2022-09`. */
function periodBound(by: Period, bound: string, side: 'lo' | 'hi'): string {
  const day = periodOf(bound)![side];
  if (by === 'day') return day;
  if (by === 'month') return day.slice(0, 7);
  // A week is named by its Monday, which may fall before the since bound's day.
  return side === 'lo' ? weekOf(day)! : day;
}

/**
 * Events per period and type: `by: 'month'` gives `{ period: '2022-09', event: 'ASSAULT', count: 2 }`.
 * `day` and `week` count day-precise events only; `month` also month-precise ones ("last month").
 * Ordered by period, then type.
 */
export async function countEvents(db: Kysely<Database>, options: CountOptions): Promise<PeriodCount[]> {
  const { by, limit, offset, ...filter } = options;
  const column = PERIOD_COLUMN[by];
  if (column === undefined) throw new RangeError(`Invalid period "${String(by)}": use day, week or month.`);
  const bounds = check(filter);
  if (by === 'month' && summaryAnswers(filter, bounds, true)) {
    // Every (month, type) once in the summary: no grouping. Coarser periods have other key lengths.
    const rows = await paginate(db
      .selectFrom('event_month_counts')
      .select(['event_month_counts.period', 'event_month_counts.event', 'event_month_counts.n'])
      .where(sql<number>`length(${sql.ref('event_month_counts.period')})`, '=', 7)
      .where((eb) => eb.and(periodBounds('event_month_counts', bounds)))
      .$if(filter.type !== undefined, (q) => q.where('event_month_counts.event', '=', filter.type!.toUpperCase()))
      .$if(filter.types !== undefined, (q) => q.where((eb) => (filter.types!.length === 0
        ? sql<SqlBool>`1 = 0`
        : eb('event_month_counts.event', 'in', filter.types!.map((t) => t.toUpperCase())))))
      .orderBy('event_month_counts.period')
      .orderBy('event_month_counts.event'), limit, offset).execute();
    return rows.map((row) => ({ period: row.period, event: row.event, count: Number(row.n) }));
  }
  const query = db
    .selectFrom('events')
    .select([sql<string>`${sql.ref(column)}`.as('period'), 'events.event', db.fn.countAll().as('n')])
    .where((eb) => eventConditions(eb, filter))
    .where(sql.ref(column), 'is not', null)
    .$if(by === 'day', (q) => q.where('events.date_precision', '=', 'day'))
    // Implied by the date filter for the day- and month-precise events counted here, and sargable
    // on the (period, event) indexes: a year's counts read that year's index entries only.
    .$if(bounds.since !== undefined, (q) => q.where(sql.ref(column), '>=', periodBound(by, bounds.since!, 'lo')))
    .$if(bounds.until !== undefined, (q) => q.where(sql.ref(column), '<=', periodBound(by, bounds.until!, 'hi')))
    .groupBy([sql.ref(column), 'events.event'])
    .orderBy(sql.ref(column))
    .orderBy('events.event');
  const rows = await paginate(query, limit, offset).execute();
  return rows.map((row) => ({ period: row.period, event: row.event, count: Number(row.n) }));
}

const cooperation = sql<number>`sum(case when ${sql.ref('event_dyads.quad')} <= 2 then 1 else 0 end)`;
const conflict = sql<number>`sum(case when ${sql.ref('event_dyads.quad')} >= 3 then 1 else 0 end)`;

type Sum = number | string | bigint | null;

/** Counts as numbers: PostgreSQL returns bigint sums as strings; a sum over no rows is null. */
function toDyadCount(row: { code_a: string; code_b: string; n: Sum; coop: Sum; conf: Sum }): DyadCount {
  return { codeA: row.code_a, codeB: row.code_b, events: Number(row.n), cooperation: Number(row.coop ?? 0), conflict: Number(row.conf ?? 0) };
}

/**
 * Pairs of sides (either direction) with their event counts, split into cooperation (PLOVER quad
 * classes 1–2) and conflict (3–4), most events first. Events of an unknown type count in neither split.
 */
export async function dyadCounts(db: Kysely<Database>, filter: EventFilter = {}): Promise<DyadCount[]> {
  const { limit, offset, ...rest } = filter;
  const bounds = check(rest);
  if (summaryAnswers(rest, bounds) && bounds.since === undefined && bounds.until === undefined) {
    // The whole store: one row per pair, no grouping.
    const rows = await paginate(db
      .selectFrom('dyad_counts')
      .select(['dyad_counts.code_a', 'dyad_counts.code_b', 'dyad_counts.n', 'dyad_counts.cooperation as coop', 'dyad_counts.conflict as conf'])
      .orderBy('dyad_counts.n', 'desc')
      .orderBy('dyad_counts.code_a')
      .orderBy('dyad_counts.code_b'), limit, offset).execute();
    return rows.map(toDyadCount);
  }
  if (summaryAnswers(rest, bounds)) {
    const n = sql<number>`sum(${sql.ref('dyad_month_counts.n')})`;
    const rows = await paginate(db
      .selectFrom('dyad_month_counts')
      .select(['dyad_month_counts.code_a', 'dyad_month_counts.code_b', n.as('n')])
      .select((eb) => [eb.fn.sum('dyad_month_counts.cooperation').as('coop'), eb.fn.sum('dyad_month_counts.conflict').as('conf')])
      .where((eb) => eb.and(periodBounds('dyad_month_counts', bounds)))
      .groupBy(['dyad_month_counts.code_a', 'dyad_month_counts.code_b'])
      .orderBy(n, 'desc')
      .orderBy('dyad_month_counts.code_a')
      .orderBy('dyad_month_counts.code_b'), limit, offset).execute();
    return rows.map(toDyadCount);
  }
  const columns = ['event_dyads.code_a', 'event_dyads.code_b'] as const;
  // Unfiltered counts read event_dyads alone. Filtered ones start from the matching events (an
  // index on the filter) and join their pairs: each pair occurs once per event, so nothing doubles.
  const query = Object.keys(rest).length === 0
    ? db.selectFrom('event_dyads').select([...columns, db.fn.countAll().as('n'), cooperation.as('coop'), conflict.as('conf')])
    : db.selectFrom('events')
      .innerJoin('event_dyads', (join) => join.onRef('event_dyads.doc_id', '=', 'events.doc_id').onRef('event_dyads.event_id', '=', 'events.id'))
      .select([...columns, db.fn.countAll().as('n'), cooperation.as('coop'), conflict.as('conf')])
      .where((eb) => eventConditions(eb as unknown as ExpressionBuilder<Database, 'events'>, rest));
  const ordered = query
    .groupBy([...columns])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('event_dyads.code_a')
    .orderBy('event_dyads.code_b');
  const rows = await paginate(ordered, limit, offset).execute();
  return rows.map(toDyadCount);
}

/**
 * Deaths per month, summing the headline figure of each canonical event once (so three articles
 * about one shelling add its toll once), for canonical events dated to a day or month.
 */
export async function fatalitiesByMonth(db: Kysely<Database>, filter: CanonicalFilter = {}): Promise<MonthlyFatalities[]> {
  const { limit, offset, ...rest } = filter;
  const bounds = check(rest);
  // The events counted have a month (day- or month-precise dates): bounds of whole months or years
  // keep such a date exactly when they keep its month, so the month bounds below are the whole
  // date filter and the (month, dead) index answers alone, without reading each event's date.
  const { since: _since, until: _until, ...undated } = rest;
  const conditions = wholeMonthBounds(bounds) ? undated : rest;
  const query = db
    .selectFrom('canonical_events')
    .select(['canonical_events.month', sql<number>`sum(${sql.ref('canonical_events.dead')})`.as('dead'), db.fn.countAll().as('n')])
    .where((eb) => canonicalConditions(eb, conditions))
    .where('canonical_events.month', 'is not', null)
    .where('canonical_events.dead', 'is not', null)
    .$if(bounds.since !== undefined, (q) => q.where('canonical_events.month', '>=', periodOf(bounds.since!)!.lo.slice(0, 7)))
    .$if(bounds.until !== undefined, (q) => q.where('canonical_events.month', '<=', periodOf(bounds.until!)!.hi.slice(0, 7)))
    .groupBy('canonical_events.month')
    .orderBy('canonical_events.month');
  const rows = await paginate(query, limit, offset).execute();
  return rows.map((row) => ({ month: row.month!, dead: Number(row.dead), events: Number(row.n) }));
}
