/** Status of a stored document: coded by the pipeline, skipped on purpose, or failed in a stage. */
export type DocumentStatus = 'coded' | 'skipped' | 'failed';

/** One article. `id` is the content hash, so ingesting the same text twice stores it once. */
export interface DocumentsTable {
  id: string;
  uri: string;
  /** The input's own id (`SourceInfo.id`): a JSONL `id`, a feed guid, a WARC-Record-ID, a path in a folder. */
  source_id: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  published_at: string | null;
  published_provenance: string | null;
  site_name: string | null;
  language: string | null;
  format: 'text' | 'html';
  status: DocumentStatus;
  status_reason: string | null;
  /** For a document skipped as a near-duplicate: the id of the earlier document it repeats. */
  near_duplicate_of: string | null;
  /** The cleaned text; every stored offset indexes it. */
  text: string;
  /** Length of the original input; the raw input itself is not kept. */
  raw_length: number;
  /** JSON `Diagnostic[]`, so `explain` can show why a field is missing. */
  diagnostics: string;
  run_id: string;
  created_at: string;
}
