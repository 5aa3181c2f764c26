import type { EventFilter, Store } from '../store/index.js';
import { writeCsv } from './csv.js';
import { writeGdelt } from './gdelt.js';
import { writeGeoJson } from './geojson.js';
import { writeParquet } from './parquet.js';
import { writePloverJsonl } from './plover-jsonl.js';
import { exportRows, PAGE_SIZE } from './rows.js';
import { openSink, type ExportTarget, type Sink } from './sink.js';

export { csvField, writeCsv } from './csv.js';
export { GDELT_COLUMNS, toGdeltFields, writeGdelt } from './gdelt.js';
export { writeGeoJson } from './geojson.js';
export { writeParquet } from './parquet.js';
export { toPloverRecord, writePloverJsonl } from './plover-jsonl.js';
export { FLAT_COLUMNS, type FlatColumn } from './columns.js';
export { exportRows, type ExportRow } from './rows.js';
export { openSink, type ExportTarget, type Sink } from './sink.js';

/** The export formats: flat CSV, PLOVER JSONL, Parquet, GeoJSON, and a GDELT-like TSV with CAMEO codes. */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'parquet', 'geojson', 'gdelt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const NO_SINK: Sink = { write: async () => undefined, end: async () => undefined };

/** Options of `exportEvents`. */
export interface ExportOptions {
  /** Events fetched per query (default 2000). */
  readonly pageSize?: number;
}

/**
 * Streams the events matching `filter` from the store to `target` (`-` for stdout, a file path,
 * or a writable stream) in one format. Returns how many rows (GeoJSON: located features) were written.
 * Throws RangeError for an unknown format or a bad filter.
 *
 * @example
 * await exportEvents(store, 'gdelt', 'events.tsv', { since: '2022-09', actor: 'ARM' }); // → { rows: 7 }
 */
export async function exportEvents(
  store: Store, format: ExportFormat, target: ExportTarget, filter: EventFilter = {}, options: ExportOptions = {},
): Promise<{ rows: number }> {
  if (!EXPORT_FORMATS.includes(format)) throw new RangeError(`Unknown export format "${format}": use one of ${EXPORT_FORMATS.join(', ')}.`);
  const rows = exportRows(store, filter, options.pageSize ?? PAGE_SIZE);
  // Parquet writes a file target itself (hyparquet-writer's file writer); a second handle would truncate it.
  const parquetFile = format === 'parquet' && typeof target === 'string' && target !== '-';
  const sink = parquetFile ? NO_SINK : openSink(target);
  try {
    switch (format) {
      case 'csv': return { rows: await writeCsv(rows, sink) };
      case 'jsonl': return { rows: await writePloverJsonl(rows, sink) };
      case 'geojson': return { rows: await writeGeoJson(rows, sink) };
      case 'gdelt': return { rows: await writeGdelt(rows, sink) };
      case 'parquet': return { rows: await writeParquet(rows, target, sink) };
    }
  } finally {
    await sink.end();
  }
}
