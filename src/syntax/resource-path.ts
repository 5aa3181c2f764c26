import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// src/syntax → ../../resources in the checkout; dist/syntax → ../../resources in the package.
const candidates = [join(here, '../../resources'), join(here, '../../../resources')];

/**
 * Absolute path of a file under resources/, wherever the package is run from (sources or dist).
 * `builtBy` is the command that writes the file, named when it is missing (most are the parser's).
 */
export function resourcePath(relative: string, builtBy = 'npm run train:syntax'): string {
  for (const base of candidates) {
    const path = join(base, relative);
    if (existsSync(path)) return path;
  }
  throw new Error(`resources/${relative} was not found (looked in ${candidates.join(', ')}); ship the resources folder with the package, or run \`${builtBy}\` to build it.`);
}
