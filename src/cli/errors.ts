/**
 * Exit codes of every command (listed in the README and in `chronicle --help`):
 * - 0 `ok`: done.
 * - 1 `failed`: nothing was done: every input failed, or something outside Chronicle stopped the
 *   command (a missing or unreadable file, a database that cannot be opened, a busy port).
 * - 2 `usage`: the command line is wrong (unknown option, bad value); nothing was done.
 * - 3 `partial`: some inputs failed and were reported; the rest were coded and stored.
 * - 70 `internal`: a bug in Chronicle (the only case that prints a stack trace).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, partial: 3, internal: 70 } as const;

/** The command line is wrong: the message says what and how to fix it; exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Something outside Chronicle stopped the command (a file, a database, a port): exit 1, no stack trace. */
export class OperationalError extends Error {
  override name = 'OperationalError';
}

/** Errors the library throws for a bad environment or request, not for a bug: their messages say what to do. */
const LIBRARY_ERRORS = new Set([
  'StoreConfigError', 'StoreNotFoundError', 'MigrationError', 'StoreWriteError', 'UserDictionaryError', 'SqliteError',
]);

/** What the user is told about an error, and the exit code; `stack` only for a bug. */
export function describeFailure(error: unknown): { message: string; exit: number; stack?: string } {
  if (!(error instanceof Error)) return { message: `internal error: ${String(error)}`, exit: EXIT.internal };
  const { code } = error as { code?: string };
  if (error instanceof UsageError) return { message: error.message, exit: EXIT.usage };
  // The store throws RangeError for a filter it cannot use (a bad page, box or pair): a usage error.
  if (error instanceof RangeError) return { message: error.message, exit: EXIT.usage };
  if (error instanceof OperationalError || LIBRARY_ERRORS.has(error.name)) return { message: error.message, exit: EXIT.failed };
  // Node's system errors (ENOENT, EACCES, EADDRINUSE, …) and the network's.
  if (code !== undefined && /^E[A-Z]+$/.test(code)) return { message: systemMessage(error, code), exit: EXIT.failed };
  // PostgreSQL's SQLSTATE codes (28P01 wrong password, 3D000 no such database, …).
  if (code !== undefined && /^(?=.*\d)[0-9A-Z]{5}$/.test(code)) return { message: `database error: ${error.message} (SQLSTATE ${code}).`, exit: EXIT.failed };
  return { message: `internal error: ${error.message}`, exit: EXIT.internal, stack: error.stack ?? error.message };
}

/** "ENOENT: no such file or directory, open 'x.csv'" → "cannot open x.csv: no such file or directory (ENOENT)." */
function systemMessage(error: Error, code: string): string {
  const { syscall, path, address, port } = error as { syscall?: string; path?: string; address?: string; port?: number };
  const reason = error.message.replace(new RegExp(`^${code}:\\s*`), '').split(',')[0]!.trim();
  if (path !== undefined) return `cannot ${syscall ?? 'use'} ${path}: ${reason} (${code}).`;
  if (address !== undefined) return `cannot ${syscall ?? 'reach'} ${address}${port !== undefined ? `:${port}` : ''}: ${reason} (${code}).`;
  return `${reason} (${code}).`;
}

/** The exit code of a batch: 1 when nothing could be read (or there was nothing), 3 when some inputs failed, else 0. */
export function batchExit(inputs: number, failed: number): number {
  if (inputs === 0 || failed >= inputs) return EXIT.failed;
  return failed > 0 ? EXIT.partial : EXIT.ok;
}
