/**
 * Aggregates the dashboard needs, as portable Kysely queries over the store's tables (the same SQL
 * on SQLite and PostgreSQL: no date functions, no JSON operators; counts go through Number()
 * because PostgreSQL returns bigint counts as strings). Every one filters with the store's own
 * `eventConditions`, so a number on a chart is the number of rows the event list shows for it.
 */
import { sql, type Kysely } from 'kysely';
import type { CodedEvent, PlaceLevel } from '../core/document.js';
import { actorName, sectorName } from '../kb/actor-names.js';
import type { Database } from '../store/database.js';
import { eventConditions } from '../store/filters.js';
import { mapDeaths } from './figures.js';
import type { EventQuery } from './params.js';

/** How many events match the filters (the `total` beside a page). */
export async function countEvents(db: Kysely<Database>, q: EventQuery): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => eventConditions(eb, q))
    .executeTakeFirstOrThrow();
  return Number(row.n);
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

/** One directed actor → recipient pair (party keys) with its events per type. */
export interface Dyad {
  readonly source: string;
  readonly target: string;
  /** Events with `source` among the actors and `target` among the recipients. */
  readonly count: number;
  readonly byType: Readonly<Record<string, number>>;
}

/**
 * Directed dyads: events counted once per (actor key, recipient key) pair, per event type. Party
 * keys (`ARM`, `-/REB`, `"gunmen"`: `partyKey` in store/event-rows.ts) are what the party filters
 * take, so an arrow's number is what its click lists. An event with two actors and one recipient
 * is in two pairs; one where a country acts on itself (troops raiding a village of their own
 * country) is a self-pair, `source === target`. Only the first row of a key in its role takes part
 * (`first_in_role`), so `count(*)` counts events.
 */
