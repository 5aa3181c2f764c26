/**
 * Aggregates the dashboard needs, as portable Kysely queries over the store's tables (the same SQL
 * on SQLite and PostgreSQL: no date functions, no JSON operators; counts go through Number()
 * because PostgreSQL returns bigint counts as strings). Each function is small and takes the
 * filters the API validated, so it can be swapped for a Store method when the store offers one.
 */
import { sql, type ExpressionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { CodedEvent, SizeValue } from '../core/document.js';
import type { Database } from '../store/database.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from '../store/event-rows.js';
import { sinceCondition, untilCondition } from '../store/date-filter.js';
import type { EventQuery, PageQuery } from './params.js';

type EventsBuilder = ExpressionBuilder<Database, 'events'>;

/** One condition per given filter, combined with AND; the same filter semantics as `store.queryEvents`. */
export function eventConditions(eb: EventsBuilder, q: EventQuery): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (q.type !== undefined) all.push(eb('events.event', '=', q.type));
  if (q.mode !== undefined) all.push(eb('events.mode', '=', q.mode));
  if (q.doc !== undefined) all.push(eb('events.doc_id', '=', q.doc));
  if (q.background !== undefined) all.push(eb('events.background', '=', q.background ? 1 : 0));
  if (q.since !== undefined) all.push(sinceCondition(eb, q.since));
  if (q.until !== undefined) all.push(untilCondition(eb, q.until));
  for (const [code, role] of [[q.actor, undefined], [q.recipient, 'recipient']] as const) {
    if (code === undefined) continue;
    all.push(
      eb.exists(
        eb
          .selectFrom('event_actors')
          .select(eb.lit(1).as('one'))
          .whereRef('event_actors.doc_id', '=', 'events.doc_id')
          .whereRef('event_actors.event_id', '=', 'events.id')
          .where('event_actors.code', '=', code)
          .$if(role !== undefined, (qb) => qb.where('event_actors.role', '=', 'recipient')),
      ),
    );
  }
  return eb.and(all);
}

