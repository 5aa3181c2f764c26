import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The packages a module imports when it is evaluated, with the first chain of our modules that
 * leads to each: static `import`/`export … from` only (`import type` is erased, `import()` and
 * `onFirstUse` load on first use). Every thread compiles its own copy of each package it imports,
 * so a package on these chains costs its memory in every coding thread (docs/benchmarks.md,
 * "sixth step").
 */
function packagesImportedBy(entry: string): Map<string, string[]> {
  return importedBy(entry).packages;
}

/** The packages and our own modules (`pipeline/default.ts`) a module imports when evaluated, each with its chain. */
function importedBy(entry: string): { packages: Map<string, string[]>; modules: Map<string, string[]> } {
  const found = new Map<string, string[]>();
  const modules = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      const here = [...chain, relative(SRC, file)];
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (!modules.has(relative(SRC, target))) modules.set(relative(SRC, target), here);
        walk(target, here);
      }
      else if (!specifier.startsWith('node:') && !found.has(specifier)) found.set(specifier, here);
    }
  };
  walk(resolve(SRC, entry), []);
  return { packages: found, modules };
}

function offending(entry: string, forbidden: readonly string[]): string[] {
  const found = packagesImportedBy(entry);
  return forbidden.filter((name) => found.has(name)).map((name) => `${name} <- ${found.get(name)!.join(' <- ')}`);
}

const HTML_PARSERS = ['linkedom', 'htmlparser2', '@mozilla/readability'];

describe('what a thread imports', () => {
  it('reads the import chains of a module', () => {
    const found = packagesImportedBy('store/connect.ts');
    expect(found.has('better-sqlite3')).toBe(true);
    expect(found.has('kysely')).toBe(true);
  });

  it('a coding thread imports neither the store nor the HTML parsers (loaded on first use)', () => {
    expect(offending('parallel/worker.ts', ['kysely', 'pg', 'better-sqlite3', ...HTML_PARSERS])).toEqual([]);
  });

  it('the main thread of an ingest imports neither PostgreSQL\'s client nor the HTML parsers until it needs them', () => {
    for (const entry of ['cli/commands/ingest.ts', 'ingest/run-ingest.ts', 'ingest/readers/index.ts', 'store/index.ts']) {
      expect(offending(entry, ['pg', ...HTML_PARSERS])).toEqual([]);
    }
  });

  it('the main thread of an ingest that codes on worker threads does not import the pipeline', () => {
    for (const entry of ['cli/commands/ingest.ts', 'ingest/run-ingest.ts', 'parallel/versions.ts']) {
      const { modules } = importedBy(entry);
      expect(modules.get('pipeline/default.ts')?.join(' <- ')).toBeUndefined();
      expect(modules.get('stages/events/index.ts')?.join(' <- ')).toBeUndefined();
    }
  });
});
