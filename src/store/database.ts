import type { CanonicalActorsTable, CanonicalDyadsTable, CanonicalEventsTable, EventLinksTable, UnlinkedMentionsTable } from './canonical.table.js';
import type { DocumentsTable } from './documents.table.js';
import type { EventActorsTable } from './event-actors.table.js';
import type { EventDyadsTable } from './event-dyads.table.js';
import type { EventsTable } from './events.table.js';
import type { FailuresTable } from './failures.table.js';
import type { NearDuplicateBandsTable, NearDuplicateSignaturesTable } from './near-duplicates.table.js';
import type { RunEventsTable } from './run-events.table.js';
import type { RunsTable } from './runs.table.js';
import type { SentencesTable } from './sentences.table.js';
import type { DyadCountsTable, DyadMonthCountsTable, EventMonthCountsTable } from './summaries.table.js';

/**
 * The one typed schema shared by every dialect (the Kysely way, not one table definition per
 * database). Columns hold only portable types: text, integer, double precision; JSON is text
 * serialised by the app and timestamps are ISO strings written by the app.
 */
export interface Database {
  runs: RunsTable;
  documents: DocumentsTable;
  sentences: SentencesTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  event_dyads: EventDyadsTable;
  failures: FailuresTable;
  run_events: RunEventsTable;
  canonical_events: CanonicalEventsTable;
  event_links: EventLinksTable;
  unlinked_mentions: UnlinkedMentionsTable;
  canonical_actors: CanonicalActorsTable;
  canonical_dyads: CanonicalDyadsTable;
  near_duplicate_signatures: NearDuplicateSignaturesTable;
  near_duplicate_bands: NearDuplicateBandsTable;
  event_month_counts: EventMonthCountsTable;
  dyad_month_counts: DyadMonthCountsTable;
  dyad_counts: DyadCountsTable;
}
