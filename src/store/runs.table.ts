/**
 * One pipeline run (one `chronicle ingest` invocation).
 * JSON columns are `text` written by the app, so the same schema works on SQLite and PostgreSQL.
 */
export interface RunsTable {
  /** `crypto.randomUUID()` from the app (no `gen_random_uuid()`: not portable). */
  id: string;
  /** ISO timestamp written by the app (no `NOW()`: not portable). */
  started_at: string;
  finished_at: string | null;
  /** JSON `string[]` of stage and resource versions, e.g. `["clean@1", "events@3", "plover-verbs@2024-11"]`. */
  versions: string;
  /** JSON `Record<string, number>` written by `finishRun`, e.g. `{"documents": 12, "events": 40}`. */
  counts: string | null;
}
