/**
 * The events a run produced for a document, kept after the document is re-coded (unlike `events`,
 * which holds only the latest coding), so `diffRuns` can say what a new pipeline version changed.
 */
export interface RunEventsTable {
  run_id: string;
  doc_id: string;
  event_id: string;
  event: string;
  /** What identifies "the same event" across runs when ids shift: see `eventFingerprint`. */
  fingerprint: string;
}
