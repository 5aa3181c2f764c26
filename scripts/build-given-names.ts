/**
 * Builds resources/kb/given-names.json from the first-name lists of the npm package
 * `gender-detection-from-name` (MIT, © Davide Violante: English, Spanish, French, Italian, German
 * and Turkish first names, ~67k). Run after upgrading the package:
 *
 *   npx tsx scripts/build-given-names.ts
 *
 * The package itself keeps six Maps (~25 MB of heap, ~300 ms to load) in memory; the built file is
 * a sorted list of lower-case names that loads in a few milliseconds. Names that are also common
 * English words when capitalised ("The", "Will", "May") are set aside when the list is loaded, by
 * `notGivenNames` in resources/kb/names.json; the entity stage also asks the tagger for a proper noun.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageVersion, resourceDir } from '../src/kb/resource.js';

const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'tr'];

const require = createRequire(import.meta.url);
const names = new Set<string>();
for (const language of LANGUAGES) {
  const map = require(`gender-detection-from-name/names/${language}`) as Map<string, string>;
  for (const name of map.keys()) {
    // Letters only (hyphenated and apostrophe names are found by their parts), two letters at least.
    if (/^\p{L}{2,}$/u.test(name)) names.add(name);
  }
}
const version = packageVersion('gender-detection-from-name');
const out = {
  name: 'given-names',
  version: `gender-detection-from-name@${version}`,
  source: `Built by scripts/build-given-names.ts from the npm package gender-detection-from-name ${version} (MIT, © Davide Violante), languages ${LANGUAGES.join(', ')}.`,
  names: [...names].sort(),
};
writeFileSync(join(resourceDir(), 'given-names.json'), `${JSON.stringify(out)}\n`);
process.stderr.write(`given-names: ${out.names.length} names written\n`);
