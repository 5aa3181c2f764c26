import type { Kysely } from 'kysely';
import type { Database } from '../store/database.js';

/**
 * The corpus memory of people (migration 2026_11_27_200000_people_memory). One row per full name.
 * Declared here, not in src/store/database.ts, and merged by intersection (`MemoryDatabase`), so the
 * memory ships without touching the store's schema file.
 */
export interface PeopleMemoryTable {
  /** Full name as written with the title ("Nikol Pashinyan"). */
  name: string;
  /** Last word of the name, indexed for "Pashinyan said". */
  surname: string;
  code: string | null;
  sector: string | null;
  title: string | null;
  /** 'learned' (from an article) or 'user' (a correction: never overwritten by learning). */
  source: string;
  /** Rule that learned it ('title', 'title-of', 'appositive', 'counterpart', 'modifier') or 'user'. */
  how: string;
  first_seen: string | null;
  last_seen: string | null;
  document_id: string | null;
  /** ISO timestamp of the last write. */
  updated_at: string;
}

/**
 * A coded document whose lessons wait for the run's finishing step (migration
 * 2026_12_01_200000_memory_pending, src/memory/settle.ts). Deleted once settled.
 */
export interface MemoryPendingTable {
  doc_id: string;
  /** 'coded' (lessons not applied yet), 'recode' (applied; the document is to be coded again) or 'recoding' (taken by run `claimed_by`). */
  state: string;
  claimed_by: string | null;
  published_at: string | null;
  /** JSON KnownPerson[]: what the document teaches (often nothing). */
  lessons: string;
  /** The input as read, and its SourceInfo JSON: the second pass codes exactly what the first did. */
  raw: string;
  source: string;
  /**
   * JSON string[]: what the coding asked the memory (`consultedKey`; migration
   * 2026_12_02_310000_memory_consulted). NULL when unknown: the document is coded again whatever changed.
   */
  consulted: string | null;
  created_at: string;
}

export type MemoryDatabase = Database & { people_memory: PeopleMemoryTable; memory_pending: MemoryPendingTable };

/** The store's Kysely handle seen with the memory table (same connection, wider type). */
export function memoryDb(db: Kysely<Database>): Kysely<MemoryDatabase> {
  return db as unknown as Kysely<MemoryDatabase>;
}
