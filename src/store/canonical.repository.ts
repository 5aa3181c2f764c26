import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { CodedEvent } from '../core/document.js';
import { chunk } from './chunk.js';
import type { Database } from './database.js';
import { EVENT_SOURCE_COLUMNS, fromEventRow } from './event-rows.js';
import { compare, MERGE_RULES_VERSION, type Comparison } from './merge/compare.js';
import { clusterFacts, decodeClusterFacts, encodeClusterFacts, reportOrder, withMention, type ClusterFacts } from './merge/cluster-facts.js';
import { shareAParty } from './merge/03-compatible-sides.js';
import { DAY_TOLERANCE } from './merge/04-overlapping-dates.js';
import { factsOf, isFine, type MentionFacts } from './merge/facts.js';
import { byExactness, summarize, type MentionInput } from './merge/summarize.js';
import { addDays, periodOf, sortDate, UNDATED_SORT } from './periods.js';

/*
 * Cross-article merging. Each saved event (a *mention*) is linked to the canonical event it
 * reports, found by the rules in merge/ (same type, compatible sides, overlapping dates,
 * compatible place), or founds a new one. Links keep their score and reasons.
 *
 * A new mention is compared with each candidate's summary (`merge_facts`, see merge/cluster-facts.ts),
 * not with its stored mentions. Linking updates what finding and comparing candidates read (the
 * summary, the dates, the mention count) at once, so the next mention of the same transaction sees
 * it; the rest of the canonical row is recomputed from its mentions once per transaction
 * (`finishMerging`), so it never drifts from them and a batch of documents pays for it once.
 */

/** Identifies a mention: an event of a document. */
export interface MentionRef {
  readonly docId: string;
  readonly eventId: string;
}

/** Most candidates examined per mention; more than this many overlapping events of one type and quad is a sign of a too-broad date. */
const MAX_CANDIDATES = 50;

interface StoredMention extends MentionInput {
  readonly canonicalId: string;
}

/** Mentions of the given canonical events, in report order (earliest publication first). */
async function loadMentions(db: Kysely<Database>, canonicalIds: readonly string[]): Promise<Map<string, StoredMention[]>> {
  const byCanonical = new Map<string, StoredMention[]>();
  if (canonicalIds.length === 0) return byCanonical;
  const rows = await db
    .selectFrom('event_links')
    .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'event_links.doc_id').onRef('events.id', '=', 'event_links.event_id'))
    .innerJoin('documents', 'documents.id', 'events.doc_id')
    .select(['event_links.canonical_id', 'events.doc_id', 'events.record', 'documents.published_at', 'documents.site_name', 'documents.url', 'documents.near_duplicate_of', ...EVENT_SOURCE_COLUMNS])
    .where('event_links.canonical_id', 'in', canonicalIds)
    .orderBy(sql`case when ${sql.ref('documents.published_at')} is null then 1 else 0 end`)
    .orderBy('documents.published_at')
    .orderBy('events.doc_id')
    .orderBy('events.evidence_start')
    .orderBy('events.trigger_start')
    .orderBy('events.id')
    .execute();
  for (const row of rows) {
    const list = byCanonical.get(row.canonical_id) ?? [];
    list.push({
      canonicalId: row.canonical_id, docId: row.doc_id, event: fromEventRow(row), publishedAt: row.published_at, siteName: row.site_name, url: row.url,
      nearDuplicateOf: row.near_duplicate_of,
    });
    byCanonical.set(row.canonical_id, list);
  }
  return byCanonical;
}

/** Any fixed number: the key of the PostgreSQL advisory lock that serialises merging. */
const MERGE_LOCK = 7_000_007;

/**
 * Serialises merging across concurrent transactions, held until the transaction ends. Two
 * articles about one event saved at once would otherwise each find no match and found two
 * canonical events, or rewrite one canonical row at once. SQLite needs nothing: it has one writer.
 */
