import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { createDoc, type ArticleDoc, type SourceInfo } from '../core/document.js';
import { signatureRecord } from '../ingest/near-duplicates.js';
import type { CoderPool } from '../parallel/pool.js';
import type { Database } from '../store/database.js';
import { toEventRow } from '../store/event-rows.js';
import type { Store } from '../store/index.js';
import { CONSULTED_EVERYTHING, keysChangedBy, type KnownPerson, mergePerson, type PeopleMemory, peopleLearnedFrom } from './people.js';
import { memoryDb } from './people.table.js';
import { listPeople, writePerson } from './store.js';

/*
 * Reproducible corpus memory (issue 18). A run codes every document against the memory as it stood
 * when the run began, and only holds back what each one teaches (`holdLessons`). Its finishing step
 * (`settleMemory`) applies all held lessons at once — `mergePerson` is commutative, so the order
 * they arrived in does not matter — then codes again, against the new memory, the documents whose
 * coding asked the memory something it now answers differently (what each asked is recorded while
 * it is coded, `PeopleMemory.consulting`), and replaces their stored events where the coding differs.
 * The stored events are then a function of the run's inputs and of what the store held before it,
 * not of the number of workers, their timing or the input order.
 */

/** Advisory lock key (PostgreSQL) serialising the claim of held lessons across processes. */
const SETTLE_LOCK = 1_801_018;

/** The input a document was coded from, and what its coding asked the memory: held with its lessons for the second pass. */
export interface HeldInput {
  /** The input as read, and `source` as it was before coding: the second pass codes exactly that again. */
  readonly raw: string;
  readonly source: SourceInfo;
  /** The keys the coding asked the memory (`CodedResult.consulted`); absent when unknown, and the document is then coded again whatever changed. */
  readonly consulted?: readonly string[];
}

/**
 * Holds what a coded document teaches until the run's finishing step, with its input and what its
 * coding asked the memory. Call it inside the document's save transaction (`SaveOptions.withDocument`):
 * a crash between two transactions would keep the document and lose its lessons. A held row whose
 * document is not stored as coded is ignored.
 */
export async function holdLessons(db: Kysely<Database>, coded: ArticleDoc, input: HeldInput): Promise<void> {
  await memoryDb(db).insertInto('memory_pending').values({
    doc_id: coded.id, state: 'coded', claimed_by: null, published_at: coded.source.publishedAt ?? null, lessons: JSON.stringify(peopleLearnedFrom(coded)),
    raw: input.raw, source: JSON.stringify(input.source), consulted: input.consulted ? JSON.stringify(input.consulted) : null, created_at: new Date().toISOString(),
  }).onConflict((oc) => oc.column('doc_id').doNothing()).execute();
}

