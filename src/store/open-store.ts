import { sql, type Kysely } from 'kysely';
import type { ArticleDoc, CodedEvent } from '../core/document.js';
import { createDb, type DialectName } from './connect.js';
import { DatabaseUnavailableError } from './location.js';
import type { Database } from './database.js';
import { countEvents, dyadCounts, fatalitiesByMonth } from './aggregates.js';
import { remerge, settleMerges, unmerge, type MentionRef } from './canonical.repository.js';
import { canonicalIdOf, getCanonicalEvent, queryCanonicalEvents } from './canonical.queries.js';
import * as documents from './documents.repository.js';
import type { SaveRequest, SaveResultOf } from './documents.repository.js';
import { queryEvents } from './events.repository.js';
import { recordFailure } from './failures.repository.js';
import { migrateToLatest } from './migrate.js';
import { findSignatureCandidates, saveSignature, type SignatureCandidate } from './near-duplicates.repository.js';
import type {
  CanonicalEvent, CanonicalEventDetail, CanonicalFilter, CountOptions, DocumentListOptions, DyadCount, EventFilter, MonthlyFatalities, PeriodCount,
  RunCounts, RunDiff, SaveOptions, SaveResult, SaveStatus, StoreSummary, StoredDocument, StoredDocumentWithText, StoredRun,
} from './records.js';
import * as runs from './runs.repository.js';
import { summarize } from './summary.js';