export async function lockMerging(db: Kysely<Database>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${sql.lit(MERGE_LOCK)})`.execute(db);
}

/**
 * The most days a canonical event with day or month dates can span: its mentions' periods are each
 * at most 31 days and pairwise at most DAY_TOLERANCE days apart (every mention matched every other),
 * so the earliest start and the latest end are at most 31 + DAY_TOLERANCE + 31 days apart. With a margin.
 */
const FINE_SPAN_DAYS = 70;

/** Canonical events linked to in a transaction, to recompute before it commits (`finishMerging`). */
export type Touched = Set<string>;

/** A candidate canonical event: what comparing and linking read of it. */
interface Candidate {
  readonly id: string;
  readonly merge_facts: string;
  readonly mention_count: number;
  readonly date: string | null;
  readonly date_precision: string | null;
  readonly date_lo: string | null;
  readonly date_hi: string | null;
}

/**
 * Unlocked canonical events of the same quad class (or type) whose dates may overlap the mention's:
 * the first MAX_CANDIDATES by id. The ids come from the (quad or type, date_lo, …) index alone
 * (migration 2026_12_03_200000_merge_candidates); only the kept rows are read.
 */
async function findCandidates(db: Kysely<Database>, facts: MentionFacts): Promise<Candidate[]> {
  if (facts.period === null) return [];
  // No party code: the sides rule finds no shared party with any mention, so nothing can match.
  if (facts.actor.length === 0 && facts.recipient.length === 0) return [];
  let window = db.selectFrom('canonical_events').select('id').where('locked', '=', 0);
  window = facts.quad !== null ? window.where('quad', '=', facts.quad) : window.where('event', '=', facts.event);
  if (isFine(facts)) {
    window = window
      .where('date_precision', 'in', ['day', 'month'])
      .where('date_lo', '<=', addDays(facts.period.hi, DAY_TOLERANCE))
      .where('date_hi', '>=', addDays(facts.period.lo, -DAY_TOLERANCE))
      // Implied by the line above (see FINE_SPAN_DAYS), and what lets the (quad, date_lo) index read a few weeks, not every earlier event.
      .where('date_lo', '>=', addDays(facts.period.lo, -DAY_TOLERANCE - FINE_SPAN_DAYS));
  } else {
    window = window.where('date', '=', facts.date).where('date_precision', '=', facts.precision);
  }
  return db.selectFrom('canonical_events')
    .select(['id', 'merge_facts', 'mention_count', 'date', 'date_precision', 'date_lo', 'date_hi'])
    .where('id', 'in', window.orderBy('id').limit(MAX_CANDIDATES))
    .orderBy('id')
    .execute();
}

/** Summaries decoded, by their stored text: a candidate is read again for many mentions while its summary stays the same. */
const decodedSummaries = new Map<string, readonly ClusterFacts[]>();
/** Summaries kept decoded at most (about 1 KB each); the whole cache goes when it is full. */
const DECODED_SUMMARIES = 5_000;

/** `decodeClusterFacts(text)`, shared: callers never change the entries (`withMention` makes a new list). */
function decodedSummary(text: string): readonly ClusterFacts[] {
  let summary = decodedSummaries.get(text);
  if (summary === undefined) {
    if (decodedSummaries.size >= DECODED_SUMMARIES) decodedSummaries.clear();
    summary = decodeClusterFacts(text);
    decodedSummaries.set(text, summary);
  }
  return summary;
}

interface Match {
  readonly candidate: Candidate;
  readonly summary: readonly ClusterFacts[];
  readonly comparison: Comparison;
}

/**
 * The best canonical event for a mention: every one of its mentions must match (each distinct set
 * of facts in its summary, in report order); the lowest match (the first of equal ones) is its score.
 * A candidate is dropped at its first entry that does not match.
 */
async function bestMatch(db: Kysely<Database>, facts: MentionFacts): Promise<Match | undefined> {
  let best: Match | undefined;
  for (const candidate of await findCandidates(db, facts)) {
    const summary = decodedSummary(candidate.merge_facts);
    let weakest: Comparison | undefined;
    for (const entry of summary) {
      // The sides rule's first test, alone: most candidates of a window fail it, and then `compare` would too.
      const comparison = shareAParty(facts, entry.facts) ? compare(facts, entry.facts) : undefined;
      if (comparison === undefined || !comparison.ok) {
        weakest = undefined;
        break;
      }
      if (weakest === undefined || comparison.score < weakest.score) weakest = comparison;
    }
    if (weakest === undefined) continue;
    const comparison = { ok: true, score: weakest.score, reasons: [...weakest.reasons, `matches all ${candidate.mention_count} mention(s) (${MERGE_RULES_VERSION})`] };
    // Candidates come in id order and only a strictly higher score replaces: ties go to the smaller id.
    if (best === undefined || comparison.score > best.comparison.score) best = { candidate, summary, comparison };
  }
  return best;
}

/** The more exact of a canonical event's date and a mention's, as `summarize` chooses. */
function moreExact(stored: Candidate, facts: MentionFacts): { date: string | null; date_precision: string | null } {
  if (facts.date === null || facts.precision === null) return stored;
  if (stored.date === null || stored.date_precision === null) return { date: facts.date, date_precision: facts.precision };
  const mine = { date: facts.date, precision: facts.precision };
  return byExactness(mine, { date: stored.date, precision: stored.date_precision as NonNullable<MentionFacts['precision']> }) < 0
    ? { date: facts.date, date_precision: facts.precision } : stored;
}

/**
 * `base`, or `base#2`, `base#3`… when taken: a re-coded document's event may reuse the id of an
 * event whose canonical event lives on through other articles' mentions.
 */
