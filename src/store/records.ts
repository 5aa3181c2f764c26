import type { Kysely } from 'kysely';
import type { Diagnostic } from '../core/diagnostic.js';
import type { CodedEvent, DatePrecision, SourceInfo } from '../core/document.js';
import type { Span } from '../core/span.js';
import type { Database } from './database.js';
import type { DocumentStatus } from './documents.table.js';
import type { PartyRole } from './event-actors.table.js';
import type { CanonicalFigures } from './merge/figures.js';
import type { SignatureCandidate } from './near-duplicates.repository.js';

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
  /**
   * Link the events to canonical events (default true); bulk loaders turn it off and call `remerge`
   * once. `'later'`: leave them to the finishing step (`settleMerges`), which links them in report
   * order with the links saves made since the last one; an ingest, which settles at its end and
   * would throw those links away, saves so (they are recorded in `unlinked_mentions`, in the save's
   * transaction, and are in no canonical event until then).
   */
  readonly merge?: boolean | 'later';
  /**
   * The document's near-duplicate signature (`signatureRecord` in src/ingest/near-duplicates.ts),
   * written in the same transaction as the document: a crash between two transactions once kept
   * the document and lost its signature, and the re-run, finding the document, never added it.
   */
  readonly signature?: { readonly value: string; readonly bandKeys: readonly string[] };
  /**
   * The near-duplicate decision, made inside the save's transaction once the signature's band keys
   * are claimed: given the stored signatures that share a band key with `signature`, the id of the
   * document this one repeats, if any. The document is then stored as skipped (`near-duplicate of
   * ID`), without its events and without a signature of its own. Two copies saved at the same
   * moment by two processes are thus decided one after the other: the later one is the copy.
   */
  readonly originalOf?: (candidates: readonly SignatureCandidate[]) => string | undefined;
  /**
   * Further writes that belong with the document, made on the save's transaction once it is stored
   * as coded (not as a near-duplicate, and not when it was stored already): both are kept or
   * neither. Ingest holds the document's lessons for the corpus memory here (`holdLessons`): held
   * after the save, a crash in between kept the document and lost them.
   */
  readonly withDocument?: (trx: Kysely<Database>) => Promise<void>;
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
  /** Listed with an event filter: how many of its events match it. */
  readonly matchingEvents?: number;
  /** Listed by `listDocuments` for a document without a title: its text's first line, to name it by. */
  readonly lead?: string;
}

/** Options of `listDocuments`. */
export interface DocumentListOptions {
  /** Only documents with at least one event matching this filter (its own limit, offset and order are ignored). */
  readonly events?: EventFilter;
  /** `ingested` (the default: oldest first) or `newest` (publication date, newest first, undated last). */
  readonly order?: 'ingested' | 'newest';
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
  /**
   * `finished`; `running` (no end yet, and its process gave a sign of life recently); or
   * `interrupted`: its process stopped without finishing it (killed, crashed, lost its machine),
   * found by `closeAbandonedRuns`, which set `finishedAt` to its last sign of life.
   */
  readonly state: 'finished' | 'running' | 'interrupted';
}

