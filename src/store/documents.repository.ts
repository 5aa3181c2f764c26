import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Diagnostic } from '../core/diagnostic.js';
import type { ArticleDoc, PublishedProvenance, SourceInfo } from '../core/document.js';
import { chunk } from './chunk.js';
import type { Database } from './database.js';
import type { DocumentsTable } from './documents.table.js';
import { canonicalIdsOfDocument, finishMerging, linkEvent, lockMerging, recomputeCanonicals, type Touched } from './canonical.repository.js';
import { eventFingerprint, toActorRows, toDyadRows, toEventRow } from './event-rows.js';
import { claimBandKeys, findSignatureCandidates, insertSignature } from './near-duplicates.repository.js';
import { paginate } from './page.js';
import { withSavepoint, writeTransaction } from './write-transaction.js';
import { countIntoSummaries, uncountDocument } from './summaries.js';
import { eventConditions } from './filters.js';
import type { DocumentListOptions, EventFilter, SaveOptions, SaveResult, SaveStatus, StoredDocument, StoredDocumentWithText } from './records.js';

/** Thrown when a document cannot be saved; nothing of it was stored. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';
}

/** Whether a document with this id (content hash) is stored. */
export async function hasDocument(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Which of these ids are stored: one query for a group of inputs instead of one each (`ingest` checks ahead). */
export async function storedDocumentIds(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (const part of chunk([...new Set(ids)])) {
    for (const row of await db.selectFrom('documents').select('id').where('id', 'in', part).execute()) stored.add(row.id);
  }
  return stored;
}

function toDocumentRow(doc: ArticleDoc, runId: string, status: SaveStatus, now: string): Insertable<DocumentsTable> {
  const { source } = doc;
  return {
    id: doc.id,
    uri: source.uri,
    source_id: source.id ?? source.uri,
    url: source.url ?? null,
    title: source.title ?? null,
    author: source.author ?? null,
    published_at: source.publishedAt ?? null,
    published_provenance: source.publishedProvenance ?? null,
    site_name: source.siteName ?? null,
    language: source.language ?? null,
    format: source.format,
    status: status.status,
    status_reason: status.reason ?? null,
    near_duplicate_of: status.nearDuplicateOf ?? null,
    text: doc.text,
    raw_length: doc.raw.length,
    diagnostics: JSON.stringify(doc.diagnostics),
    run_id: runId,
    created_at: now,
  };
}

/** Catches caller bugs before opening a transaction; the database enforces the rest. */
function checkEvents(doc: ArticleDoc): void {
  for (const event of doc.events) {
    if (event.doc_id !== doc.id) {
      throw new StoreWriteError(
        `Event ${event.id} has doc_id "${event.doc_id}" but is saved with document "${doc.id}": set event.doc_id to doc.id.`,
      );
    }
  }
}

/** One document to save in a batch (`saveDocuments`). */
export interface SaveRequest {
  readonly doc: ArticleDoc;
  readonly status: SaveStatus;
  readonly options?: SaveOptions;
}

/** What saving one document of a batch did; `error` when it failed (nothing of it was stored, the rest of the batch was). */
export type SaveResultOf =
  | { readonly saved: SaveResult; readonly nearDuplicateOf?: string; readonly demoted?: DemotedOriginal }
  | { readonly error: StoreWriteError };

/** A stored original that a document saved after it, but reported before it, made its copy (`demoteToCopy`). */
export interface DemotedOriginal {
  readonly docId: string;
  /** The run that had coded it, and how many events it had: counts of that run lose them. */
  readonly runId: string;
  readonly events: number;
}

/**
 * Whether a document comes before a stored one in report order (publication date, undated last,
 * then id): of two near-duplicates the earlier is the original, whichever was saved first.
 */
async function reportedBefore(trx: Kysely<Database>, doc: ArticleDoc, storedId: string): Promise<boolean> {
  const stored = await trx.selectFrom('documents').select(['published_at']).where('id', '=', storedId).executeTakeFirst();
  if (stored === undefined) return false;
  const mine = doc.source.publishedAt ?? null;
  const theirs = stored.published_at;
  if (mine !== theirs) return theirs === null || (mine !== null && mine < theirs);
  return doc.id < storedId;
}

/**
 * Makes a stored original the copy of `originalId`, as it would have been had that been saved
 * first: its events leave the summaries and their canonical events (recomputed, or gone when
 * empty), its signature goes (only originals are matched), its copies follow it to the new
 * original, and its held lessons for the corpus memory go (a copy teaches nothing). Its text and
 * sentences stay.
 */
async function demoteToCopy(trx: Kysely<Database>, copyId: string, originalId: string): Promise<DemotedOriginal> {
  const row = await trx.selectFrom('documents').select(['run_id']).where('id', '=', copyId).executeTakeFirstOrThrow();
  const events = Number((await trx.selectFrom('events').select(trx.fn.countAll().as('n')).where('doc_id', '=', copyId).executeTakeFirstOrThrow()).n);
  const stale = await canonicalIdsOfDocument(trx, copyId);
  await uncountDocument(trx, copyId);
  // Cascades to event_actors, event_dyads and event_links.
  await trx.deleteFrom('events').where('doc_id', '=', copyId).execute();
  await recomputeCanonicals(trx, stale);
  const reason = `near-duplicate of ${originalId}`;
  await trx.updateTable('documents').set({ status: 'skipped', status_reason: reason, near_duplicate_of: originalId })
    .where((eb) => eb.or([eb('id', '=', copyId), eb('near_duplicate_of', '=', copyId)])).execute();
  await trx.deleteFrom('near_duplicate_bands').where('doc_id', '=', copyId).execute();
  await trx.deleteFrom('near_duplicate_signatures').where('doc_id', '=', copyId).execute();
  // The memory's table (src/memory/settle.ts), created by the store's migrations.
  await sql`delete from memory_pending where doc_id = ${copyId}`.execute(trx);
  return { docId: copyId, runId: row.run_id, events };
}

function writeError(doc: ArticleDoc, error: unknown): StoreWriteError {
  if (error instanceof StoreWriteError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreWriteError(`Could not save document ${doc.id} (${doc.source.uri}): ${reason}. Nothing of it was stored.`, { cause: error });
}

/**
 * Saves a document with its sentences, events, event parties and country pairs in one
 * transaction: all of it or none. Each event is then linked to its canonical event (merging).
 * A document id that is already stored is left as it is and reported as `'exists'`, so re-running
 * `ingest` over the same folder adds nothing; with `replace: true` the stored coding is deleted
 * and the new one saved in the same transaction (`'replaced'`), and the canonical events it was
 * part of are recomputed. Every save records its events in `run_events` for `diffRuns`.
 */
export async function saveDocument(
  db: Kysely<Database>,
  doc: ArticleDoc,
  runId: string,
  status: SaveStatus,
  now: string,
  options: SaveOptions = {},
): Promise<SaveResult> {
  checkEvents(doc);
  const [result] = await saveDocuments(db, [{ doc, status, options }], runId, now);
  if (result === undefined || 'error' in result) throw result?.error ?? writeError(doc, 'no result');
  return result.saved;
}

/**
 * Saves several documents in one transaction (one commit, and each canonical event they touch
 * recomputed once), each inside its own savepoint: a document that cannot be saved comes back as
 * an `error` with nothing of it stored, and the others are saved. Documents with
 * `options.originalOf` get their near-duplicate decision inside the transaction, after their band
 * keys are claimed, so it holds whatever other processes save at the same moment. Throws
 * StoreWriteError when the transaction itself fails (lost connection, a lock timeout): then
 * nothing of the batch was stored.
 */
export async function saveDocuments(db: Kysely<Database>, requests: readonly SaveRequest[], runId: string, now: string): Promise<SaveResultOf[]> {
  if (requests.length === 0) return [];
  try {
    return await writeTransaction(db, async (trx) => {
      // A save that links later still changes canonical events when it replaces a document or demotes an original to a
      // copy (their events' canonical events are recomputed): it takes the lock too, so that a finishing step running
      // elsewhere (the queue, the API) never links events a concurrent replace is deleting.
      if (requests.some((r) => (r.options?.merge ?? true) !== false)) await lockMerging(trx);
      await claimBandKeys(trx, requests.flatMap((r) => (r.options?.originalOf ? r.options.signature?.bandKeys ?? [] : [])));
      const touched: Touched = new Set();
      const results: SaveResultOf[] = [];
      for (const [n, { doc, status, options = {} }] of requests.entries()) {
        try {
          checkEvents(doc);
          const write = () => writeDocument(trx, doc, runId, status, now, options, touched);
          results.push(requests.length === 1 ? await write() : await withSavepoint(trx, `doc_${n}`, write));
        } catch (error) {
          if (requests.length === 1) throw error;
          results.push({ error: writeError(doc, error) });
        }
      }
      await finishMerging(trx, touched);
      return results;
    });
  } catch (error) {
    const first = requests[0]!.doc;
    throw requests.length === 1 ? writeError(first, error) : new StoreWriteError(
      `Could not save a batch of ${requests.length} documents (the first ${first.id}, ${first.source.uri}): ${error instanceof Error ? error.message : String(error)}. Nothing of the batch was stored.`,
      { cause: error },
    );
  }
}

/** The writes of one document inside the caller's transaction; see `saveDocuments`. */
async function writeDocument(
  trx: Kysely<Database>,
  doc: ArticleDoc,
  runId: string,
  given: SaveStatus,
  now: string,
  options: SaveOptions,
  touched: Touched,
): Promise<{ saved: SaveResult; nearDuplicateOf?: string; demoted?: DemotedOriginal }> {
  let replaced = false;
  if (options.replace === true && (await hasDocument(trx, doc.id))) {
    const stale = await canonicalIdsOfDocument(trx, doc.id);
    // The summary tables stop counting the old coding before its rows go.
    await uncountDocument(trx, doc.id);
    // Cascades to sentences, events, event_actors, event_dyads and event_links.
    await trx.deleteFrom('documents').where('id', '=', doc.id).execute();
    // Canonical events the old coding was part of lose its mentions (and go when left empty)
    // before the new coding is merged, so it is compared with what other articles say only.
    await recomputeCanonicals(trx, stale);
    replaced = true;
  }
  // The near-duplicate decision, against what is stored now (the band keys are claimed).
  let original = options.signature && options.originalOf
    ? options.originalOf((await findSignatureCandidates(trx, options.signature.bandKeys)).filter((c) => c.docId !== doc.id))
    : undefined;
  // The earlier report is the original whichever was saved first (worker threads finish in any
  // order, inputs come in any order): a copy reported before the stored original takes its place.
  let demoted: DemotedOriginal | undefined;
  if (original !== undefined && !(await hasDocument(trx, doc.id)) && (await reportedBefore(trx, doc, original))) {
    demoted = await demoteToCopy(trx, original, doc.id);
    original = undefined;
  }
  const status: SaveStatus = original !== undefined ? { status: 'skipped', reason: `near-duplicate of ${original}`, nearDuplicateOf: original } : given;
  const events = original !== undefined ? [] : doc.events;
  // ON CONFLICT DO NOTHING (SQLite ≥ 3.24 and PostgreSQL) rather than check-then-insert, so two
  // processes ingesting the same article cannot both insert it.
  const inserted = await trx
    .insertInto('documents')
    .values(toDocumentRow(doc, runId, status, now))
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return { saved: 'exists' };
  // Originals only: a later copy is compared with the story's first publication.
  if (options.signature && original === undefined) await insertSignature(trx, doc.id, options.signature.value, options.signature.bandKeys);

  const sentences = doc.sentences.map((s, idx) => ({ doc_id: doc.id, idx, start: s.span.start, end: s.span.end }));
  for (const rows of chunk(sentences)) await trx.insertInto('sentences').values(rows).execute();
  const eventRows = events.map((event) => toEventRow(event, doc.id, runId));
  for (const rows of chunk(eventRows)) await trx.insertInto('events').values(rows).execute();
  const parties = events.flatMap((event) => toActorRows(event, doc.id));
  for (const rows of chunk(parties)) await trx.insertInto('event_actors').values(rows).execute();
  const dyads = events.flatMap((event) => toDyadRows(event, doc.id));
  for (const rows of chunk(dyads)) await trx.insertInto('event_dyads').values(rows).execute();
  await countIntoSummaries(trx, eventRows, dyads);
  const history = [
    // The marker row: this run coded this document (even if it found no event).
    { run_id: runId, doc_id: doc.id, event_id: '', event: '', fingerprint: '' },
    ...events.map((event) => ({ run_id: runId, doc_id: doc.id, event_id: event.id, event: event.event, fingerprint: eventFingerprint(event) })),
  ];
  // A document re-saved by the same run replaces that run's record of it.
  await trx.deleteFrom('run_events').where('run_id', '=', runId).where('doc_id', '=', doc.id).execute();
  for (const rows of chunk(history)) await trx.insertInto('run_events').values(rows).execute();
  if (options.merge === 'later') {
    const waiting = events.map((event) => ({ doc_id: doc.id, event_id: event.id }));
    for (const rows of chunk(waiting)) await trx.insertInto('unlinked_mentions').values(rows).execute();
  } else if (options.merge !== false) {
    const publishedAt = doc.source.publishedAt ?? null;
    for (const event of events) await linkEvent(trx, { docId: doc.id, publishedAt, event }, touched, false);
  }
  if (options.withDocument && status.status === 'coded') await options.withDocument(trx);
  return { saved: replaced ? 'replaced' : 'inserted', ...(original !== undefined ? { nearDuplicateOf: original } : {}), ...(demoted ? { demoted } : {}) };
}

type DocumentRow = Omit<Selectable<DocumentsTable>, 'text' | 'diagnostics'> & { event_count: number | string | bigint };

function toSource(row: DocumentRow): SourceInfo {
  const source: SourceInfo = { uri: row.uri, format: row.format };
  if (row.source_id !== null && row.source_id !== row.uri) source.id = row.source_id;
  if (row.url !== null) source.url = row.url;
  if (row.title !== null) source.title = row.title;
  if (row.published_at !== null) source.publishedAt = row.published_at;
  if (row.published_provenance !== null) source.publishedProvenance = row.published_provenance as PublishedProvenance;
  if (row.site_name !== null) source.siteName = row.site_name;
  if (row.author !== null) source.author = row.author;
  if (row.language !== null) source.language = row.language;
  return source;
}

function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    source: toSource(row),
    status: row.status,
    statusReason: row.status_reason,
    rawLength: row.raw_length,
    runId: row.run_id,
    createdAt: row.created_at,
    // PostgreSQL returns count(*) as a string (bigint); SQLite as a number.
    eventCount: Number(row.event_count),
    ...(row.near_duplicate_of !== null ? { nearDuplicateOf: row.near_duplicate_of } : {}),
  };
}

