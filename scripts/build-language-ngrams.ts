/**
 * Builds resources/language/eld-medium.json.gz: the n-gram database of the installed eld
 * (Apache-2.0, © Nito T.M.; the 'medium' one Chronicle detects with) as gzipped JSON, stamped with
 * eld's version. eld ships it as a JavaScript object literal, which costs about 195 MB of resident
 * memory per thread to compile; the same data parsed as JSON costs about 55 MB
 * (src/ingest/language.ts; `npx tsx bench/resource-memory.ts`). Run after upgrading eld:
 *
 *   npx tsx scripts/build-language-ngrams.ts
 *
 * Until it is run again, a table written from another eld version is ignored and eld's own module
 * is loaded instead (the same detections, the larger memory).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGE_NGRAMS_FILE, packageDir, type LanguageNgrams, type LanguageNgramsFile } from '../src/ingest/language.js';
import { resourcePath } from '../src/syntax/resource-path.js';

const require = createRequire(import.meta.url);
const eld = packageDir(require, 'eld');
const { ngramsData } = require(join(eld.dir, 'src', 'ngrams', 'medium.js')) as { ngramsData: LanguageNgrams };
const file: LanguageNgramsFile = {
  name: 'eld medium n-gram database',
  version: eld.version,
  source: `npm package eld@${eld.version}, src/ngrams/medium.js (https://github.com/nitotm/efficient-language-detector-js)`,
  license: 'Apache-2.0, Copyright 2023 Nito T.M.',
  data: ngramsData,
};
const path = join(resourcePath('language'), 'eld-medium.json.gz');
writeFileSync(path, gzipSync(JSON.stringify(file), { level: 9 }));
process.stdout.write(`wrote ${path} (eld@${eld.version}, ${Object.keys(ngramsData.ngrams).length} n-grams)\n`);
