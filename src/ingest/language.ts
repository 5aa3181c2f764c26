import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StringIndex, type StringIndexArrays } from '../core/shared-table.js';
import { nameShapes } from '../kb/names.js';
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
/** The n-gram tables this thread detects with: undefined before they are read, null when eld's own module is used instead. */
let tables: LanguageTables | null | undefined;

/**
 * eld's n-gram database as a table in shared memory (src/core/shared-table.ts): each n-gram →
 * its (language number << 16 | score) pairs. eld reads its database as plain objects, one per
 * n-gram, which cannot be shared between threads: built from JSON they cost each coding thread
 * about 34 MB of heap (`npx tsx bench/resource-memory.ts`). Built once per process into these
 * arrays (3.6 MB) and handed to its worker threads, they are read through a Proxy that gives eld
 * the record of the n-gram it asks for, made on the spot.
 */
export interface LanguageTables {
  /** The eld version the table was written from. */
  readonly version: string;
  readonly type: string;
  readonly languages: Record<string, string>;
  readonly ngrams: StringIndexArrays;
}

/**
 * eld ships its database as a 2 MB JavaScript object literal; compiling it costs about 195 MB of
 * resident memory per thread. The detector is therefore built from the JSON table
 * (`npx tsx scripts/build-language-ngrams.ts`, read into `LanguageTables`) when it matches the
 * installed eld, and from eld's own module otherwise. Either way it is loaded on the first
 * detection, not on import, so a thread that never detects (the main thread of a multi-worker
 * ingest) never builds a detector. `require` of an ES module (Node ≥ 20.19) is what makes the
 * load synchronous, like the detection that needs it.
 */
function eld(): Detector {
  if (!detector) {
    const require = createRequire(import.meta.url);
    const eldPackage = packageDir(require, 'eld');
    tables ??= readTables(eldPackage);
    detector = tables ? overTables(require, eldPackage, tables) : undefined;
    detectorSource = detector ? 'table' : 'eld module';
    detector ??= (require(join(eldPackage.dir, eldPackage.exports['./medium']!.import!)) as typeof import('eld/medium')).eld;
  }
  return detector;
}

/** This thread's n-gram tables for worker threads (read now if they were not); null when eld's own module must be used. */
export function sharedLanguageTables(): LanguageTables | null {
  tables ??= readTables(packageDir(createRequire(import.meta.url), 'eld'));
  return tables;
}

/** Makes this thread detect with the tables another thread read (a worker given its parent's `sharedLanguageTables()`). */
export function useSharedLanguageTables(shared: LanguageTables | null): void {
  tables ??= shared;
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

/** A score or a language number that does not fit its 16 bits: the table's layout no longer holds eld's data. */
const FITS = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0xffff;

/** The JSON table as shared tables, or null when it is missing, was written from another eld version, or holds what the layout cannot. */
function readTables(eldPackage: PackageDir): LanguageTables | null {
  let file: LanguageNgramsFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(resourcePath(LANGUAGE_NGRAMS_FILE))).toString('utf8')) as LanguageNgramsFile;
  } catch {
    return null;
  }
  if (file.version !== eldPackage.version) return null;
  const pairs: [string, number][] = [];
  for (const [ngram, scores] of Object.entries(file.data.ngrams)) {
    // In eld's own iteration order (`for … in`: language numbers ascending), so the records it gets back are the same.
    for (const language in scores) {
      const number = Number(language);
      const score = scores[language]!;
      if (!FITS(number) || String(number) !== language || !FITS(score)) return null;
      pairs.push([ngram, (number << 16 | score) >>> 0]);
    }
  }
  return { version: file.version, type: file.data.type, languages: file.data.languages, ngrams: StringIndex.build(pairs).arrays };
}

/**
 * eld's `ngrams` object over the shared table: `ngrams[key]` is the n-gram's record
 * (`{ '11': 176 }`, language number → score), made when eld asks for it; any other property is
 * an empty object's, as for a plain object without that n-gram.
 */
function ngramRecords(index: StringIndex): Record<string, Record<string, number>> {
  return new Proxy({}, {
    get(target, key, receiver) {
      const k = typeof key === 'string' ? index.find(key) : -1;
      if (k < 0) return Reflect.get(target, key, receiver) as unknown;
      const record: Record<string, number> = {};
      for (const packed of index.valuesAt(k)) record[packed >>> 16] = packed & 0xffff;
      return record;
    },
  });
}

