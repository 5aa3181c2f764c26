import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded the first time it is asked for instead of when the importing module is. Every
 * thread of an ingest imports the pipeline's module graph, and each thread compiles its own copy of
 * every package in it: the HTML parsers (linkedom, htmlparser2, Readability) cost about 25 MB
 * resident per thread (docs/benchmarks.md, "sixth step") although a stream of text or JSONL
 * articles never parses HTML, and the main thread of a multi-threaded ingest codes nothing at all.
 * The package is read through `require` (its CommonJS build: the same code as its ES module),
 * because the callers are synchronous, as the stages are.
 */
export function onFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
