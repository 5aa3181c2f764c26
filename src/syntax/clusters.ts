import { readFileSync } from 'node:fs';
import { resourcePath } from './resource-path.js';

/**
 * Word clusters (resources/syntax/word-clusters.tsv, built by scripts/syntax/build-word-clusters.ts
 * from GloVe vectors): a three-level path of 16 branches each, so a word has a coarse (16), middle
 * (256) and fine (4,096) class. Words the treebank saw rarely or never still share weights with the
 * words of their cluster ("Kharkiv" with other cities, "shelled" with other attack verbs).
 */
let table: Map<string, number> | undefined;

/** The cluster path of a lower-cased word (12 bits), or -1 when the word has none. */
export function clusterOf(lower: string): number {
  table ??= loadClusters();
  return table.get(lower) ?? -1;
}

function loadClusters(): Map<string, number> {
  const map = new Map<string, number>();
  const text = readFileSync(resourcePath('syntax/word-clusters.tsv'), 'utf8');
  let start = 0;
  while (start < text.length) {
    const tab = text.indexOf('\t', start);
    const end = text.indexOf('\n', start);
    if (tab < 0 || end < 0) break;
    map.set(text.slice(start, tab), parseInt(text.slice(tab + 1, end), 16));
    start = end + 1;
  }
  return map;
}
