import type { Kysely } from 'kysely';

/*
 * Issue 18: the store keeps up with coding. Merging reads, for every mention saved, the first
 * MAX_CANDIDATES canonical events (by id) of its quad class (or type) whose date window may overlap
 * its own (`findCandidates`, canonical.repository.ts). Those indexes held (quad or type, date_lo):
 * every event of the window was read from its row for `date_hi`, `date_precision` and `locked`, and
 * the whole row went into the sort by id, though at most 50 are kept. With those columns and the id
 * after the key, the ids come from the index alone and only the kept rows are read. Appended
 * columns leave the order of each index, and every plan that seeks it, as they were.
 * Portable SQL only.
 */

const CANDIDATE_COLUMNS = ['date_lo', 'date_hi', 'date_precision', 'locked', 'id'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('canonical_events_quad_idx').execute();
  await db.schema.createIndex('canonical_events_quad_idx').on('canonical_events').columns(['quad', ...CANDIDATE_COLUMNS]).execute();
  await db.schema.dropIndex('canonical_events_type_idx').execute();
  await db.schema.createIndex('canonical_events_type_idx').on('canonical_events').columns(['event', ...CANDIDATE_COLUMNS]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('canonical_events_quad_idx').execute();
  await db.schema.createIndex('canonical_events_quad_idx').on('canonical_events').columns(['quad', 'date_lo']).execute();
  await db.schema.dropIndex('canonical_events_type_idx').execute();
  await db.schema.createIndex('canonical_events_type_idx').on('canonical_events').columns(['event', 'date_lo']).execute();
}
