import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterOf, sharedClusterTable } from './clusters.js';
import { resourcePath } from './resource-path.js';

describe('clusterOf', () => {
  it('gives every word of the cluster file the path a Map read from the file gives', () => {
    const expected = new Map<string, number>();
    for (const line of readFileSync(resourcePath('syntax/word-clusters.tsv'), 'utf8').split('\n')) {
      const [word, path] = line.split('\t');
      if (word !== undefined && path !== undefined) expected.set(word, parseInt(path, 16));
    }
    expect(expected.size).toBeGreaterThan(50_000);
    const differing = [...expected].filter(([word, path]) => clusterOf(word) !== path);
    expect(differing).toEqual([]);
    expect(clusterOf('zqxwv-not-a-word')).toBe(-1);
    expect(sharedClusterTable().slots.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
