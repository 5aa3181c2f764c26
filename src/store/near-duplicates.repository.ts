import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { chunk } from './chunk.js';
import type { Database } from './database.js';

/** A stored signature that shares at least one band key with the one looked up. */
export interface SignatureCandidate {
  readonly docId: string;
  readonly signature: string;
}

/**
 * Stores a document's signature and band keys (one transaction). Storing a signature for a
 * document that already has one changes nothing, so re-ingesting is harmless.
 */
export async function saveSignature(db: Kysely<Database>, docId: string, signature: string, bandKeys: readonly string[]): Promise<void> {
  await db.transaction().execute((trx) => insertSignature(trx, docId, signature, bandKeys));
}

/** The inserts of `saveSignature`, inside a transaction the caller holds (`saveDocument` uses it). */
export async function insertSignature(trx: Kysely<Database>, docId: string, signature: string, bandKeys: readonly string[]): Promise<void> {
  const inserted = await trx
    .insertInto('near_duplicate_signatures')
    .values({ doc_id: docId, signature })
    .onConflict((oc) => oc.column('doc_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return;
  const rows = [...new Set(bandKeys)].map((band_key) => ({ band_key, doc_id: docId }));
  for (const part of chunk(rows)) await trx.insertInto('near_duplicate_bands').values(part).onConflict((oc) => oc.doNothing()).execute();
}

/** Signatures sharing a band key with `bandKeys`, most shared bands first, at most `limit`. */
export async function findSignatureCandidates(db: Kysely<Database>, bandKeys: readonly string[], limit = 20): Promise<SignatureCandidate[]> {
  if (bandKeys.length === 0) return [];
  const rows = await db
    .selectFrom('near_duplicate_bands as b')
    .innerJoin('near_duplicate_signatures as s', 's.doc_id', 'b.doc_id')
    .select(['b.doc_id', 's.signature'])
    .select((eb) => eb.fn.countAll().as('shared'))
    .where('b.band_key', 'in', [...new Set(bandKeys)])
    .groupBy(['b.doc_id', 's.signature'])
    .orderBy('shared', 'desc')
    .orderBy('b.doc_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ docId: row.doc_id, signature: row.signature }));
}

/** Any fixed number: the first key of the PostgreSQL advisory locks that claim band keys. */
const BAND_LOCK = 7_000_008;

/**
 * Claims band keys until the transaction ends, so two copies of one story saved at once by two
 * processes are decided one after the other: the second waits, then finds the first's signature
 * (PostgreSQL reads what committed before each statement). Copies share a band key (LSH), so they
 * meet on its lock; unrelated documents rarely do. Locks are taken in one sorted statement, so two
 * transactions claiming overlapping keys cannot deadlock. SQLite needs nothing: its write
 * transaction (`writeTransaction`) holds the file's single write lock.
 */
export async function claimBandKeys(trx: Kysely<Database>, bandKeys: readonly string[]): Promise<void> {
  if (bandKeys.length === 0 || !(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  const keys = [...new Set(bandKeys)];
  await sql`select pg_advisory_xact_lock(${sql.lit(BAND_LOCK)}, k) from (select distinct hashtext(key) as k from unnest(${keys}::text[]) as key order by k) as keys`.execute(trx);
}