async function freeId(db: Kysely<Database>, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}#${n}`;
    const taken = await db.selectFrom('canonical_events').select('id').where('id', '=', id).executeTakeFirst();
    if (taken === undefined) return id;
  }
}

/**
 * A canonical row founded by one mention, with what finding and comparing candidates read (type,
 * quad class, date, date range, summary, count); `recomputeCanonical` fills in the rest.
 */
async function insertCanonical(db: Kysely<Database>, id: string, mention: { docId: string; publishedAt: string | null; event: CodedEvent }, locked: boolean): Promise<void> {
  const { event } = mention;
  const facts = factsOf(event);
  const dated = facts.date !== null && facts.precision !== null;
  const period = dated ? periodOf(facts.date) : null;
  await db
    .insertInto('canonical_events')
    .values({
      id, event: event.event, mode: null, quad: facts.quad, date: dated ? facts.date : null, date_precision: dated ? facts.precision : null,
      date_lo: period?.lo ?? null, date_hi: period?.hi ?? null, month: null, date_sort: UNDATED_SORT,
      background: 0, country_code: null, lat: null, lon: null, first_reported: null, mention_count: 1, source_count: 0,
      dead: null, dead_rule: null, figures: '{}', actors: '{}', locked: locked ? 1 : 0, record: JSON.stringify(event),
      merge_facts: encodeClusterFacts(clusterFacts([mention])),
    })
    .execute();
}

/** A mention joins a candidate: its summary, count and dates take the mention in, as a recompute would. */
async function joinCanonical(db: Kysely<Database>, match: Match, mention: { docId: string; publishedAt: string | null; event: CodedEvent }, facts: MentionFacts): Promise<void> {
  const { candidate } = match;
  const period = facts.date !== null && facts.precision !== null ? periodOf(facts.date) : null;
  const lo = period !== null && (candidate.date_lo === null || period.lo < candidate.date_lo) ? period.lo : candidate.date_lo;
  const hi = period !== null && (candidate.date_hi === null || period.hi > candidate.date_hi) ? period.hi : candidate.date_hi;
  const { date, date_precision } = moreExact(candidate, facts);
  await db
    .updateTable('canonical_events')
    .set({
      merge_facts: encodeClusterFacts(withMention(match.summary, facts, reportOrder(mention.docId, mention.publishedAt, mention.event))),
      mention_count: candidate.mention_count + 1, date, date_precision, date_lo: lo, date_hi: hi,
    })
    .where('id', '=', candidate.id)
    .execute();
}

/** Canonical events recomputed together: one query reads their mentions, one deletes their parties, one their pairs. */
const RECOMPUTE_PAGE = 200;

/** Rewrites a canonical row (and its parties and pairs) from its mentions; deletes it when none is left. */
export async function recomputeCanonical(db: Kysely<Database>, id: string): Promise<void> {
  await recomputeCanonicals(db, [id]);
}

/**
 * `recomputeCanonical` for several canonical events, a page at a time: each one's rows come only
 * from its own mentions, so a page is read, cleared and written together (in the given order).
 */
