/**
 * What the name tables cost a process: time to load the knowledge base, the world gazetteer
 * (resources/kb/places.tsv.gz) and the given-name list on first use, and the heap and resident
 * memory each adds. Prints one line per step; run with --expose-gc so heap figures are after a
 * collection:
 *
 *   node --expose-gc --import tsx bench/gazetteer-load.ts
 */
import { loadKb, WorldPlaces } from '../src/kb/index.js';
import { nameShapes } from '../src/kb/names.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function step(label: string, run: () => void): void {
  gc();
  const before = process.memoryUsage();
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  gc();
  const after = process.memoryUsage();
  process.stdout.write(`${label}: ${ms.toFixed(0)} ms, heap +${mb(after.heapUsed - before.heapUsed)}, rss +${mb(after.rss - before.rss)}\n`);
}

step('knowledge base (countries, cities, organisations, regions, titles)', () => loadKb());
step('world gazetteer (105k towns)', () => WorldPlaces.get());
step('given names (59k)', () => nameShapes().isGivenName('anna'));
process.stdout.write(`load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on this machine while measuring\n`);
