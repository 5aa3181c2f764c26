import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface Heaps {
  /** The largest the whole heap was (MB, committed). */
  readonly largest: number;
  /** The largest the young generation's new space was (MB, committed). */
  readonly newSpace: number;
  /** Its size when the settings were made. */
  readonly newSpaceAtStart: number;
}

/**
 * A fresh Node process keeps ~30 MB alive (allocated after the settings, so survivors that grow
 * the young generation) and allocates objects that live long enough to reach the old generation,
 * then die (what a coding thread does with a document's analysis). Its largest heap says how far
 * V8 let garbage pile up before collecting. The heap limit is fixed at 4 GB so that V8's own
 * growing factor is the same (4×) on any machine.
 */
async function heaps(options: { configure: boolean; nodeArgs?: string[] }): Promise<Heaps> {
  const module = new URL('./heap.ts', import.meta.url).href;
  const script = `
    import v8 from 'node:v8';
    import { configureHeaps } from ${JSON.stringify(module)};
    if (${options.configure}) configureHeaps();
    const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    const atStart = newSpace();
    let largest = 0;
    let young = 0;
    const kept = [];
    for (let i = 0; i < 400000; i++) {
      kept.push({ i, s: 'kept ' + i });
      if (i % 10000 === 0) young = Math.max(young, newSpace());
    }
    const ring = new Array(200000);
    for (let n = 0; n < 8000000; n++) {
      ring[n % ring.length] = { n, s: 'item ' + n };
      if (n % 10000 === 0) {
        largest = Math.max(largest, v8.getHeapStatistics().total_heap_size);
        young = Math.max(young, newSpace());
      }
    }
    process.stdout.write(JSON.stringify({ largest: largest / 1e6, newSpace: young / 1e6, newSpaceAtStart: atStart / 1e6, kept: kept.length }));
  `;
  const args = ['--max-old-space-size=4096', ...(options.nodeArgs ?? []), '--import', 'tsx', '--input-type=module', '-e', script];
  const { stdout } = await promisify(execFile)(process.execPath, args);
  return JSON.parse(stdout) as Heaps;
}

describe('configureHeaps', () => {
  it('keeps the old generation near its live data and the young generation at its start-up size', async () => {
    const [alone, configured] = await Promise.all([heaps({ configure: false }), heaps({ configure: true })]);
    // Measured: ~260 MB alone, ~120 MB configured.
    expect(configured.largest).toBeLessThan(alone.largest * 0.7);
    // V8 alone grows the semi-spaces to 16 MB (32 MB of new space); configured they stay as they were.
    expect(alone.newSpace).toBeGreaterThan(16);
    expect(configured.newSpace).toBe(configured.newSpaceAtStart);
  }, 60_000);

  it("leaves an operator's own options alone", async () => {
    const [configured, operator] = await Promise.all([
      heaps({ configure: true }),
      heaps({ configure: true, nodeArgs: ['--heap-growing-percent=300', '--max-semi-space-size=8'] }),
    ]);
    expect(operator.largest).toBeGreaterThan(configured.largest / 0.7);
    expect(operator.newSpace).toBeGreaterThan(configured.newSpace);
  }, 60_000);
});