const LISTED_COLUMNS = [
  'documents.id', 'documents.uri', 'documents.source_id', 'documents.url', 'documents.title', 'documents.author', 'documents.published_at',
  'documents.published_provenance', 'documents.site_name', 'documents.language', 'documents.format', 'documents.status',
  'documents.status_reason', 'documents.near_duplicate_of', 'documents.raw_length', 'documents.run_id', 'documents.created_at',
] as const;

function selectDocuments(db: Kysely<Database>) {
  return db
    .selectFrom('documents')
    .select(LISTED_COLUMNS)
    .select((eb) =>
      eb.selectFrom('events').select(eb.fn.countAll().as('n')).whereRef('events.doc_id', '=', 'documents.id').as('event_count'),
    );
}

/** The event filter without its paging and order, which mean nothing inside an EXISTS. */
function eventsOnly(filter: EventFilter): EventFilter {
  const { limit: _limit, offset: _offset, order: _order, ...rest } = filter;
  return rest;
}

/** Characters of the text read to find the first line of an untitled document. */
const LEAD_CHARS = 200;

/**
 * Stored documents without their text, in the order they were ingested (or newest first), each
 * untitled one with the first line of its text as `lead`. With `events`, only documents with a
 * matching event, each with its number of matches.
 */
export async function listDocuments(db: Kysely<Database>, limit?: number, offset?: number, options: DocumentListOptions = {}): Promise<StoredDocument[]> {
  const filter = options.events === undefined ? undefined : eventsOnly(options.events);
  let query = selectDocuments(db)
    .select(sql<string | null>`case when ${sql.ref('documents.title')} is null then substr(${sql.ref('documents.text')}, 1, ${sql.lit(LEAD_CHARS)}) end`.as('lead_text'))
    // From the matching events (an index on the filter) to their documents, not a probe per document.
    .$if(filter !== undefined, (q) => q
      .innerJoin(matchesPerDocument(db, filter!).as('m'), 'm.doc_id', 'documents.id')
      .select('m.n as matching'));
  query = options.order === 'newest'
    ? query.orderBy(sql`case when ${sql.ref('documents.published_at')} is null then 1 else 0 end`).orderBy('documents.published_at', 'desc').orderBy('documents.created_at', 'desc').orderBy('documents.id')
    : query.orderBy('documents.created_at').orderBy('documents.id');
  const rows = await paginate(query, limit, offset).execute();
  return rows.map((row) => {
    const { lead_text: leadText, matching, ...rest } = row as typeof row & { matching?: number | string | bigint | null };
    const lead = leadText?.split('\n').map((line) => line.trim()).find((line) => line !== '');
    return {
      ...toStoredDocument({ ...rest, event_count: rest.event_count ?? 0 }),
      ...(matching !== undefined ? { matchingEvents: Number(matching ?? 0) } : {}),
      ...(lead !== undefined ? { lead } : {}),
    };
  });
}

