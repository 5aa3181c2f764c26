import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Header every curated file in resources/kb carries. */
export interface ResourceHeader {
  readonly name: string;
  readonly version: string;
  readonly source: string;
}

const here = dirname(fileURLToPath(import.meta.url));
// src/kb → ../../resources in the checkout; dist/src/kb → ../../../resources in the package.
const candidates = [join(here, '../../resources/kb'), join(here, '../../../resources/kb')];

/** Directory of the curated knowledge-base files. */
export function resourceDir(): string {
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`Knowledge-base files not found (looked in ${candidates.join(', ')}): ship the resources/kb folder with the package.`);
  return found;
}

/**
 * Reads one curated JSON file and checks its header; throws (a packaging error, not bad input)
 * when the header is missing, so an unversioned dictionary can never be stamped into provenance.
 */
export function readResource<T extends ResourceHeader>(file: string): T {
  const data = JSON.parse(readFileSync(join(resourceDir(), file), 'utf8')) as T;
  if (typeof data.name !== 'string' || typeof data.version !== 'string' || typeof data.source !== 'string') {
    throw new Error(`resources/kb/${file} lacks its name/version/source header: add them before using the file.`);
  }
  return data;
}

const require = createRequire(import.meta.url);

/**
 * A JSON file of an installed data package (`world-countries/countries.json`), parsed for the
 * caller alone. `require` would keep the parsed data in its module cache for the life of the
 * thread, beside the tables built from it (2.9 MB of heap in every coding thread for
 * world-countries and city-timezones: docs/benchmarks.md, "sixth step"); read this way it is
 * garbage once the tables are built.
 */
export function readPackageJson<T>(path: string): T {
  return JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;
}

/** Installed version of an npm data package, for provenance (`world-countries@5.1.0`). */
export function packageVersion(name: string): string {
  try {
    const pkg = require(`${name}/package.json`) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
