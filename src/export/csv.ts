import { FLAT_COLUMNS } from './columns.js';
import type { ExportRow } from './rows.js';
import type { Sink } from './sink.js';

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
 * `He said "no", then left` → `"He said ""no"", then left"`. Null is an empty field.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes the flat event table as RFC 4180 CSV: a header line, CRLF line ends. Returns the row count. */
export async function writeCsv(rows: AsyncIterable<ExportRow>, sink: Sink): Promise<number> {
  await sink.write(`${FLAT_COLUMNS.map((c) => csvField(c.name)).join(',')}\r\n`);
  let n = 0;
  for await (const row of rows) {
    await sink.write(`${FLAT_COLUMNS.map((c) => csvField(c.get(row))).join(',')}\r\n`);
    n++;
  }
  return n;
}
