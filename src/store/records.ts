import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceInfo } from '../core/document.js';
import type { Span } from '../core/span.js';
import type { DocumentStatus } from './documents.table.js';

/** The status given to `saveDocument`; `reason` says why a document was skipped or failed. */
export interface SaveStatus {
  readonly status: DocumentStatus;
  readonly reason?: string;
  /** For a skipped near-duplicate: the id of the earlier document it repeats. */
  readonly nearDuplicateOf?: string;
}

/** Options of `saveDocument`. */
export interface SaveOptions {
  /** Re-code: delete the stored document and its events and save this coding instead, in one transaction. */
  readonly replace?: boolean;
  /** Link the events to canonical events (default true); bulk loaders turn it off and call `remerge` once. */
  readonly merge?: boolean;
}

/** What `saveDocument` did: stored a new document, left an existing one, or replaced it (re-coded). */
export type SaveResult = 'inserted' | 'exists' | 'replaced';

/** A stored article without its text, as `listDocuments` returns it. */
export interface StoredDocument {
  readonly id: string;
  /** The SourceInfo it was saved with (fields that were absent stay absent). */
  readonly source: SourceInfo;
  readonly status: DocumentStatus;
  readonly statusReason: string | null;
  readonly rawLength: number;
  readonly runId: string;
  readonly createdAt: string;
  readonly eventCount: number;
  /** Present only for a document skipped as a near-duplicate: the id of the document it repeats. */
  readonly nearDuplicateOf?: string;
}

/** A stored article with its cleaned text, sentence spans and diagnostics (`getDocument`). */
export interface StoredDocumentWithText extends StoredDocument {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Counts a run reports when it finishes, e.g. `{ documents: 12, coded: 10, events: 41 }`. */
export type RunCounts = Readonly<Record<string, number>>;

/** One ingest run and the versions that produced its records. */
export interface StoredRun {
  readonly id: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly versions: readonly string[];
  readonly counts: RunCounts | null;
}

/** Filters for `queryEvents`; all optional and combined with AND. */
export interface EventFilter {
  /** PLOVER event type, e.g. `ASSAULT` (compared upper-cased). */
  readonly type?: string;
  /** Actor code in any role (actor, recipient or third party), e.g. `ARM` (compared upper-cased). */
  readonly actor?: string;
  /** Code that must be among the recipients. */
  readonly recipient?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; keeps events whose date period overlaps (see date-filter.ts). */
  readonly since?: string;
  readonly until?: string;
  readonly background?: boolean;
  readonly docId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** Totals over the whole store, for `chronicle status` and the dashboard header. */
export interface StoreSummary {
  readonly documents: number;
  readonly coded: number;
  readonly skipped: number;
  readonly failed: number;
  readonly events: number;
  readonly byType: Record<string, number>;
  readonly runs: number;
  /** Rows of the `failures` table: inputs that never became a document. */
  readonly failures: number;
}
