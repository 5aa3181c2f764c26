import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from './database.js';
import { normalizeBound, sinceSql, untilSql } from './date-filter.js';
import { sinceSortBound } from './periods.js';
import type { BoundingBox, CommonFilter, EventFilter, PartyFilter } from './records.js';
import { likeContaining, searchPatterns } from './search-text.js';

/*
 * WHERE conditions for event and canonical-event filters, written once as Kysely expressions so
 * `queryEvents`, the aggregates and the exports all filter alike on SQLite and PostgreSQL.
 * Party, pair and source filters are EXISTS subqueries on indexed tables, never joins, so a
 * row is never repeated and pagination stays exact.
 */

/** A filter with its bounds checked and codes upper-cased; throws RangeError (with the fix) for bad input. */
export interface Checked {
  readonly since?: string;
  readonly until?: string;
  readonly dyad?: readonly [string, string];
}

function checkBox(box: BoundingBox): void {
  const { west, south, east, north } = box;
  const ok = [west, south, east, north].every(Number.isFinite) && south <= north && south >= -90 && north <= 90 && west >= -180 && east <= 180;
  if (!ok) throw new RangeError(`Invalid bbox ${JSON.stringify(box)}: use {west, south, east, north} in degrees with south ≤ north.`);
}

export function check(filter: CommonFilter): Checked {
  if (filter.bbox !== undefined) checkBox(filter.bbox);
  if (filter.minSources !== undefined && !(Number.isSafeInteger(filter.minSources) && filter.minSources >= 1)) {
    throw new RangeError(`Invalid minSources ${filter.minSources}: use a whole number ≥ 1.`);
  }
  let dyad: [string, string] | undefined;
  if (filter.dyad !== undefined) {
    const [a, b] = filter.dyad.map((code) => code.toUpperCase()) as [string, string];
    if (a === b) throw new RangeError(`Invalid dyad ${a}-${b}: name two different codes, e.g. ['ARM', 'AZE'].`);
    dyad = a < b ? [a, b] : [b, a];
  }
  return {
    ...(filter.since !== undefined ? { since: normalizeBound('since', filter.since) } : {}),
    ...(filter.until !== undefined ? { until: normalizeBound('until', filter.until) } : {}),
    ...(dyad !== undefined ? { dyad } : {}),
  };
}

type Table = 'events' | 'canonical_events';