export async function dyads(db: Kysely<Database>, q: EventQuery): Promise<Dyad[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('event_actors as a', (j) => j.onRef('a.doc_id', '=', 'events.doc_id').onRef('a.event_id', '=', 'events.id'))
    .innerJoin('event_actors as b', (j) => j.onRef('b.doc_id', '=', 'events.doc_id').onRef('b.event_id', '=', 'events.id'))
    .select((eb) => ['a.party_key as source', 'b.party_key as target', 'events.event', eb.fn.countAll().as('n')])
    .where('a.role', '=', 'actor')
    .where('a.first_in_role', '=', 1)
    .where('b.role', '=', 'recipient')
    .where('b.first_in_role', '=', 1)
    .where((eb) => eventConditions(eb, q))
    .groupBy(['a.party_key', 'b.party_key', 'events.event'])
    .execute();
  const byPair = new Map<string, { source: string; target: string; count: number; byType: Record<string, number> }>();
  for (const row of rows) {
    const key = `${row.source}\u0000${row.target}`;
    const pair = byPair.get(key) ?? { source: row.source, target: row.target, count: 0, byType: {} };
    pair.count += Number(row.n);
    pair.byType[row.event] = (pair.byType[row.event] ?? 0) + Number(row.n);
    byPair.set(key, pair);
  }
  return [...byPair.values()].sort((x, y) => y.count - x.count || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
}

/** A party (by key) with the number of matching events it takes part in, overall and per role. */
export interface ActorCount {
  /** `ARM`, `-/REB` or `"gunmen"` (see `partyKey`): what the party filters take. */
  readonly key: string;
  readonly code: string | null;
  readonly sector: string | null;
  /** Short label for charts: the code, or the words with the sector (`gunmen · UAF`). */
  readonly label: string;
  /** Name for people: `Armenia`, or the words and the sector's meaning. */
  readonly name: string | null;
  readonly events: number;
  readonly asActor: number;
  readonly asRecipient: number;
  readonly asThirdParty: number;
}

/** The words most parties of a key use ("gunmen" for `-/UAF`), for its label. */
async function commonWords(db: Kysely<Database>, q: EventQuery, keys: readonly string[]): Promise<Map<string, string>> {
  const sectorKeys = keys.filter((k) => k.startsWith('-/'));
  if (sectorKeys.length === 0) return new Map();
  const words = sql<string>`lower(${sql.ref('event_actors.text')})`;
  const rows = await db
    .selectFrom('events')
    .innerJoin('event_actors', (j) => j.onRef('event_actors.doc_id', '=', 'events.doc_id').onRef('event_actors.event_id', '=', 'events.id'))
    .select((eb) => ['event_actors.party_key as key', words.as('words'), eb.fn.countAll().as('n')])
    .where('event_actors.party_key', 'in', sectorKeys)
    .where((eb) => eventConditions(eb, q))
    .groupBy(['event_actors.party_key', words])
    .execute();
  const best = new Map<string, { words: string; n: number }>();
  for (const row of rows) {
    const n = Number(row.n);
    const seen = best.get(row.key);
    if (seen === undefined || n > seen.n || (n === seen.n && row.words < seen.words)) best.set(row.key, { words: row.words, n });
  }
  return new Map([...best].map(([key, { words: common }]) => [key, common]));
}

/** Label and name of a party key, given the common words of the sector keys. */
export function describeKey(key: string, words: ReadonlyMap<string, string>): Pick<ActorCount, 'code' | 'sector' | 'label' | 'name'> {
  if (key.startsWith('-/')) {
    const sector = key.slice(2);
    const common = words.get(key) ?? 'parties';
    return { code: null, sector, label: `${common} · ${sector}`, name: `${common}, no country (${sectorName(sector) ?? sector})` };
  }
  if (key.startsWith('"')) {
    const text = key.slice(1, -1);
    return { code: null, sector: null, label: text, name: `${text} (no country or sector)` };
  }
  return { code: key, sector: null, label: key, name: actorName(key) ?? null };
}

/**
 * Parties with event counts; an event where a party is both actor and recipient counts once in
 * `events`. Without filters the counts come from the party rows alone (a covering index), with
 * filters from the matching events' party rows.
 */
export async function actorCounts(db: Kysely<Database>, q: EventQuery): Promise<ActorCount[]> {
  const firsts = Object.keys(q).length === 0
    ? db.selectFrom('event_actors').where('event_actors.first_in_role', '=', 1)
    : db.selectFrom('events')
      .innerJoin('event_actors', (j) => j.onRef('event_actors.doc_id', '=', 'events.doc_id').onRef('event_actors.event_id', '=', 'events.id'))
      .where('event_actors.first_in_role', '=', 1)
      .where((eb) => eventConditions(eb as never, q));
  const [byRole, totals] = await Promise.all([
    firsts.select((eb) => ['event_actors.party_key as key', 'event_actors.role', eb.fn.countAll().as('n')]).groupBy(['event_actors.party_key', 'event_actors.role']).execute(),
    firsts.select((eb) => ['event_actors.party_key as key', eb.fn.countAll().as('n')]).where('event_actors.first_in_event', '=', 1).groupBy('event_actors.party_key').execute(),
  ]);
  const words = await commonWords(db, q, totals.map((t) => t.key));
  const byKey = new Map<string, { -readonly [K in keyof ActorCount]: ActorCount[K] }>();
  for (const t of totals) byKey.set(t.key, { key: t.key, ...describeKey(t.key, words), events: Number(t.n), asActor: 0, asRecipient: 0, asThirdParty: 0 });
  for (const row of byRole) {
    const entry = byKey.get(row.key);
    if (entry === undefined) continue;
    const n = Number(row.n);
    if (row.role === 'actor') entry.asActor = n;
    else if (row.role === 'recipient') entry.asRecipient = n;
    else entry.asThirdParty = n;
  }
  return [...byKey.values()].sort((x, y) => y.events - x.events || x.key.localeCompare(y.key));
}

/** An event with coordinates, for the map. */
export interface EventPoint {
  readonly docId: string;
  readonly eventId: string;
  readonly type: string;
  readonly mode: string | null;
  readonly date: string | null;
  readonly datePrecision: string | null;
  /** How the date was found (`clause`, `sentence`: stated; `publication`, `narrative` …: inferred). */
  readonly dateRule: string;
  readonly background: boolean;
  readonly modality: string;
  readonly lat: number;
  readonly lon: number;
  readonly place: string | null;
  /** How precise the location is: a city or site, a region, or only a country (drawn at its centre). */
  readonly level: PlaceLevel | null;
  readonly countryCode: string | null;
  readonly countryName: string | null;
  readonly trigger: string;
  /** Deaths the map sizes the event by (see figures.ts `mapDeaths`); null when none or left out. */
  readonly dead: number | null;
  /** The death toll the text gave, used or not. */
  readonly deadReported: number | null;
  /** Why a reported toll does not size the map. */
  readonly deadLeftOut: string | null;
  readonly injured: number | null;
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
      .select(['events.record', 'events.lat', 'events.lon'])
      .orderBy(sql`case when ${sql.ref('events.dead')} is null then 1 else 0 end`)
      .orderBy('events.dead', 'desc')
      .orderBy('events.doc_id')
      .orderBy('events.id')
      .limit(limit)
      .execute(),
  ]);
  const points = rows.map((r): EventPoint => {
    const e = JSON.parse(r.record) as CodedEvent;
    const deaths = mapDeaths(e);
    const country = e.event_loc?.country_code ?? null;
    return {
      docId: e.doc_id,
      eventId: e.id,
      type: e.event,
      mode: e.mode,
      date: e.date,
      datePrecision: e.date_precision,
      dateRule: e.date_source.rule,
      background: e.background,
      modality: e.modality,
      lat: r.lat!,
      lon: r.lon!,
      place: e.event_loc?.name ?? null,
      level: e.event_loc?.level ?? null,
      countryCode: country,
      countryName: country === null ? null : actorName(country) ?? null,
      trigger: e.evidence.trigger.text,
      dead: deaths.dead,
      deadReported: deaths.reported,
      deadLeftOut: deaths.leftOut,
      injured: e.size.injured?.value ?? null,
    };
  });
  return { total: Number(count.n), points };
}