/** How many events match the filters (the `total` beside a page). */
export async function countEvents(db: Kysely<Database>, q: EventQuery): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => eventConditions(eb, q))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * One page of matching events as saved (CodedEvent, with its document's `source`), in the store's order: date (undated last),
 * document, evidence offset, trigger offset, id. Written here because `store.queryEvents` has no
 * `mode` filter yet.
 */
export async function pageEvents(db: Kysely<Database>, q: EventQuery, page: PageQuery): Promise<CodedEvent[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.doc_id')
    .select(['events.record', ...EVENT_SOURCE_COLUMNS])
    .where((eb) => eventConditions(eb as never, q))
    .orderBy(sql`case when ${sql.ref('events.date')} is null then 1 else 0 end`)
    .orderBy('events.date')
    .orderBy('events.doc_id')
    .orderBy('events.evidence_start')
    .orderBy('events.trigger_start')
    .orderBy('events.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(fromEventRow);
}

/** Count of events with one date, type and background flag, before bucketing. */
export interface DateTypeCount {
  readonly date: string | null;
  readonly type: string;
  readonly background: boolean;
  readonly count: number;
}

/** Counts per (date, type, background); bucketing into weeks needs calendar arithmetic, done in JS. */
export async function countsByDateAndType(db: Kysely<Database>, q: EventQuery): Promise<DateTypeCount[]> {
  const rows = await db
    .selectFrom('events')
    .select((eb) => ['events.date', 'events.event', 'events.background', eb.fn.countAll().as('n')])
    .where((eb) => eventConditions(eb, q))
    .groupBy(['events.date', 'events.event', 'events.background'])
    .execute();
  return rows.map((r) => ({ date: r.date, type: r.event, background: r.background === 1, count: Number(r.n) }));
}

/** One directed actor → recipient pair with its events per type. */
export interface Dyad {
  readonly source: string;
  readonly target: string;
  readonly count: number;
  readonly byType: Readonly<Record<string, number>>;
}

/**
 * Directed dyads: every (actor code, recipient code) pair of an event, counted per event type.
 * An event with two actors and two recipients gives four pairs; parties without a code are left out.
 */
export async function dyads(db: Kysely<Database>, q: EventQuery): Promise<Dyad[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('event_actors as a', (j) => j.onRef('a.doc_id', '=', 'events.doc_id').onRef('a.event_id', '=', 'events.id'))
    .innerJoin('event_actors as b', (j) => j.onRef('b.doc_id', '=', 'events.doc_id').onRef('b.event_id', '=', 'events.id'))
    .select((eb) => ['a.code as source', 'b.code as target', 'events.event', eb.fn.countAll().as('n')])
    .where('a.role', '=', 'actor')
    .where('b.role', '=', 'recipient')
    .where('a.code', 'is not', null)
    .where('b.code', 'is not', null)
    .where((eb) => eventConditions(eb, q))
    .groupBy(['a.code', 'b.code', 'events.event'])
    .execute();
  const byPair = new Map<string, { source: string; target: string; count: number; byType: Record<string, number> }>();
  for (const row of rows) {
    const key = `${row.source}\u0000${row.target}`;
    const pair = byPair.get(key) ?? { source: row.source!, target: row.target!, count: 0, byType: {} };
    pair.count += Number(row.n);
    pair.byType[row.event] = (pair.byType[row.event] ?? 0) + Number(row.n);
    byPair.set(key, pair);
  }
  return [...byPair.values()].sort((x, y) => y.count - x.count || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
}

/** An actor code with the number of matching events it takes part in, overall and per role. */
export interface ActorCount {
  readonly code: string;
  readonly events: number;
  readonly asActor: number;
  readonly asRecipient: number;
  readonly asThirdParty: number;
}

/** Codes with event counts; an event where a code is both actor and recipient counts once in `events`. */
export async function actorCounts(db: Kysely<Database>, q: EventQuery): Promise<ActorCount[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('event_actors', (j) => j.onRef('event_actors.doc_id', '=', 'events.doc_id').onRef('event_actors.event_id', '=', 'events.id'))
    .select([
      'event_actors.code',
      'event_actors.role',
      // `||` concatenates in both SQLite and PostgreSQL; the pair is the event's key.
      sql<number | string>`count(distinct ${sql.ref('events.doc_id')} || ':' || ${sql.ref('events.id')})`.as('n'),
    ])
    .where('event_actors.code', 'is not', null)
    .where((eb) => eventConditions(eb, q))
    .groupBy(['event_actors.code', 'event_actors.role'])
    .execute();
  const totals = await db
    .selectFrom('events')
    .innerJoin('event_actors', (j) => j.onRef('event_actors.doc_id', '=', 'events.doc_id').onRef('event_actors.event_id', '=', 'events.id'))
    .select([
      'event_actors.code',
      sql<number | string>`count(distinct ${sql.ref('events.doc_id')} || ':' || ${sql.ref('events.id')})`.as('n'),
    ])
    .where('event_actors.code', 'is not', null)
    .where((eb) => eventConditions(eb, q))
    .groupBy('event_actors.code')
    .execute();
  const byCode = new Map<string, { code: string; events: number; asActor: number; asRecipient: number; asThirdParty: number }>();
  for (const t of totals) byCode.set(t.code!, { code: t.code!, events: Number(t.n), asActor: 0, asRecipient: 0, asThirdParty: 0 });
  for (const row of rows) {
    const entry = byCode.get(row.code!);
    if (entry === undefined) continue;
    const n = Number(row.n);
    if (row.role === 'actor') entry.asActor = n;
    else if (row.role === 'recipient') entry.asRecipient = n;
    else entry.asThirdParty = n;
  }
  return [...byCode.values()].sort((x, y) => y.events - x.events || x.code.localeCompare(y.code));
}

/** An event with coordinates, for the map. */
export interface EventPoint {
  readonly docId: string;
  readonly eventId: string;
  readonly type: string;
  readonly mode: string | null;
  readonly date: string | null;
  readonly background: boolean;
  readonly lat: number;
  readonly lon: number;
  readonly place: string | null;
  readonly level: string | null;
  readonly countryCode: string | null;
  readonly trigger: string;
  /** Killed, from `size.dead` (null when the text gives no count). */
  readonly dead: number | null;
  readonly injured: number | null;
}

interface StoredLocation {
  name?: string;
  level?: string;
  country_code?: string | null;
}

/** Matching events that have a location with coordinates, at most `limit` of them, largest death tolls first. */
export async function eventPoints(db: Kysely<Database>, q: EventQuery, limit: number): Promise<{ total: number; points: EventPoint[] }> {
  const base = db
    .selectFrom('events')
    .where('events.lat', 'is not', null)
    .where('events.lon', 'is not', null)
    .where((eb) => eventConditions(eb, q));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    base
      .select([
        'events.doc_id', 'events.id', 'events.event', 'events.mode', 'events.date', 'events.background', 'events.lat',
        'events.lon', 'events.event_loc', 'events.size', 'events.trigger_text', 'events.dead',
      ])
      .orderBy(sql`case when ${sql.ref('events.dead')} is null then 1 else 0 end`)
      .orderBy('events.dead', 'desc')
      .orderBy('events.doc_id')
      .orderBy('events.id')
      .limit(limit)
      .execute(),
  ]);
  const points = rows.map((r): EventPoint => {
    const loc = r.event_loc === null ? {} : (JSON.parse(r.event_loc) as StoredLocation);
    const size = JSON.parse(r.size) as Partial<Record<string, SizeValue>>;
    return {
      docId: r.doc_id,
      eventId: r.id,
      type: r.event,
      mode: r.mode,
      date: r.date,
      background: r.background === 1,
      lat: r.lat!,
      lon: r.lon!,
      place: loc.name ?? null,
      level: loc.level ?? null,
      countryCode: loc.country_code ?? null,
      trigger: r.trigger_text,
      dead: r.dead,
      injured: size.injured?.value ?? null,
    };
  });
  return { total: Number(count.n), points };
}
