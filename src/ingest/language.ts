import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resourcePath } from '../syntax/resource-path.js';

/** The detector of eld's 'medium' n-gram database (its API: `detect(text)`). */
type Detector = typeof import('eld/medium')['eld'];

/** eld's n-gram database as its loader takes it. */
export interface LanguageNgrams {
  readonly type: string;
  readonly languages: Record<string, string>;
  readonly ngrams: Record<string, Record<string, number>>;
}

/** resources/language/eld-medium.json.gz: eld's medium database as JSON, with the eld version it came from. */
export interface LanguageNgramsFile {
  readonly name: string;
  /** The eld version the table was written from: the table is used only with that version installed. */
  readonly version: string;
  readonly source: string;
  readonly license: string;
  readonly data: LanguageNgrams;
}

export const LANGUAGE_NGRAMS_FILE = 'language/eld-medium.json.gz';

let detector: Detector | undefined;
let detectorSource: 'table' | 'eld module' | undefined;

/**
 * eld ships its database as a 2 MB JavaScript object literal; compiling it costs about 195 MB of
 * resident memory per thread, where parsing the same data as JSON costs about 55 MB
 * (`npx tsx bench/resource-memory.ts`). Each coding thread needs its own copy (eld reads plain
 * objects, which cannot be shared between threads), so the detector is built from the JSON table
 * (`npx tsx scripts/build-language-ngrams.ts`) when it matches the installed eld, and from eld's
 * own module otherwise. Either way it is loaded on the first detection, not on import, so a thread
 * that never detects (the main thread of a multi-worker ingest) never pays for it. `require` of an
 * ES module (Node ≥ 20.19) is what makes the load synchronous, like the detection that needs it.
 */
function eld(): Detector {
  if (!detector) {
    const require = createRequire(import.meta.url);
    const eldPackage = packageDir(require, 'eld');
    detector = fromTable(require, eldPackage);
    detectorSource = detector ? 'table' : 'eld module';
    detector ??= (require(join(eldPackage.dir, eldPackage.exports['./medium']!.import!)) as typeof import('eld/medium')).eld;
  }
  return detector;
}

/** Where the detector's database was read from: the JSON table, or eld's module (a table from another eld version, or none); undefined before the first detection. */
export function languageDataSource(): 'table' | 'eld module' | undefined {
  return detectorSource;
}

interface PackageDir {
  readonly dir: string;
  readonly version: string;
  readonly exports: Record<string, { import?: string }>;
}

/**
 * Where an installed package is, found the way Node looks packages up: `require.resolve` refuses
 * eld (it exports for `import` only), and `import.meta.resolve` is missing under the test runner.
 */
export function packageDir(require: NodeJS.Require, name: string): PackageDir {
  for (const base of require.resolve.paths(name) ?? []) {
    const manifest = join(base, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string; exports?: Record<string, { import?: string }> };
    return { dir: join(base, name), version: pkg.version ?? 'unknown', exports: pkg.exports ?? {} };
  }
  throw new Error(`the language detector (npm package ${name}) is not installed; reinstall Chronicle's dependencies`);
}

/** A detector over the JSON table, or undefined when the table is missing or was written from another eld version. */
function fromTable(require: NodeJS.Require, eldPackage: PackageDir): Detector | undefined {
  let file: LanguageNgramsFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(resourcePath(LANGUAGE_NGRAMS_FILE))).toString('utf8')) as LanguageNgramsFile;
  } catch {
    return undefined;
  }
  if (file.version !== eldPackage.version) return undefined;
  // eld's public entries load their database from a module; its own constructor (not a public
  // export, hence the path and the fallback) takes one as data.
  try {
    const { createEld } = require(join(eldPackage.dir, 'src', 'languageDetector.js')) as { createEld: () => { instance: Detector; loadData: (data: LanguageNgrams) => string } };
    const { instance, loadData } = createEld();
    return loadData(file.data) ? instance : undefined;
  } catch {
    return undefined;
  }
}

/** The detected language as an ISO 639-1 code (`und` when unknown) and whether eld trusts it. */
export interface DetectedLanguage {
  readonly language: string;
  readonly reliable: boolean;
}

/**
 * Detects the language of a text offline with eld's medium n-gram database (no network).
 * Only the first 2,000 characters are read: an article's language shows in its opening, and the
 * cost stays flat for long pages. Too little text gives `{ language: 'und', reliable: false }`.
 * @example
 * detectLanguage('Azerbaijan freed 17 Armenian prisoners of war on Tuesday.') // { language: 'en', reliable: true }
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 2000).trim();
  if (sample.replace(/[^\p{L}]/gu, '').length < 3) return { language: 'und', reliable: false };
  const result = eld().detect(sample);
  if (!result.language) return { language: 'und', reliable: false };
  return { language: result.language, reliable: result.isReliable() };
}