/** `column in (types)`, upper-cased; an empty list matches nothing (it is not "no filter"). */
function typeList(table: Table, types: readonly string[]): Expression<SqlBool> {
  if (types.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(`${table}.event`)} in (${sql.join(types.map((t) => t.toUpperCase()))})`;
}

type EventsBuilder = ExpressionBuilder<Database, 'events'>;

/**
 * A party row of the event matching every field of `party`. By code or sector it is an EXISTS
 * probe per event (the indexes on code and sector serve it); by words, which no index serves, it is
 * `(doc_id, id) IN (…)`, so the party rows are read once rather than once per event.
 */
function partyCondition(eb: EventsBuilder, party: PartyFilter): Expression<SqlBool> {
  const text = party.text;
  const rows = eb.selectFrom('event_actors')
    .$if(party.role !== undefined, (q) => q.where('event_actors.role', '=', party.role!))
    .$if(party.code !== undefined, (q) => (party.code === null
      ? q.where('event_actors.code', 'is', null)
      : q.where('event_actors.code', '=', party.code!.toUpperCase())))
    .$if(party.sector !== undefined, (q) => (party.sector === null
      ? q.where('event_actors.sector', 'is', null)
      : q.where('event_actors.sector', '=', party.sector!.toUpperCase())))
    .$if(text !== undefined && 'contains' in text, (q) =>
      q.where(sql<SqlBool>`lower(${sql.ref('event_actors.text')}) like ${likeContaining((text as { contains: string }).contains.toLowerCase())} escape '\\'`))
    .$if(text !== undefined && 'equals' in text, (q) =>
      q.where(sql<SqlBool>`lower(${sql.ref('event_actors.text')}) = ${(text as { equals: string }).equals.toLowerCase()}`));
  if (text !== undefined) return eb(eb.refTuple('events.doc_id', 'events.id'), 'in', rows.select(['event_actors.doc_id', 'event_actors.event_id']).$asTuple('doc_id', 'event_id'));
  return eb.exists(rows.select(eb.lit(1).as('one')).whereRef('event_actors.doc_id', '=', 'events.doc_id').whereRef('event_actors.event_id', '=', 'events.id'));
}

/** The lat/lon box condition; a box with west > east wraps around the antimeridian. */
function boxCondition(table: Table, box: BoundingBox): Expression<SqlBool> {
  const lat = sql.ref(`${table}.lat`);
  const lon = sql.ref(`${table}.lon`);
  const lonCondition = box.west <= box.east
    ? sql<SqlBool>`${lon} between ${box.west} and ${box.east}`
    : sql<SqlBool>`(${lon} >= ${box.west} or ${lon} <= ${box.east})`;
  return sql<SqlBool>`(${lat} between ${box.south} and ${box.north} and ${lonCondition})`;
}

/** Conditions of `filter` on the `events` table (a mention per article). */
export function eventConditions(eb: EventsBuilder, filter: EventFilter): Expression<SqlBool> {
  const checked = check(filter);
  const all: Expression<SqlBool>[] = [];
  if (filter.type !== undefined) all.push(eb('events.event', '=', filter.type.toUpperCase()));
  if (filter.types !== undefined) all.push(typeList('events', filter.types));
  if (filter.mode !== undefined) all.push(eb('events.mode', '=', filter.mode));
  if (filter.docId !== undefined) all.push(eb('events.doc_id', '=', filter.docId));
  if (filter.background !== undefined) all.push(eb('events.background', '=', filter.background ? 1 : 0));
  if (checked.since !== undefined) {
    all.push(sinceSql('events.date', checked.since));
    // Implied by the line above; it lets the index on date_sort seek instead of scan (periods.ts).
    all.push(eb('events.date_sort', '>=', sinceSortBound(checked.since)));
  }
  if (checked.until !== undefined) all.push(untilSql('events.date', checked.until));
  if (filter.bbox !== undefined) all.push(boxCondition('events', filter.bbox));
  const party = (code: string, role?: 'recipient') =>
    eb.exists(
      eb.selectFrom('event_actors').select(eb.lit(1).as('one'))
        .whereRef('event_actors.doc_id', '=', 'events.doc_id').whereRef('event_actors.event_id', '=', 'events.id')
        .where('event_actors.code', '=', code.toUpperCase())
        .$if(role !== undefined, (q) => q.where('event_actors.role', '=', 'recipient')),
    );
  if (filter.actor !== undefined) all.push(party(filter.actor));
  if (filter.recipient !== undefined) all.push(party(filter.recipient, 'recipient'));
  for (const p of filter.parties ?? []) all.push(partyCondition(eb, p));
  if (filter.country !== undefined) {
    // Two indexed lookups OR-ed (SQLite's multi-index OR, a bitmap OR in PostgreSQL), not a probe per event.
    const code = filter.country.toUpperCase();
    const parties = eb.selectFrom('event_actors').select(['event_actors.doc_id', 'event_actors.event_id']).where('event_actors.code', '=', code).$asTuple('doc_id', 'event_id');
    all.push(eb.or([eb('events.country_code', '=', code), eb(eb.refTuple('events.doc_id', 'events.id'), 'in', parties)]));
  }
  // Each pattern is a literal LIKE on one column (see search-text.ts); `\` escapes % and _ in the words.
  for (const pattern of filter.search === undefined ? [] : searchPatterns(filter.search)) {
    all.push(sql<SqlBool>`${sql.ref('events.search_text')} like ${likeContaining(pattern)} escape '\\'`);
  }
  if (checked.dyad !== undefined) {
    const [a, b] = checked.dyad;
    all.push(eb.exists(
      eb.selectFrom('event_dyads').select(eb.lit(1).as('one'))
        .whereRef('event_dyads.doc_id', '=', 'events.doc_id').whereRef('event_dyads.event_id', '=', 'events.id')
        .where('event_dyads.code_a', '=', a).where('event_dyads.code_b', '=', b),
    ));
  }
  if (filter.minSources !== undefined) {
    all.push(eb.exists(
      eb.selectFrom('event_links').innerJoin('canonical_events', 'canonical_events.id', 'event_links.canonical_id').select(eb.lit(1).as('one'))
        .whereRef('event_links.doc_id', '=', 'events.doc_id').whereRef('event_links.event_id', '=', 'events.id')
        .where('canonical_events.source_count', '>=', filter.minSources),
    ));
  }
  return eb.and(all);
}

/** Conditions of `filter` on the `canonical_events` table (one row per real-world event). */
export function canonicalConditions(eb: ExpressionBuilder<Database, 'canonical_events'>, filter: CommonFilter): Expression<SqlBool> {
  const checked = check(filter);
  const all: Expression<SqlBool>[] = [];
  if (filter.type !== undefined) all.push(eb('canonical_events.event', '=', filter.type.toUpperCase()));
  if (filter.types !== undefined) all.push(typeList('canonical_events', filter.types));
  if (filter.mode !== undefined) all.push(eb('canonical_events.mode', '=', filter.mode));
  if (filter.background !== undefined) all.push(eb('canonical_events.background', '=', filter.background ? 1 : 0));
  if (checked.since !== undefined) {
    all.push(sinceSql('canonical_events.date', checked.since));
    all.push(eb('canonical_events.date_sort', '>=', sinceSortBound(checked.since)));
  }
  if (checked.until !== undefined) all.push(untilSql('canonical_events.date', checked.until));
  if (filter.bbox !== undefined) all.push(boxCondition('canonical_events', filter.bbox));
  if (filter.minSources !== undefined) all.push(eb('canonical_events.source_count', '>=', filter.minSources));
  const party = (code: string, role?: 'recipient') =>
    eb.exists(
      eb.selectFrom('canonical_actors').select(eb.lit(1).as('one'))
        .whereRef('canonical_actors.canonical_id', '=', 'canonical_events.id')
        .where('canonical_actors.code', '=', code.toUpperCase())
        .$if(role !== undefined, (q) => q.where('canonical_actors.role', '=', 'recipient')),
    );
  if (filter.actor !== undefined) all.push(party(filter.actor));
  if (filter.recipient !== undefined) all.push(party(filter.recipient, 'recipient'));
  if (checked.dyad !== undefined) {
    const [a, b] = checked.dyad;
    all.push(eb.exists(
      eb.selectFrom('canonical_dyads').select(eb.lit(1).as('one'))
        .whereRef('canonical_dyads.canonical_id', '=', 'canonical_events.id')
        .where('canonical_dyads.code_a', '=', a).where('canonical_dyads.code_b', '=', b),
    ));
  }
  return eb.and(all);
}
