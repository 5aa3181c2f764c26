import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Runs `work` in a transaction that writes. SQLite: `BEGIN IMMEDIATE`, so the transaction holds
 * the file's write lock from its first statement: what it reads (the near-duplicate candidates,
 * the merge candidates) cannot change under it before it writes, even from another process, which
 * waits for the lock (busy timeout) instead of failing to upgrade a read. PostgreSQL: a plain
 * transaction; the writers' locks (merging, band keys) are taken inside it.
 */
export async function writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.connection().execute(async (connection) => {
    await sql.raw(postgres ? 'begin' : 'begin immediate').execute(connection);
    try {
      const result = await work(connection);
      await sql.raw('commit').execute(connection);
      return result;
    } catch (error) {
      await sql.raw('rollback').execute(connection).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Runs `work` inside a savepoint of the current transaction: when it throws, what it wrote is
 * undone and the transaction goes on (one bad document of a batch fails alone).
 */
export async function withSavepoint<T>(trx: Kysely<Database>, name: string, work: () => Promise<T>): Promise<T> {
  await sql.raw(`savepoint ${name}`).execute(trx);
  try {
    const result = await work();
    await sql.raw(`release savepoint ${name}`).execute(trx);
    return result;
  } catch (error) {
    await sql.raw(`rollback to savepoint ${name}`).execute(trx);
    await sql.raw(`release savepoint ${name}`).execute(trx);
    throw error;
  }
}
