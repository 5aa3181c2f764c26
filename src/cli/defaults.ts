/** Where `ingest`, `events` and `serve` keep their data unless told otherwise. */
export const DEFAULT_DB = process.env.CHRONICLE_DB ?? 'chronicle.db';
