export { openStore, type Store, type StoreOptions } from './open-store.js';
export { StoreConfigError, parseLocation, type StoreLocation } from './location.js';
export { createDb, type Connection, type DialectName } from './connect.js';
export { MigrationError, migrateToLatest } from './migrate.js';
export { StoreWriteError } from './documents.repository.js';
export type {
  EventFilter, RunCounts, SaveStatus, StoreSummary, StoredDocument, StoredDocumentWithText, StoredRun,
} from './records.js';
export type { Database } from './database.js';
export type { SignatureCandidate } from './near-duplicates.repository.js';
export type { DocumentStatus } from './documents.table.js';
export type { PartyRole } from './event-actors.table.js';
