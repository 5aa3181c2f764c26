import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Records an input that never became a document, e.g. `('feed.jsonl#12', 'read', 'Empty body')`. */
export async function recordFailure(
  db: Kysely<Database>,
  failure: { readonly uri: string; readonly stage: string; readonly reason: string; readonly runId: string },
  now: string,
): Promise<void> {
  await db
    .insertInto('failures')
    .values({ id: randomUUID(), uri: failure.uri, stage: failure.stage, reason: failure.reason, run_id: failure.runId, created_at: now })
    .execute();
}
