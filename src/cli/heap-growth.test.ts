import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * A fresh Node process keeps ~30 MB alive and allocates objects that live long enough to reach
 * the old generation, then die (what a coding thread does with a document's analysis): its largest
 * heap says how far V8 let garbage pile up before collecting. The heap limit is fixed at 4 GB so
 * that V8's own factor is the same (4×) on any machine.
 */
async function largestHeapMb(options: { limit: boolean; nodeArgs?: string[] }): Promise<number> {
  const module = new URL('./heap-growth.ts', import.meta.url).href;
  const script = `
    import v8 from 'node:v8';
    import { limitHeapGrowth } from ${JSON.stringify(module)};
    if (${options.limit}) limitHeapGrowth();
    const kept = Array.from({ length: 400000 }, (_, i) => ({ i, s: 'kept ' + i }));
    const ring = new Array(200000);
    let peak = 0;
    for (let n = 0; n < 8000000; n++) {
      ring[n % ring.length] = { n, s: 'item ' + n };
      if (n % 10000 === 0) peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
    }
    process.stdout.write(String(peak / 1e6 + kept.length * 0));
  `;
  const args = ['--max-old-space-size=4096', ...(options.nodeArgs ?? []), '--import', 'tsx', '--input-type=module', '-e', script];
  const { stdout } = await promisify(execFile)(process.execPath, args);
  return Number(stdout);
}

describe('limitHeapGrowth', () => {
  it('keeps the old generation near its live data where V8 alone lets it grow to several times that', async () => {
    const [alone, limited] = await Promise.all([largestHeapMb({ limit: false }), largestHeapMb({ limit: true })]);
    // Measured: ~260 MB alone, ~120 MB limited.
    expect(limited).toBeLessThan(alone * 0.7);
  }, 60_000);

  it("leaves an operator's own --heap-growing-percent alone", async () => {
    const [limited, operator] = await Promise.all([largestHeapMb({ limit: true }), largestHeapMb({ limit: true, nodeArgs: ['--heap-growing-percent=300'] })]);
    expect(operator).toBeGreaterThan(limited / 0.7);
  }, 60_000);
});
