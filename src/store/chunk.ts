/**
 * Splits rows for multi-row INSERTs. SQLite allows 32,766 bound parameters a statement and
 * PostgreSQL 65,535; an `events` row has 26 columns, so 200 rows (5,200 parameters) stay far below both.
 */
export function chunk<T>(rows: readonly T[], size = 200): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