/** Whether any lesson or second-pass document is waiting (a cheap check before `settleMemory`). */
export async function hasHeldLessons(db: Kysely<Database>): Promise<boolean> {
  return (await memoryDb(db).selectFrom('memory_pending').select('doc_id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Whether a finishing step still has work of the memory's: a lesson of a coded document not yet
 * applied, or a document waiting for (or in) its second pass, perhaps in another worker's
 * finishing step. Merges are settled only once there is none (see the queue's `settle`).
 */
export async function memoryWorkPending(db: Kysely<Database>): Promise<boolean> {
  const row = await memoryDb(db).selectFrom('memory_pending').innerJoin('documents', 'documents.id', 'memory_pending.doc_id')
    .select('memory_pending.doc_id').where('documents.status', '=', 'coded').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** A token that changes when the stored memory does (compared before each batch by queue workers). */
export async function memoryVersion(db: Kysely<Database>): Promise<string> {
  const row = await memoryDb(db).selectFrom('people_memory')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('updated_at').as('at')]).executeTakeFirst();
  return `${row?.n ?? 0}@${row?.at ?? ''}`;
}

/** Brings `memory` up to the stored memory; returns the records that were new or different (for `CoderPool.learned`). */
export async function refreshMemory(db: Kysely<Database>, memory: PeopleMemory): Promise<KnownPerson[]> {
  const changed: KnownPerson[] = [];
  for (const person of await listPeople(db)) {
    if (JSON.stringify(memory.get(person.name)) === JSON.stringify(person)) continue;
    memory.put(person);
    changed.push(person);
  }
  return changed;
}

export interface SettleOptions {
  readonly store: Store;
  /** The memory the pool's coders use; brought up to the settled memory before the second pass. */
  readonly memory: PeopleMemory;
  /** The coders (started only when a document is to be coded again). */
  readonly pool: () => CoderPool;
  /** The run the replaced codings are recorded under. */
  readonly runId: string;
  /**
   * How the replacing saves link their events (`SaveOptions.merge`): ingest, which settles its
   * merges right after, gives `'later'`; by default they are linked at once.
   */
  readonly merge?: 'later';
  /** Told of each document the second pass coded again, and whether its events changed. */
  readonly onRecoded?: (docId: string, changed: boolean, eventsDelta: number) => void;
}

export interface SettleCounts {
  /** Documents whose lessons were applied. */
  readonly settled: number;
  /** Memory entries added or changed. */
  readonly people: number;
  /** Documents coded again by the second pass, and of those, the ones whose events changed (replaced). */
  readonly recoded: number;
  readonly replaced: number;
  /** Events after the second pass minus before. */
  readonly eventsDelta: number;
}

/**
 * The run's finishing step: applies every held lesson to the stored memory and re-codes the
 * documents it affects. Safe to call from several processes at once (the claim is one
 * transaction, locked on PostgreSQL; SQLite has one writer), and after a crash (documents left to
 * code again are picked up by the next call). Call it when no document of the run is still being
 * coded: one held back after the claim would wait for the next run's finishing step.
 */
export async function settleMemory(options: SettleOptions): Promise<SettleCounts> {
  const { store } = options;
  const claim = await claimLessons(store.db);
  const { recoded, replaced, eventsDelta } = await codeAgain(options);
  return { settled: claim.settled, people: claim.people, recoded, replaced, eventsDelta };
}

/** Whether a coding that asked `consulted` (JSON, or NULL when unknown) can be answered differently now that `changed` keys are. */
function asksAbout(consulted: string | null, changed: ReadonlySet<string>): boolean {
  if (consulted === null) return true;
  return (JSON.parse(consulted) as string[]).some((key) => key === CONSULTED_EVERYTHING || changed.has(key));
}

const PAGE = 500;
/** Most re-coded documents replaced in one transaction (as `ingest` saves its batches). */
const REPLACE_BATCH = 32;

/** Applies the held lessons of stored, coded documents and marks the documents they affect to be coded again, in one transaction. */
async function claimLessons(db: Kysely<Database>): Promise<{ settled: number; people: number }> {
  return db.transaction().execute(async (trx) => {
    if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${sql.lit(SETTLE_LOCK)})`.execute(trx);
    const mdb = memoryDb(trx);
    const held = await mdb.selectFrom('memory_pending').innerJoin('documents', 'documents.id', 'memory_pending.doc_id')
      .select(['memory_pending.doc_id as docId', 'memory_pending.lessons as lessons'])
      .where('memory_pending.state', '=', 'coded').where('documents.status', '=', 'coded').execute();
    if (held.length === 0) return { settled: 0, people: 0 };
    const before = new Map((await listPeople(trx)).map((p) => [p.name, p]));
    const after = new Map(before);
    for (const row of held) {
      for (const lesson of JSON.parse(row.lessons) as KnownPerson[]) {
        const merged = mergePerson(after.get(lesson.name), lesson);
        if (merged) after.set(lesson.name, merged);
      }
    }
    const changed = [...after.values()].filter((p) => JSON.stringify(p) !== JSON.stringify(before.get(p.name)));
    for (const person of changed) await writePerson(trx, person);
    // Coded again: the documents whose coding asked something the new memory answers differently.
    const keys = keysChangedBy(before, after);
    const ids = held.map((row) => row.docId).sort();
    const again: string[] = [];
    if (keys.size > 0) {
      // A page at a time: a long run holds many documents.
      for (let i = 0; i < ids.length; i += PAGE) {
        const asked = await mdb.selectFrom('memory_pending').select(['doc_id', 'consulted']).where('doc_id', 'in', ids.slice(i, i + PAGE)).execute();
        for (const { doc_id: id, consulted } of asked) if (asksAbout(consulted, keys)) again.push(id);
      }
    }
    const affected = new Set(again);
    const done = ids.filter((id) => !affected.has(id));
    for (let i = 0; i < again.length; i += PAGE) await mdb.updateTable('memory_pending').set({ state: 'recode' }).where('doc_id', 'in', again.slice(i, i + PAGE)).execute();
    for (let i = 0; i < done.length; i += PAGE) await mdb.deleteFrom('memory_pending').where('doc_id', 'in', done.slice(i, i + PAGE)).execute();
    return { settled: held.length, people: changed.length };
  });
}

/** The second pass: codes again each document marked by a claim, against the settled memory, and replaces its events where they changed. */
async function codeAgain(options: SettleOptions): Promise<{ recoded: number; replaced: number; eventsDelta: number }> {
  const { store, runId } = options;
  const mdb = memoryDb(store.db);
  let recoded = 0;
  let replaced = 0;
  let eventsDelta = 0;
  let pool: CoderPool | undefined;
  // Documents a finishing step took and never finished (its process died: its run is closed) are free again.
  await mdb.updateTable('memory_pending').set({ state: 'recode', claimed_by: null }).where('state', '=', 'recoding')
    .where('claimed_by', 'in', (eb) => eb.selectFrom('runs').select('id').where('finished_at', 'is not', null)).execute();
  for (;;) {
    // Taken a page at a time, each document by one finishing step: another worker finishing at the
    // same moment takes the next page instead of coding the same documents.
    const page = mdb.selectFrom('memory_pending').select('doc_id').where('state', '=', 'recode').orderBy('doc_id').limit(PAGE);
    const taken = (await mdb.updateTable('memory_pending').set({ state: 'recoding', claimed_by: runId })
      .where('state', '=', 'recode').where('doc_id', 'in', page).returning('doc_id').execute()).map((r) => r.doc_id);
    if (taken.length === 0) break;
    // Only documents still stored as coded: a replace must never bring back one that was deleted.
    const rows = await mdb.selectFrom('memory_pending').innerJoin('documents', 'documents.id', 'memory_pending.doc_id')
      .select(['memory_pending.doc_id as doc_id', 'memory_pending.raw as raw', 'memory_pending.source as source'])
      .where('memory_pending.doc_id', 'in', taken).where('documents.status', '=', 'coded').orderBy('memory_pending.doc_id').execute();
    const gone = new Set(taken);
    for (const row of rows) gone.delete(row.doc_id);
    if (gone.size > 0) await mdb.deleteFrom('memory_pending').where('doc_id', 'in', [...gone]).execute();
    if (!pool) {
      pool = options.pool();
      pool.learned(await refreshMemory(store.db, options.memory));
    }
    const coder = pool;
    // Every document of the page goes to the coders at once (threads code them side by side); the
    // results are taken in document order, and the changed ones saved REPLACE_BATCH to a
    // transaction in that order: one commit, and one recompute of each canonical event they touch,
    // per batch instead of per document, and the same order of saves however the threads finish.
    // A coder that kept a document's analysed text in the first pass (`keep`) codes it again from the
    // entities stage, the first that reads the memory; the others code it from its input.
    const codings = rows.map((row) => coder.code(createDoc(row.doc_id, JSON.parse(row.source) as SourceInfo, row.raw), { resume: true }));
    let batch: { coded: ArticleDoc; delta: number }[] = [];
    let done: string[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length > 0) {
        const results = await store.saveDocuments(batch.map(({ coded }) => {
          const signature = signatureRecord(coded);
          return { doc: coded, status: { status: 'coded' as const }, options: { replace: true, ...(signature ? { signature } : {}), ...(options.merge ? { merge: options.merge } : {}) } };
        }), runId);
        const failed = results.find((result) => 'error' in result);
        if (failed && 'error' in failed) throw failed.error;
        for (const { coded, delta } of batch) {
          replaced++;
          eventsDelta += delta;
          options.onRecoded?.(coded.id, true, delta);
        }
        batch = [];
      }
      for (let i = 0; i < done.length; i += PAGE) await mdb.deleteFrom('memory_pending').where('doc_id', 'in', done.slice(i, i + PAGE)).execute();
      done = [];
    };
    for (const [n, row] of rows.entries()) {
      const { doc: coded, status } = await codings[n]!;
      // A document that fails now keeps its first coding: the second pass only ever refines.
      if (status.status === 'coded') {
        const stored = await store.db.selectFrom('events').select(['id', 'record']).where('doc_id', '=', row.doc_id).orderBy('id').execute();
        const fresh = coded.events.map((e) => ({ id: e.id, record: toEventRow(e, coded.id, runId).record })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        recoded++;
        if (JSON.stringify(stored) !== JSON.stringify(fresh)) batch.push({ coded, delta: fresh.length - stored.length });
        else options.onRecoded?.(row.doc_id, false, 0);
      }
      done.push(row.doc_id);
      if (batch.length >= REPLACE_BATCH) await flush();
    }
    await flush();
  }
  return { recoded, replaced, eventsDelta };
}
