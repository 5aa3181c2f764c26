/** Thrown when a store location cannot be opened as given (a configuration error, with the fix). */
export class StoreConfigError extends Error {
  override name = 'StoreConfigError';
}

/**
 * Thrown when a command that only reads asks for a store that does not exist: nothing is created,
 * and the message says how to make one.
 */
export class StoreNotFoundError extends StoreConfigError {
  override name = 'StoreNotFoundError';
}

/** A store location, parsed: which dialect and where. */
export type StoreLocation =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * Chooses the dialect from the location, as a database URL would.
 * - `chronicle.db`, `./data/x.db`, `/abs/x.db`, `:memory:` → SQLite file (or memory)
 * - `sqlite:x.db`, `sqlite:///abs/x.db`, `sqlite::memory:` → SQLite
 * - `postgres://…`, `postgresql://…` → PostgreSQL
 *
 * @example parseLocation('sqlite:data/chronicle.db') // → { dialect: 'sqlite', path: 'data/chronicle.db' }
 */
export function parseLocation(location: string): StoreLocation {
  const trimmed = location.trim();
  if (trimmed === '') {
    throw new StoreConfigError('Empty store location: pass a SQLite file path such as ./chronicle.db.');
  }
  if (/^sqlite:/i.test(trimmed)) {
    // `sqlite:///tmp/x.db` is the URL form of `/tmp/x.db`; `sqlite:x.db` is relative.
    let path = trimmed.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2);
    if (path === '') {
      throw new StoreConfigError(`No file in "${location}": write sqlite:PATH, e.g. sqlite:./chronicle.db.`);
    }
    return { dialect: 'sqlite', path };
  }
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return { dialect: 'postgres', url: trimmed };
  if (scheme !== undefined) {
    throw new StoreConfigError(
      `Unsupported store scheme "${scheme}://": use a SQLite file path (./chronicle.db, sqlite:PATH) or postgres://….`,
    );
  }
  return { dialect: 'sqlite', path: trimmed };
}