/** A box of longitude/latitude degrees; `west > east` crosses the antimeridian (170 … -170). */
export interface BoundingBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** Filters shared by events and canonical events; all optional and combined with AND. */
export interface CommonFilter {
  /** PLOVER event type, e.g. `ASSAULT` (compared upper-cased). */
  readonly type?: string;
  /** Any of these PLOVER types (`['ASSAULT', 'COERCE']`); an empty list matches nothing. */
  readonly types?: readonly string[];
  /** PLOVER mode, e.g. `release` (compared as given). */
  readonly mode?: string;
  /** Actor code in any role (actor, recipient or third party), e.g. `ARM` (compared upper-cased). */
  readonly actor?: string;
  /** Code that must be among the recipients. */
  readonly recipient?: string;
  /** Two codes that must both be sides (actor or recipient), in either direction: `['ARM', 'AZE']`. */
  readonly dyad?: readonly [string, string];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; keeps events whose date period overlaps (see date-filter.ts). */
  readonly since?: string;
  readonly until?: string;
  /** Keeps events located inside the box (events without coordinates are dropped). */
  readonly bbox?: BoundingBox;
  readonly background?: boolean;
  /** At least this many independent outlets reported it (through the canonical event for a mention). */
  readonly minSources?: number;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * One party an event must have: in `role` (any role when absent), matching every field given.
 * `{ role: 'actor', code: 'USA' }` is "the USA acted"; `{ code: null, sector: 'REB' }` is "rebels
 * the coder gave no country"; `{ role: 'recipient', text: { contains: 'police' } }` is "done to
 * anyone whose words contain 'police'".
 */
export interface PartyFilter {
  readonly role?: PartyRole;
  /** A party code (compared upper-cased), or null for a party without one. */
  readonly code?: string | null;
  /** PLOVER sector (`REB`, `COP`), compared upper-cased. */
  readonly sector?: string | null;
  /** The party's words, case-insensitively: containing a string, or equal to it. */
  readonly text?: { readonly contains: string } | { readonly equals: string };
}

/**
 * Orders of an event page: by date (`-date`: newest first, undated still last), by type then
 * newest, or by death toll (`-dead`: largest first, events without a toll last).
 */
export type EventOrder = 'date' | '-date' | 'type' | '-type' | 'dead' | '-dead';

/** Filters for `queryEvents` (event mentions, one per article). */
export interface EventFilter extends CommonFilter {
  readonly docId?: string;
  /** Parties the event must have, each its own condition (combined with AND). */
  readonly parties?: readonly PartyFilter[];
  /** A country code: a party of the event in any role, or the country the event happened in. */
  readonly country?: string;
  /**
   * Words that must all occur (as word beginnings, case- and accent-insensitively) in the
   * evidence sentence, the parties' words, codes and names, or the place: `kill Idlib`,
   * `"prisoners of war"` for a phrase.
   */
  readonly search?: string;
  /** Page order; `date` (oldest first, undated last) by default. */
  readonly order?: EventOrder;
}

/** Filters for `queryCanonicalEvents` (one row per real-world event). */
export type CanonicalFilter = CommonFilter;

/** Totals over the whole store, for `chronicle status` and the dashboard header. */
export interface StoreSummary {
  /** Stored articles: `coded + skipped + codingFailed`. */
  readonly documents: number;
  readonly coded: number;
  /** Stored but not coded on purpose: another language, no text, a near-duplicate. */
  readonly skipped: number;
  /** Stored, but a stage failed on them (the reason is kept with the document). */
  readonly codingFailed: number;
  readonly events: number;
  readonly byType: Record<string, number>;
  readonly runs: number;
  /**
   * Inputs reported as failed, one per failure recorded (the `failures` table): unreadable ones
   * (empty, binary, too large, broken), which never became a document, and those a stage failed
   * on, which are stored too and counted in `codingFailed` as well.
   */
  readonly failedInputs: number;
}

/** One reported figure of a canonical event (see merge/figures.ts). */
export type { CanonicalFigures, Figure } from './merge/figures.js';

/** A real-world event merged from the mentions of one or more articles. */
export interface CanonicalEvent {
  readonly id: string;
  readonly event: string;
  readonly mode: string | null;
  /** PLOVER quad class: 1–2 cooperation, 3–4 conflict. */
  readonly quad: number | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly background: boolean;
  readonly countryCode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** Earliest publication date among the reports. */
  readonly firstReported: string | null;
  readonly mentions: number;
  /** Independent outlets (copies of one wire story count once). */
  readonly sources: number;
  /** Headline death toll, chosen by `deadRule` from `figures.dead`. */
  readonly dead: number | null;
  readonly deadRule: string | null;
  readonly figures: CanonicalFigures;
  readonly actors: Readonly<Record<PartyRole, readonly string[]>>;
  /** Made by `unmerge`: takes no other mentions. */
  readonly locked: boolean;
  /** The earliest report's event. */
  readonly record: CodedEvent;
}

/** A mention of a canonical event, with why it was linked (`getCanonicalEvent`). */
export interface CanonicalMention {
  readonly docId: string;
  readonly eventId: string;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly pinned: boolean;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly event: CodedEvent;
}

/** A canonical event with its mentions. */
export interface CanonicalEventDetail extends CanonicalEvent {
  readonly links: readonly CanonicalMention[];
}

/** Calendar unit of `countEvents`: `day` counts day-precise events, `week` (Monday) too, `month` also month-precise ones. */
export type Period = 'day' | 'week' | 'month';

/** Options of `countEvents`. */
export interface CountOptions extends EventFilter {
  readonly by: Period;
}

/** Events of one type in one period: `{ period: '2022-09', event: 'ASSAULT', count: 3 }`. */
export interface PeriodCount {
  readonly period: string;
  readonly event: string;
  readonly count: number;
}

/** Events between two sides (either direction), split by PLOVER quad class. */
export interface DyadCount {
  readonly codeA: string;
  readonly codeB: string;
  readonly events: number;
  /** Quad classes 1–2 (verbal and material cooperation). */
  readonly cooperation: number;
  /** Quad classes 3–4 (verbal and material conflict). */
  readonly conflict: number;
}

/** Deaths per month from the headline figures of canonical events (each real event counted once). */
export interface MonthlyFatalities {
  readonly month: string;
  readonly dead: number;
  /** Canonical events with a death toll in the month. */
  readonly events: number;
}

/** One event added or removed between two runs of the same document. */
export interface RunEventChange {
  readonly docId: string;
  readonly eventId: string;
  readonly event: string;
  readonly fingerprint: string;
}

/** What changed between two codings (runs) of the documents both coded. */
export interface RunDiff {
  readonly from: string;
  readonly to: string;
  /** Documents coded by both runs. */
  readonly documents: number;
  readonly added: readonly RunEventChange[];
  readonly removed: readonly RunEventChange[];
  /** Per type: `{ ASSAULT: { added: 1, removed: 0 } }`. */
  readonly byType: Readonly<Record<string, { readonly added: number; readonly removed: number }>>;
}