export async function recomputeCanonicals(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += RECOMPUTE_PAGE) {
    const page = ids.slice(i, i + RECOMPUTE_PAGE);
    const byCanonical = await loadMentions(db, page);
    await db.deleteFrom('canonical_actors').where('canonical_id', 'in', page).execute();
    await db.deleteFrom('canonical_dyads').where('canonical_id', 'in', page).execute();
    const empty = page.filter((id) => !byCanonical.has(id));
    if (empty.length > 0) await db.deleteFrom('canonical_events').where('id', 'in', empty).execute();
    const parties: { canonical_id: string; role: 'actor'; code: string }[] = [];
    const dyads: { canonical_id: string; code_a: string; code_b: string }[] = [];
    for (const id of page) {
      const mentions = byCanonical.get(id);
      if (mentions === undefined) continue;
      const s = summarize(mentions);
      await db
        .updateTable('canonical_events')
        .set({
          event: s.event, mode: s.mode, quad: s.quad, date: s.date, date_precision: s.datePrecision, date_lo: s.dateLo, date_hi: s.dateHi,
          month: s.month, date_sort: sortDate(s.date), background: s.background ? 1 : 0, country_code: s.countryCode, lat: s.lat, lon: s.lon,
          first_reported: s.firstReported, mention_count: s.mentionCount, source_count: s.sourceCount, dead: s.dead, dead_rule: s.deadRule,
          figures: JSON.stringify(s.figures), actors: JSON.stringify(s.actors), record: JSON.stringify(s.record),
          merge_facts: encodeClusterFacts(clusterFacts(mentions)),
        })
        .where('id', '=', id)
        .execute();
      for (const [role, codes] of Object.entries(s.actors)) for (const code of codes) parties.push({ canonical_id: id, role: role as 'actor', code });
      for (const [code_a, code_b] of s.dyads) dyads.push({ canonical_id: id, code_a, code_b });
    }
    for (const rows of chunk(parties)) await db.insertInto('canonical_actors').values(rows).execute();
    for (const rows of chunk(dyads)) await db.insertInto('canonical_dyads').values(rows).execute();
  }
}

/**
 * Links one stored event to the canonical event it reports, or founds a new one (`c:DOC/EVENT`).
 * Call inside the transaction that saved the event, with its document's publication date, then
 * `finishMerging(db, touched)` before the transaction commits. Returns the canonical id. A save
 * links with `settled` false: the finishing step (`settleMerges`) links the mention again in report order.
 */
export async function linkEvent(db: Kysely<Database>, mention: { docId: string; publishedAt: string | null; event: CodedEvent }, touched: Touched, settled: boolean): Promise<string> {
  const { docId, event } = mention;
  const facts = factsOf(event, mention.publishedAt);
  const match = await bestMatch(db, facts);
  let id = match?.candidate.id;
  const reasons = match?.comparison.reasons ?? ['no stored event matched: founds a new canonical event'];
  if (match === undefined) {
    id = await freeId(db, `c:${docId}/${event.id}`);
    await insertCanonical(db, id, mention, false);
  } else await joinCanonical(db, match, mention, facts);
  await db
    .insertInto('event_links')
    .values({ doc_id: docId, event_id: event.id, canonical_id: id!, score: match?.comparison.score ?? 1, reasons: JSON.stringify(reasons), pinned: 0, settled: settled ? 1 : 0 })
    .execute();
  touched.add(id!);
  return id!;
}

/** Recomputes every canonical event linked to since `touched` was made, once each; call before committing. */
export async function finishMerging(db: Kysely<Database>, touched: Touched): Promise<void> {
  await recomputeCanonicals(db, [...touched].sort());
  touched.clear();
}

/** Canonical ids of a document's events, before they are deleted (re-coding), to recompute afterwards. */
export async function canonicalIdsOfDocument(db: Kysely<Database>, docId: string): Promise<string[]> {
  const rows = await db.selectFrom('event_links').select('canonical_id').distinct().where('doc_id', '=', docId).execute();
  return rows.map((row) => row.canonical_id);
}

/**
 * Splits a mention out of its canonical event into a new, locked one (`u:DOC/EVENT`) and pins the
 * link, so `remerge` keeps it apart. The old canonical event is recomputed without it (figures,
 * outlets, dates). Returns the new canonical id; a mention already alone and pinned keeps its id.
 * Throws RangeError for an unknown mention.
 */
