import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { canonicalConditions, eventConditions } from './filters.js';
import { paginate } from './page.js';
import type { CanonicalFilter, CountOptions, DyadCount, EventFilter, MonthlyFatalities, PeriodCount } from './records.js';

/*
 * Aggregates over derived columns written at save time (`week`, `month`, `event_dyads`,
 * `canonical_events.dead`), so each is one GROUP BY in portable SQL: no strftime/to_char, no
 * self-join of parties. Counts go through Number(): PostgreSQL returns bigint sums as strings.
 * The `limit`/`offset` of a filter pages the groups, not the events.
 */

const PERIOD_COLUMN = { day: 'events.date', week: 'events.week', month: 'events.month' } as const;

/**
 * Events per period and type: `by: 'month'` gives `{ period: '2022-09', event: 'ASSAULT', count: 2 }`.
 * `day` and `week` count day-precise events only; `month` also month-precise ones ("last month").
 * Ordered by period, then type.
 */
export async function countEvents(db: Kysely<Database>, options: CountOptions): Promise<PeriodCount[]> {
  const { by, limit, offset, ...filter } = options;
  const column = PERIOD_COLUMN[by];
  if (column === undefined) throw new RangeError(`Invalid period "${String(by)}": use day, week or month.`);
  const query = db
    .selectFrom('events')
    .select([sql<string>`${sql.ref(column)}`.as('period'), 'events.event', db.fn.countAll().as('n')])
    .where((eb) => eventConditions(eb, filter))
    .where(sql.ref(column), 'is not', null)
    .$if(by === 'day', (q) => q.where('events.date_precision', '=', 'day'))
    .groupBy([sql.ref(column), 'events.event'])
    .orderBy(sql.ref(column))
    .orderBy('events.event');
  const rows = await paginate(query, limit, offset).execute();
  return rows.map((row) => ({ period: row.period, event: row.event, count: Number(row.n) }));
}

const cooperation = sql<number>`sum(case when ${sql.ref('event_dyads.quad')} <= 2 then 1 else 0 end)`;
const conflict = sql<number>`sum(case when ${sql.ref('event_dyads.quad')} >= 3 then 1 else 0 end)`;

/**
 * Pairs of sides (either direction) with their event counts, split into cooperation (PLOVER quad
 * classes 1–2) and conflict (3–4), most events first. Events of an unknown type count in neither split.
 */
export async function dyadCounts(db: Kysely<Database>, filter: EventFilter = {}): Promise<DyadCount[]> {
  const { limit, offset, ...rest } = filter;
  const filtered = Object.keys(rest).length > 0;
  const query = db
    .selectFrom('event_dyads')
    .select(['event_dyads.code_a', 'event_dyads.code_b', db.fn.countAll().as('n'), cooperation.as('coop'), conflict.as('conf')])
    // Unfiltered counts read event_dyads alone; filters on the event go through EXISTS on its row.
    .$if(filtered, (q) =>
      q.where((eb) =>
        eb.exists(
          eb.selectFrom('events').select(eb.lit(1).as('one'))
            .whereRef('events.doc_id', '=', 'event_dyads.doc_id').whereRef('events.id', '=', 'event_dyads.event_id')
            .where((inner) => eventConditions(inner as unknown as ExpressionBuilder<Database, 'events'>, rest)),
        ),
      ),
    )
    .groupBy(['event_dyads.code_a', 'event_dyads.code_b'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('event_dyads.code_a')
    .orderBy('event_dyads.code_b');
  const rows = await paginate(query, limit, offset).execute();
  return rows.map((row) => ({
    codeA: row.code_a, codeB: row.code_b, events: Number(row.n), cooperation: Number(row.coop ?? 0), conflict: Number(row.conf ?? 0),
  }));
}

/**
 * Deaths per month, summing the headline figure of each canonical event once (so three articles
 * about one shelling add its toll once), for canonical events dated to a day or month.
 */
export async function fatalitiesByMonth(db: Kysely<Database>, filter: CanonicalFilter = {}): Promise<MonthlyFatalities[]> {
  const { limit, offset, ...rest } = filter;
  const query = db
    .selectFrom('canonical_events')
    .select(['canonical_events.month', sql<number>`sum(${sql.ref('canonical_events.dead')})`.as('dead'), db.fn.countAll().as('n')])
    .where((eb) => canonicalConditions(eb, rest))
    .where('canonical_events.month', 'is not', null)
    .where('canonical_events.dead', 'is not', null)
    .groupBy('canonical_events.month')
    .orderBy('canonical_events.month');
  const rows = await paginate(query, limit, offset).execute();
  return rows.map((row) => ({ month: row.month!, dead: Number(row.dead), events: Number(row.n) }));
}
