import { ByteWriter, parquetWriteRows } from 'hyparquet-writer';
import { fileWriter } from 'hyparquet-writer';
import { FLAT_COLUMNS } from './columns.js';
import type { ExportRow } from './rows.js';
import type { ExportTarget, Sink } from './sink.js';

/** Rows per Parquet row group: large enough for good compression, small enough to keep memory low. */
const ROW_GROUP = 50_000;

async function* flat(rows: AsyncIterable<ExportRow>, counter: { n: number }): AsyncGenerator<Record<string, unknown>> {
  for await (const row of rows) {
    counter.n++;
    yield Object.fromEntries(FLAT_COLUMNS.map((column) => [column.name, column.get(row)]));
  }
}

/**
 * Writes the flat event table (the CSV columns, typed) as Parquet with hyparquet-writer, one row
 * group at a time. A file target is written as it goes; stdout or a stream gets the file's bytes
 * at the end (Parquet's footer must follow the data, and the writer needs a seekable buffer).
 * Returns the row count.
 */
export async function writeParquet(rows: AsyncIterable<ExportRow>, target: ExportTarget, sink: Sink): Promise<number> {
  const counter = { n: 0 };
  const toFile = typeof target === 'string' && target !== '-';
  const writer = toFile ? fileWriter(target) : new ByteWriter();
  await parquetWriteRows({
    writer,
    rows: flat(rows, counter),
    columns: FLAT_COLUMNS.map((column) => ({ name: column.name, type: column.type, nullable: true })),
    rowGroupSize: ROW_GROUP,
    createdBy: 'chronicle',
  });
  if (!toFile) await sink.write(new Uint8Array(writer.getBuffer()));
  return counter.n;
}