export async function unmerge(db: Kysely<Database>, ref: MentionRef): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await lockMerging(trx);
    const link = await trx.selectFrom('event_links').selectAll().where('doc_id', '=', ref.docId).where('event_id', '=', ref.eventId).executeTakeFirst();
    if (link === undefined) throw new RangeError(`Unknown mention ${ref.docId}/${ref.eventId}: pass the doc id and event id of a stored event.`);
    if (link.pinned === 1) return link.canonical_id;
    const row = await trx
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .select(['events.record', ...EVENT_SOURCE_COLUMNS])
      .where('events.doc_id', '=', ref.docId)
      .where('events.id', '=', ref.eventId)
      .executeTakeFirstOrThrow();
    const id = await freeId(trx, `u:${ref.docId}/${ref.eventId}`);
    await insertCanonical(trx, id, { docId: ref.docId, publishedAt: row.source_published, event: fromEventRow(row) }, true);
    await trx
      .updateTable('event_links')
      .set({ canonical_id: id, pinned: 1, settled: 1, score: 1, reasons: JSON.stringify([`split out of ${link.canonical_id} by unmerge`]) })
      .where('doc_id', '=', ref.docId)
      .where('event_id', '=', ref.eventId)
      .execute();
    await recomputeCanonical(trx, link.canonical_id);
    await recomputeCanonical(trx, id);
    return id;
  });
}

/** Keys of the mentions to link, in report order: where to read them, and the order to link them in. */
interface MentionKey {
  readonly doc_id: string;
  readonly id: string;
}

/** Mentions whose records one query reads when linking again. */
const RELINK_PAGE = 500;

/**
 * Links the given mentions (stored events with no link), in the order given, with settled links.
 * Records are read a page at a time, so only the keys of a long run are held at once.
 */
async function linkInOrder(db: Kysely<Database>, keys: readonly MentionKey[], touched: Touched): Promise<void> {
  for (let i = 0; i < keys.length; i += RELINK_PAGE) {
    const page = keys.slice(i, i + RELINK_PAGE);
    const rows = await db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .select(['events.doc_id', 'events.id as event_id', 'events.record', ...EVENT_SOURCE_COLUMNS])
      .where('events.doc_id', 'in', [...new Set(page.map((key) => key.doc_id))])
      .execute();
    const byKey = new Map(rows.map((row) => [`${row.doc_id}\u0000${row.event_id}`, row]));
    for (const key of page) {
      const row = byKey.get(`${key.doc_id}\u0000${key.id}`);
      if (row !== undefined) await linkEvent(db, { docId: row.doc_id, publishedAt: row.source_published, event: fromEventRow(row) }, touched, true);
    }
  }
}

/** Report order of mentions: publication date (undated last), document id, evidence offset, trigger offset, event id. */
function inReportOrder<Q extends { orderBy: (...args: any[]) => Q }>(query: Q): Q {
  return query
    .orderBy(sql`case when ${sql.ref('documents.published_at')} is null then 1 else 0 end`)
    .orderBy('documents.published_at')
    .orderBy('events.doc_id')
    .orderBy('events.evidence_start')
    .orderBy('events.trigger_start')
    .orderBy('events.id');
}

async function countMerged(db: Kysely<Database>): Promise<{ mentions: number; canonical: number }> {
  const [mentions, canonical] = await Promise.all([
    db.selectFrom('event_links').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('canonical_events').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { mentions: Number(mentions.n), canonical: Number(canonical.n) };
}

/**
 * Throws away every unpinned link and canonical event and merges all events again, in report
 * order (publication date, document id, evidence offset). The same store always gives the same
 * canonical events; mentions split by `unmerge` stay on their own. Returns the totals.
 * Holds the keys of every event in memory once: for very large stores, run it per period (not offered yet).
 */
export async function remerge(db: Kysely<Database>): Promise<{ mentions: number; canonical: number }> {
  return db.transaction().execute(async (trx) => {
    await lockMerging(trx);
    await trx.deleteFrom('event_links').where('pinned', '=', 0).execute();
    // Mentions a save left to the finishing step are linked here like every other.
    await trx.deleteFrom('unlinked_mentions').execute();
    const orphans = trx.selectFrom('canonical_events').select('id').where('id', 'not in', trx.selectFrom('event_links').select('canonical_id'));
    await trx.deleteFrom('canonical_actors').where('canonical_id', 'in', orphans).execute();
    await trx.deleteFrom('canonical_dyads').where('canonical_id', 'in', orphans).execute();
    await trx.deleteFrom('canonical_events').where('id', 'not in', trx.selectFrom('event_links').select('canonical_id')).execute();
    const keys = await inReportOrder(trx
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .select(['events.doc_id', 'events.id'])
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('event_links').select('event_links.pinned').whereRef('event_links.doc_id', '=', 'events.doc_id').whereRef('event_links.event_id', '=', 'events.id'))),
      ))
      .execute();
    const touched: Touched = new Set();
    await linkInOrder(trx, keys, touched);
    await finishMerging(trx, touched);
    return countMerged(trx);
  });
}