/** The documents with events matching `filter`, with how many: `{doc_id, n}`. */
function matchesPerDocument(db: Kysely<Database>, filter: EventFilter) {
  return db.selectFrom('events').select((eb) => ['events.doc_id', eb.fn.countAll().as('n')]).where((eb) => eventConditions(eb, filter)).groupBy('events.doc_id');
}

/** How many documents `listDocuments` lists with these options (all stored documents without `events`). */
export async function countDocuments(db: Kysely<Database>, events?: EventFilter): Promise<number> {
  const row = events === undefined
    ? await db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
    : await db.selectFrom(matchesPerDocument(db, eventsOnly(events)).as('m')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One document with its text, sentence spans and diagnostics, or undefined when it is not stored. */
export async function getDocument(db: Kysely<Database>, id: string): Promise<StoredDocumentWithText | undefined> {
  const row = await selectDocuments(db)
    .select(['documents.text', 'documents.diagnostics'])
    .where('documents.id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const sentences = await db
    .selectFrom('sentences')
    .select(['start', 'end'])
    .where('doc_id', '=', id)
    .orderBy('idx')
    .execute();
  return {
    ...toStoredDocument({ ...row, event_count: row.event_count ?? 0 }),
    text: row.text,
    sentences,
    diagnostics: JSON.parse(row.diagnostics) as Diagnostic[],
  };
}