/** A detector over the shared tables, or undefined when eld's internals moved. */
function overTables(require: NodeJS.Require, eldPackage: PackageDir, shared: LanguageTables): Detector | undefined {
  // eld's public entries load their database from a module; its own constructor (not a public
  // export, hence the path and the fallback) takes one as data.
  try {
    const { createEld } = require(join(eldPackage.dir, 'src', 'languageDetector.js')) as { createEld: () => { instance: Detector; loadData: (data: LanguageNgrams) => string } };
    const { instance, loadData } = createEld();
    return loadData({ type: shared.type, languages: shared.languages, ngrams: ngramRecords(StringIndex.over(shared.ngrams)) }) ? instance : undefined;
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
 * A short text eld calls another language is English when its words are (`shortTextEnglish`):
 * then `{ language: 'en', reliable: false }`.
 * @example
 * detectLanguage('Azerbaijan freed 17 Armenian prisoners of war on Tuesday.') // { language: 'en', reliable: true }
 * detectLanguage('Kenya said its jets bombed al-Shabaab camps.') // { language: 'en', reliable: false } (eld alone: Catalan)
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 2000).trim();
  if (sample.replace(/[^\p{L}]/gu, '').length < 3) return { language: 'und', reliable: false };
  const result = eld().detect(sample);
  if (!result.language) return { language: 'und', reliable: false };
  if (result.language !== 'en' && shortTextEnglish(sample)) return { language: 'en', reliable: false };
  return { language: result.language, reliable: result.isReliable() };
}

/** resources/language/short-text.json: when the words of a short text overrule eld's n-grams. */
interface ShortTextRules {
  readonly maxWords: number;
  readonly minKnownShare: number;
  readonly minKnownWords: number;
  readonly sharedFunctionWords: Record<string, readonly string[]>;
  readonly englishSuffixes: readonly string[];
}

let shortText: (ShortTextRules & { shared: ReadonlySet<string> }) | undefined;

function shortTextRules(): ShortTextRules & { shared: ReadonlySet<string> } {
  if (!shortText) {
    const rules = JSON.parse(readFileSync(resourcePath('language/short-text.json'), 'utf8')) as ShortTextRules;
    shortText = { ...rules, shared: new Set(Object.values(rules.sharedFunctionWords).flat()) };
  }
  return shortText;
}

/**
 * Whether a lower-cased word is common English (resources/kb/english-words.json), or an
 * inflection or agent noun of one the list leaves out: "protesters" (protest), "raided" (raid-e),
 * "planned" (plan).
 */
function commonEnglish(word: string, suffixes: readonly string[]): boolean {
  const shapes = nameShapes();
  if (shapes.isEnglishWord(word)) return true;
  return suffixes.some((suffix) => {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) return false;
    const stem = word.slice(0, -suffix.length);
    // A doubled consonant before a vowel ending ("planned", "shipping"); not before "-s" ("rebelles" is French).
    const undoubled = /^[aeiou]/.test(suffix) && /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
    return shapes.isEnglishWord(stem) || shapes.isEnglishWord(`${stem}e`) || (undoubled !== undefined && shapes.isEnglishWord(undoubled));
  });
}

/** A text's words: its whitespace-separated tokens with a letter. */
const words = (text: string) => text.split(/\s+/).filter((t) => /\p{L}/u.test(t));

/** A word's letters without the punctuation around it or an English possessive ("camps," → camps, "Kenya's" → Kenya). */
const bareWord = (token: string) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/u, '');

/**
 * Whether a short text (resources/language/short-text.json, maxWords) is English by its words:
 * eld's n-grams see few characters there, and a name or two (al-Shabaab, Maguindanao) can
 * outweigh the English around them ("Kenya said its jets bombed al-Shabaab camps." scores
 * Catalan). Names are left out: a capitalised word inside a sentence, and one opening it that is
 * no common English word; an all-capitals headline has its words read lower-cased. Of the words
 * left, at least minKnownShare (and minKnownWords) must be common English words
 * (resources/kb/english-words.json). A function word another language shares with English (German
 * "in", "die", French "on", "son") counts for neither side, so a short French, Spanish or German
 * sentence, whose few English-looking words are such look-alikes, keeps eld's answer.
 */
export function shortTextEnglish(text: string): boolean {
  const rules = shortTextRules();
  // A longer text is left to eld before any word is looked up (a thread reading only foreign articles never loads the word list).
  if (words(text).length > rules.maxWords) return false;
  const counts = englishWordCounts(text);
  return counts !== null && counts.known >= rules.minKnownWords
    && counts.known >= rules.minKnownShare * (counts.known + counts.unknown);
}

/**
 * A text's words by whether they are common English (`known`) or not (`unknown`), names and the
 * function words other languages share with English left out (see `shortTextEnglish`); `words`
 * counts every word. Null without the common-English list.
 */
export function englishWordCounts(text: string): { known: number; unknown: number; words: number } | null {
  const rules = shortTextRules();
  const shapes = nameShapes();
  if (!shapes.hasEnglishWords()) return null;
  const tokens = words(text);
  const headline = !/\p{Ll}/u.test(text);
  let known = 0;
  let unknown = 0;
  tokens.forEach((token, i) => {
    const word = bareWord(token);
    if (word.length < 2 || /\d/.test(word)) return;
    const lower = word.toLowerCase();
    if (rules.shared.has(lower)) return;
    const english = lower.split('-').every((part) => commonEnglish(part, rules.englishSuffixes));
    if (!headline && /\p{Lu}/u.test(word)) {
      // A capitalised word is a name unless it opens a sentence as a common word ("Police said …").
      const opening = i === 0 || /[.!?:]["'’”)]*$/u.test(tokens[i - 1]!);
      if (!opening || word.slice(1) !== lower.slice(1) || !english) return;
    }
    if (english) known++;
    else unknown++;
  });
  return { known, unknown, words: tokens.length };
}