/**
 * The finishing step of a run (ingest, or the queue once drained): links again, in report order,
 * every mention a save linked since the last finishing step, so the canonical events depend on
 * what was stored and not on the order saves came in (worker threads finish in any order; inputs
 * come in any order). The unsettled links go first, and the canonical events they were in are
 * recomputed from their settled mentions alone: each is then as the previous finishing step left
 * it, and the mentions are linked to that, one after the other, as `remerge` would link them after
 * everything settled before. A fresh store settled once is what `remerge` gives. Safe to call at
 * any time (the merge lock serialises it with saves); a document saved while it runs waits for the next.
 * Mentions saved with `merge: 'later'` (`unlinked_mentions`) are linked with the others, in the same order.
 * Returns the mentions linked again and the canonical events there are now.
 */
export async function settleMerges(db: Kysely<Database>): Promise<{ mentions: number; canonical: number }> {
  return db.transaction().execute(async (trx) => {
    await lockMerging(trx);
    // The mentions saves linked since the last finishing step, and those saved to be linked here (`merge: 'later'`).
    const waiting = trx.selectFrom('event_links').select(['doc_id', 'event_id']).where('settled', '=', 0)
      .unionAll(trx.selectFrom('unlinked_mentions').select(['doc_id', 'event_id']));
    const keys = await inReportOrder(trx
      .selectFrom(waiting.as('waiting'))
      .innerJoin('events', (join) => join.onRef('events.doc_id', '=', 'waiting.doc_id').onRef('events.id', '=', 'waiting.event_id'))
      .innerJoin('documents', 'documents.id', 'events.doc_id')
      .select(['events.doc_id', 'events.id']))
      .execute();
    if (keys.length === 0) return { mentions: 0, canonical: (await countMerged(trx)).canonical };
    // Only the rows read: a save committed since (PostgreSQL) waits for the next finishing step.
    const byDocument = new Map<string, string[]>();
    for (const key of keys) {
      const ids = byDocument.get(key.doc_id);
      if (ids) ids.push(key.id);
      else byDocument.set(key.doc_id, [key.id]);
    }
    for (const [docId, ids] of byDocument) {
      for (const part of chunk(ids)) await trx.deleteFrom('unlinked_mentions').where('doc_id', '=', docId).where('event_id', 'in', part).execute();
    }
    const stale = (await trx.selectFrom('event_links').select('canonical_id').distinct().where('settled', '=', 0).execute()).map((row) => row.canonical_id).sort();
    await trx.deleteFrom('event_links').where('settled', '=', 0).execute();
    // Each goes back to what its settled mentions say, or goes when it has none: most were founded
    // by a mention of the run, and go a page at a time rather than through a recompute each.
    for (let i = 0; i < stale.length; i += RELINK_PAGE) {
      const page = stale.slice(i, i + RELINK_PAGE);
      const kept = new Set((await trx.selectFrom('event_links').select('canonical_id').distinct().where('canonical_id', 'in', page).execute()).map((row) => row.canonical_id));
      const empty = page.filter((id) => !kept.has(id));
      if (empty.length > 0) {
        await trx.deleteFrom('canonical_actors').where('canonical_id', 'in', empty).execute();
        await trx.deleteFrom('canonical_dyads').where('canonical_id', 'in', empty).execute();
        await trx.deleteFrom('canonical_events').where('id', 'in', empty).execute();
      }
      await recomputeCanonicals(trx, page.filter((id) => kept.has(id)));
    }
    const touched: Touched = new Set();
    await linkInOrder(trx, keys, touched);
    await finishMerging(trx, touched);
    return { mentions: keys.length, canonical: (await countMerged(trx)).canonical };
  });
}
