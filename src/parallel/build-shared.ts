import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { buildSharedResources } from './shared-resources.js';

/**
 * A short-lived thread that builds the shared resources, posts them (SharedArrayBuffers: shared,
 * not copied) and wakes the thread waiting for them; its heap, with the garbage of building, goes
 * when it is terminated (src/parallel/shared-resources.ts).
 */
const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };
try {
  port.postMessage({ resources: buildSharedResources() });
} finally {
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