/** The embedded event store: documents, their events, and the runs that coded them. */
export interface Store {
  readonly dialect: DialectName;
  /** The typed Kysely handle, for queries the methods below do not cover (the dashboard's map). */
  readonly db: Kysely<Database>;
  /** Starts an ingest run stamped with the pipeline's versions (`['clean@1', 'events@3']`); returns its id. */
  startRun(versions: readonly string[]): Promise<string>;
  /** Stamps a run's end time and counts; throws RangeError for an unknown id. */
  finishRun(id: string, counts: RunCounts): Promise<void>;
  listRuns(): Promise<StoredRun[]>;
  /** Records that a run is still going, with its counts so far (see `closeAbandonedRuns`). */
  heartbeatRun(id: string, counts: RunCounts): Promise<void>;
  /** Marks runs whose process died (no end, no heartbeat for `staleMs`) as interrupted; returns their ids. */
  closeAbandonedRuns(staleMs?: number): Promise<string[]>;
  /** Whether a document with this content hash is stored (so `ingest` can skip the pipeline). */
  hasDocument(id: string): Promise<boolean>;
  /** Which of these ids are stored, in one query per few hundred (what `hasDocument` answers for each). */
  storedDocumentIds(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Saves the document, its sentences, events and event parties in one transaction (all or
   * nothing), and links each event to its canonical event (cross-article merging). Saving an id
   * that is already stored changes nothing and returns `'exists'`, unless `replace: true`
   * (re-coding: the stored coding is swapped for this one, `'replaced'`). Status defaults to
   * `coded`. Throws StoreWriteError when the database refuses a row.
   */
  saveDocument(doc: ArticleDoc, runId: string, status?: SaveStatus, options?: SaveOptions): Promise<SaveResult>;
  /**
   * Saves several documents in one transaction, each in a savepoint: a bad one comes back as
   * `{ error }` and the rest are saved. Throws StoreWriteError when the whole transaction fails.
   */
  saveDocuments(requests: readonly SaveRequest[], runId: string): Promise<SaveResultOf[]>;
  /** Events added and removed per document and type between two runs that coded the same documents. */
  diffRuns(fromRunId: string, toRunId: string): Promise<RunDiff>;
  /** Records an input that never became a document, e.g. an unreadable file. */
  recordFailure(uri: string, stage: string, reason: string, runId: string): Promise<void>;
  /** Events matching the filter in CodedEvent shape, by date, document and evidence offset. */
  queryEvents(filter?: EventFilter): Promise<CodedEvent[]>;
  /** Real-world events merged across articles, filtered like `queryEvents`, by date then id. */
  queryCanonicalEvents(filter?: CanonicalFilter): Promise<CanonicalEvent[]>;
  /** One canonical event with its mentions and the reasons each was linked. */
  getCanonicalEvent(id: string): Promise<CanonicalEventDetail | undefined>;
  /** The canonical event a mention (doc id + event id) belongs to. */
  canonicalIdOf(docId: string, eventId: string): Promise<string | undefined>;
  /** Splits a mention into its own locked canonical event; returns its id. RangeError for an unknown mention. */
  unmerge(mention: MentionRef): Promise<string>;
  /** Merges every unpinned mention again from scratch, deterministically. */
  remerge(): Promise<{ mentions: number; canonical: number }>;
  /**
   * A run's finishing step: links again, in report order, the mentions saves linked since the last
   * one, so canonical events do not depend on the order documents were saved in. Returns the
   * mentions linked again and the canonical events there are now.
   */
  settleMerges(): Promise<{ mentions: number; canonical: number }>;
  /** Event counts per day, week or month and type. */
  countEvents(options: CountOptions): Promise<PeriodCount[]>;
  /** Side pairs with event counts split into cooperation and conflict. */
  dyadCounts(filter?: EventFilter): Promise<DyadCount[]>;
  /** Deaths per month from canonical events' headline figures. */
  fatalitiesByMonth(filter?: CanonicalFilter): Promise<MonthlyFatalities[]>;
  summary(): Promise<StoreSummary>;
  /** Documents without their text, in ingest order (or newest first); with `options.events`, those with a matching event. */
  listDocuments(limit?: number, offset?: number, options?: DocumentListOptions): Promise<StoredDocument[]>;
  /** How many documents there are, or have an event matching `events`. */
  countDocuments(events?: EventFilter): Promise<number>;
  /** One document with its text, or undefined. */
  getDocument(id: string): Promise<StoredDocumentWithText | undefined>;
  /**
   * Stores a document's near-duplicate signature and LSH band keys (see src/ingest/near-duplicates.ts);
   * the document must be saved first. A second call for the same id changes nothing.
   */
  saveSignature(docId: string, signature: string, bandKeys: readonly string[]): Promise<void>;
  /** Stored signatures sharing at least one band key, most shared bands first (at most `limit`, default 20). */
  findSignatureCandidates(bandKeys: readonly string[], limit?: number): Promise<SignatureCandidate[]>;
  close(): Promise<void>;
}

/** Why PostgreSQL at `location` cannot be used, as a DatabaseUnavailableError (password and all other URL parts left out). */
function unreachable(location: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  let where = 'the server';
  try {
    const url = new URL(location);
    where = `${url.hostname}:${url.port || 5432}`;
  } catch {
    // not a URL: keep the generic name
  }
  return new DatabaseUnavailableError(`Cannot use PostgreSQL at ${where} (${reason || 'the connection failed'}); check that it runs and the URL.`);
}

/** A run with no end and no heartbeat for this long is taken as abandoned by a dead process. */
export const ABANDONED_AFTER_MS = 5 * 60_000;
/** How often ingest and workers write their run's heartbeat. */
export const HEARTBEAT_MS = 30_000;

/** Options for `openStore`. */
export interface StoreOptions {
  /** Clock for `created_at`/`started_at` stamps; tests pass a fixed one. Defaults to the system clock. */
  readonly now?: () => Date;
  /** Refuse a SQLite file that does not exist (StoreNotFoundError) rather than create it: for commands that only read. */
  readonly mustExist?: boolean;
}

/**
 * Opens (creating if needed) the store at `location` and migrates it to the latest schema.
 * The dialect comes from the location: a file path or `sqlite:PATH` is SQLite;
 * `postgres://…` is PostgreSQL (the `pg` driver, a pool of 4 connections).
 *
 * @example
 * const store = await openStore('chronicle.db');
 * const runId = await store.startRun(['clean@1', 'events@1']);
 * await store.saveDocument(doc, runId);         // → 'inserted' ('exists' the second time)
 * await store.queryEvents({ actor: 'ARM', since: '2022-09' });
 * await store.close();
 */
export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  const { db, dialect } = createDb(location, options.mustExist ? { mustExist: true } : {});
  try {
    // PostgreSQL: keep the migration tables in the schema the store's tables go to (search_path).
    // The first query is where an unreachable server shows: say so plainly, it is not a bug.
    const schema = dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db).catch((error: unknown) => { throw unreachable(location, error); })).rows[0]?.schema
      : undefined;
    await migrateToLatest(db, schema !== undefined ? { schema } : {});
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const clock = options.now ?? (() => new Date());
  const now = (): string => clock().toISOString();
  return {
    dialect,
    db,
    startRun: (versions) => runs.startRun(db, versions, now()),
    finishRun: (id, counts) => runs.finishRun(db, id, counts, now()),
    listRuns: () => runs.listRuns(db),
    heartbeatRun: (id, counts) => runs.heartbeatRun(db, id, counts, now()),
    closeAbandonedRuns: (staleMs = ABANDONED_AFTER_MS) => runs.closeAbandonedRuns(db, now(), staleMs),
    hasDocument: (id) => documents.hasDocument(db, id),
    storedDocumentIds: (ids) => documents.storedDocumentIds(db, ids),
    saveDocument: (doc, runId, status = { status: 'coded' }, saveOptions = {}) => documents.saveDocument(db, doc, runId, status, now(), saveOptions),
    saveDocuments: (requests, runId) => documents.saveDocuments(db, requests, runId, now()),
    diffRuns: (from, to) => runs.diffRuns(db, from, to),
    queryCanonicalEvents: (filter) => queryCanonicalEvents(db, filter),
    getCanonicalEvent: (id) => getCanonicalEvent(db, id),
    canonicalIdOf: (docId, eventId) => canonicalIdOf(db, docId, eventId),
    unmerge: (mention) => unmerge(db, mention),
    remerge: () => remerge(db),
    settleMerges: () => settleMerges(db),
    countEvents: (countOptions) => countEvents(db, countOptions),
    dyadCounts: (filter) => dyadCounts(db, filter),
    fatalitiesByMonth: (filter) => fatalitiesByMonth(db, filter),
    recordFailure: (uri, stage, reason, runId) => recordFailure(db, { uri, stage, reason, runId }, now()),
    queryEvents: (filter) => queryEvents(db, filter),
    summary: () => summarize(db),
    listDocuments: (limit, offset, listOptions) => documents.listDocuments(db, limit, offset, listOptions),
    countDocuments: (events) => documents.countDocuments(db, events),
    getDocument: (id) => documents.getDocument(db, id),
    saveSignature: (docId, signature, bandKeys) => saveSignature(db, docId, signature, bandKeys),
    findSignatureCandidates: (bandKeys, limit) => findSignatureCandidates(db, bandKeys, limit),
    close: () => db.destroy(),
  };
}
