import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { StoreSummary } from './records.js';

/** Totals over the whole store. Counts go through Number(): PostgreSQL returns bigint counts as strings. */
export async function summarize(db: Kysely<Database>): Promise<StoreSummary> {
  const byStatus = await db
    .selectFrom('documents')
    .select(['status', db.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  const byTypeRows = await db
    .selectFrom('events')
    .select(['event', db.fn.countAll().as('n')])
    .groupBy('event')
    .orderBy('event')
    .execute();
  const [runs, failures] = await Promise.all([
    db.selectFrom('runs').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('failures').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const status = { coded: 0, skipped: 0, failed: 0 };
  for (const row of byStatus) status[row.status] = Number(row.n);
  const { coded, skipped, failed: codingFailed } = status;
  const byType: Record<string, number> = {};
  for (const row of byTypeRows) byType[row.event] = Number(row.n);
  return {
    documents: coded + skipped + codingFailed,
    coded,
    skipped,
    codingFailed,
    events: Object.values(byType).reduce((sum, n) => sum + n, 0),
    byType,
    runs: Number(runs.n),
    failedInputs: Number(failures.n),
  };
}
