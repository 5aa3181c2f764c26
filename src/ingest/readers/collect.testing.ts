import { fileURLToPath } from 'node:url';
import type { InputResult } from './types.js';

/** The ingest fixtures folder (`test/fixtures/ingest`), for reader tests. */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));

/** Drains a reader into an array. */
export async function collect(results: AsyncIterable<InputResult> | Iterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}

/** `uri → 'item' | reason`, the shape most reader tests compare. */
export function outline(results: readonly InputResult[], base = FIXTURES): [string, string][] {
  return results.map((r) => [r.uri.replace(base, ''), 'raw' in r ? `item:${r.format}` : r.reason]);
}
