import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The detector of eld's 'medium' n-gram database (its API: `detect(text)`). */
type Detector = typeof import('eld/medium')['eld'];

let detector: Detector | undefined;

/**
 * eld's database is a 2 MB JavaScript object literal: compiling it costs about 195 MB of resident
 * memory per thread (`npx tsx bench/resource-memory.ts`). It is therefore loaded on the first
 * detection, not on import, so a thread that never detects (the main thread of a multi-worker
 * ingest, which only reads, checks duplicates and writes) never pays for it. `require` of an ES
 * module (Node ≥ 20.19) is what makes the load synchronous, like the detection that needs it.
 */
function eld(): Detector {
  if (!detector) {
    const require = createRequire(import.meta.url);
    detector = (require(modulePath(require, 'eld', './medium')) as typeof import('eld/medium')).eld;
  }
  return detector;
}

/**
 * The file of an import-only package export (`eld/medium`), found the way Node looks up packages:
 * `require.resolve` would refuse it (eld exports it for `import` only), and `import.meta.resolve`
 * is missing under the test runner.
 */
function modulePath(require: NodeJS.Require, name: string, entry: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    const manifest = join(dir, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: string }> }).exports;
    const file = exports?.[entry]?.import;
    if (file) return join(dir, name, file);
  }
  throw new Error(`the language detector's data (${name}/${entry.slice(2)}) is not installed; reinstall Chronicle's dependencies`);
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
