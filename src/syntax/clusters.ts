import { readFileSync } from 'node:fs';
import { StringIndex, type StringIndexArrays } from '../core/shared-table.js';
import { resourcePath } from './resource-path.js';

/**
 * Word clusters (resources/syntax/word-clusters.tsv, built by scripts/syntax/build-word-clusters.ts
 * from GloVe vectors): a three-level path of 16 branches each, so a word has a coarse (16), middle
 * (256) and fine (4,096) class. Words the treebank saw rarely or never still share weights with the
 * words of their cluster ("Kharkiv" with other cities, "shelled" with other attack verbs).
 *
 * The table lives in shared memory (`src/core/shared-table.ts`): built once per process and handed
 * to every coding thread with the parser model (`sharedClusterTable`, `useSharedClusters`), where a
 * Map per thread held 9 MB of heap (its entries, and the file's text their keys were sliced from).
 * A word's clusters are read once per distinct form (the lexeme cache), so the slower lookup of a
 * shared table costs little.
 */
let table: StringIndex | undefined;

/** The cluster path of a lower-cased word (12 bits), or -1 when the word has none. */
export function clusterOf(lower: string): number {
  table ??= loadClusters();
  const paths = table.get(lower);
  // A word listed twice keeps its last path, as a Map built from the file would.
  return paths && paths.length > 0 ? paths[paths.length - 1]! : -1;
}

/** A lower-cased word's coarse (16) and middle (256) cluster, or null when it has none: the levels the learned parts read. */
export function clusterLevels(lower: string): { coarse: number; middle: number } | null {
  const path = clusterOf(lower);
  return path < 0 ? null : { coarse: path >> 8, middle: path >> 4 };
}

/** This thread's cluster table as shared memory for worker threads (read now if it was not). */
export function sharedClusterTable(): StringIndexArrays {
  table ??= loadClusters();
  return table.arrays;
}

/** Makes this thread use the cluster table another thread read (a worker given its parent's `sharedClusterTable()`). */
export function useSharedClusters(arrays: StringIndexArrays): void {
  table ??= StringIndex.over(arrays);
}

function loadClusters(): StringIndex {
  return StringIndex.build(clusterLines(readFileSync(resourcePath('syntax/word-clusters.tsv'), 'utf8')));
}

function* clusterLines(text: string): Generator<readonly [string, number]> {
  let start = 0;
  while (start < text.length) {
    const tab = text.indexOf('\t', start);
    const end = text.indexOf('\n', start);
    if (tab < 0 || end < 0) break;
    yield [text.slice(start, tab), parseInt(text.slice(tab + 1, end), 16)];
    start = end + 1;
  }
}
