/** An input that never became a document (unreadable file, fetch error, crash in a stage). */
export interface FailuresTable {
  /** `crypto.randomUUID()` from the app. */
  id: string;
  uri: string;
  /** The stage or step that failed, e.g. `read`, `clean`, `store`. */
  stage: string;
  reason: string;
  run_id: string;
  created_at: string;
}
