/**
 * One coded event. `record` holds the full CodedEvent JSON and is what queries return; the other
 * columns copy the fields that queries filter, sort or aggregate on (and a map needs: lat/lon).
 * Primary key `(doc_id, id)`: event ids are only unique within their document.
 */
export interface EventsTable {
  id: string;
  doc_id: string;
  run_id: string;
  event: string;
  mode: string | null;
  /** JSON `string[]`. */
  context: string;
  /** Truncated to its precision: `2022-10-04`, `2022-09`, `2022`, `199` (1990s). */
  date: string | null;
  date_precision: string | null;
  /** 0/1: an integer rather than a boolean so SQLite and PostgreSQL agree. */
  background: number;
  modality: string;
  confidence: number;
  cameo: string | null;
  /** JSON of `CodedEvent['event_loc']` (or null), with lat/lon copied out for spatial queries. */
  event_loc: string | null;
  lat: number | null;
  lon: number | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  /** JSON of `CodedEvent['size']`. */
  size: string;
  /** `size.dead.value`, copied out so fatalities can be summed. */
  dead: number | null;
  /** JSON of `CodedEvent['origin']`. */
  origin: string;
  /** JSON `string[]`. */
  why: string;
  /** The full CodedEvent as JSON: the record `queryEvents` returns, exactly as it was saved. */
  record: string;
  /** PLOVER quad class of `event` (1–2 cooperation, 3–4 conflict), from plover.json at save time. */
  quad: number | null;
  /** Monday of the ISO week of a day-precise date (`2022-10-04` → `2022-10-03`), for weekly counts. */
  week: string | null;
  /** `YYYY-MM` of a day- or month-precise date, for monthly counts. */
  month: string | null;
  /** First day of the date's period, `~` when undated: the indexed sort key of event pages (see `sortDate`). */
  date_sort: string | null;
  /** `event_loc.country_code`, copied out for the country filter (the place's country). */
  country_code: string | null;
  /** The words the event is found by (see search-text.ts), space-led and normalised. */
  search_text: string;
}
