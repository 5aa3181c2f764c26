import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';

/** Thrown when a migration fails; names the migration and the database error. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Options of `migrateToLatest`. */
export interface MigrateOptions {
  /**
   * PostgreSQL schema of Kysely's migration tables. Give the connection's `current_schema()`
   * when several stores share a database in different schemas (`search_path`): without it, Kysely
   * sees another schema's `kysely_migration` table, skips creating its own, and fails.
   */
  readonly schema?: string;
}

/**
 * Brings the schema to the latest migration and returns what ran.
 * PostgreSQL runs each migration in a transaction; Kysely runs SQLite's outside one (its adapter
 * reports no transactional DDL), so a failed SQLite migration can leave part of its tables behind.
 */
export async function migrateToLatest(db: Kysely<Database>, options: MigrateOptions = {}): Promise<readonly MigrationResult[]> {
  const migrator = new Migrator({
    db, provider: migrationProvider, ...(options.schema !== undefined ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${failed} failed: ${reason}. Fix the cause and open the store again.`, {
      cause: error,
    });
  }
  return results;
}
