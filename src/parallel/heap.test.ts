import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface Heaps {
  /** The largest the whole heap was (MB, committed). */
  readonly largest: number;
}

/**
 * A fresh Node process keeps ~30 MB alive and allocates objects that live long enough to reach
 * the old generation, then die (what a coding thread does with a document's analysis). Its largest
 * heap says how far V8 let garbage pile up before collecting. The heap limit is fixed at 4 GB so that V8's own
 * growing factor is the same (4×) on any machine.
 */
async function heaps(options: { configure: boolean; nodeArgs?: string[] }): Promise<Heaps> {
  const module = new URL('./heap.ts', import.meta.url).href;
  const script = `
    import v8 from 'node:v8';
    import { configureHeaps } from ${JSON.stringify(module)};
    if (${options.configure}) configureHeaps();
    let largest = 0;
    const kept = Array.from({ length: 400000 }, (_, i) => ({ i, s: 'kept ' + i }));
    const ring = new Array(200000);
    for (let n = 0; n < 8000000; n++) {
      ring[n % ring.length] = { n, s: 'item ' + n };
      if (n % 10000 === 0) largest = Math.max(largest, v8.getHeapStatistics().total_heap_size);
    }
    process.stdout.write(JSON.stringify({ largest: largest / 1e6, kept: kept.length }));
  `;
  const args = ['--max-old-space-size=4096', ...(options.nodeArgs ?? []), '--import', 'tsx', '--input-type=module', '-e', script];
  const { stdout } = await promisify(execFile)(process.execPath, args);
  return JSON.parse(stdout) as Heaps;
}

describe('configureHeaps', () => {
  it('keeps the old generation near its live data where V8 alone lets it grow to several times that', async () => {
    const [alone, configured] = await Promise.all([heaps({ configure: false }), heaps({ configure: true })]);
    // Measured: ~260 MB alone, ~120 MB configured.
    expect(configured.largest).toBeLessThan(alone.largest * 0.7);
  }, 60_000);

  it("leaves an operator's own --heap-growing-percent alone", async () => {
    const [configured, operator] = await Promise.all([
      heaps({ configure: true }),
      heaps({ configure: true, nodeArgs: ['--heap-growing-percent=300'] }),
    ]);
    expect(operator.largest).toBeGreaterThan(configured.largest / 0.7);
  }, 60_000);
});

/**
 * A fresh process configures its heaps, starts a thread with `startThread` (the builder of the shared
 * tables, the first thread an ingest starts) and waits for its tables, then allocates objects of
 * which some live through a scavenge or two (what the main thread of an ingest does with the
 * documents it reads and saves): the main thread's new space (MB committed) afterwards.
 */
async function mainNewSpace(nodeArgs: string[] = []): Promise<number> {
  const heap = new URL('./heap.ts', import.meta.url).href;
  const thread = new URL('./thread.ts', import.meta.url).href;
  const script = `
    import v8 from 'node:v8';
    import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
    import { configureHeaps } from ${JSON.stringify(heap)};
    import { startThread } from ${JSON.stringify(thread)};
    configureHeaps();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = startThread('build-shared', { port: port2, flag }, [port2]);
    Atomics.wait(flag, 0, 0, 120000);
    receiveMessageOnPort(port1);
    await worker.terminate();
    let ring = [];
    for (let n = 0; n < 3000000; n++) {
      ring.push({ n, s: 'item ' + n });
      if (ring.length > 100000) ring = [];
    }
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(JSON.stringify(space.space_size / 1e6));
  `;
  const args = [...nodeArgs, '--import', 'tsx', '--input-type=module', '-e', script];
  const { stdout } = await promisify(execFile)(process.execPath, args);
  return JSON.parse(stdout) as number;
}

describe("configureHeaps: the main thread's young generation", () => {
  it('stays at the size V8 starts it with after a thread has started, where V8 grows it to 16 MB semi-spaces', async () => {
    // Measured: 2.1 MB; without the thread's prelude, 33.6 MB.
    expect(await mainNewSpace()).toBeLessThan(5);
  }, 180_000);

  it("is the operator's when Node was given a semi-space flag", async () => {
    expect(await mainNewSpace(['--semi-space-growth-factor=2'])).toBeGreaterThan(20);
  }, 180_000);
});
