export { openStore, ABANDONED_AFTER_MS, HEARTBEAT_MS, type Store, type StoreOptions } from './open-store.js';
export { DatabaseUnavailableError, StoreConfigError, StoreNotFoundError, parseLocation, type StoreLocation } from './location.js';
export { createDb, postgresSettings, type Connection, type DialectName } from './connect.js';
export { MigrationError, migrateToLatest } from './migrate.js';
export { StoreWriteError, type SaveRequest, type DemotedOriginal, type SaveResultOf } from './documents.repository.js';
export type {
  BoundingBox, CanonicalEvent, CanonicalEventDetail, CanonicalFigures, CanonicalFilter, CanonicalMention, CommonFilter, CountOptions,
  DocumentListOptions, DyadCount, EventFilter, EventOrder, Figure, MonthlyFatalities, Period, PeriodCount, RunCounts, RunDiff, RunEventChange, SaveOptions, SaveResult,
  PartyFilter, SaveStatus, StoreSummary, StoredDocument, StoredDocumentWithText, StoredRun,
} from './records.js';
export type { MentionRef } from './canonical.repository.js';
export { HEADLINE_RULE } from './merge/figures.js';
export { MERGE_RULES_VERSION } from './merge/compare.js';
export { quadClass, ploverScore, isCooperation } from './plover.js';
export type { Database } from './database.js';
export type { SignatureCandidate } from './near-duplicates.repository.js';
export type { DocumentStatus } from './documents.table.js';
export type { PartyRole } from './event-actors.table.js';
