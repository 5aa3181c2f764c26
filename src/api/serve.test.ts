import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { serve } from './serve.js';
import { openSeededStore } from './testing/seed.js';

describe('serve', () => {
  let seeded: Awaited<ReturnType<typeof openSeededStore>>;
  beforeAll(async () => {
    seeded = await openSeededStore();
  });
  afterAll(async () => seeded.cleanup());

  it('should listen before the store is open, answer the API with 503 starting, then serve it', async () => {
    let open!: (store: Store) => void;
    const running = await serve({ store: new Promise<Store>((resolve) => { open = resolve; }), port: 0 });
    try {
      const early = await fetch(new URL('/api/summary', running.url));
      expect(early.status).toBe(503);
      expect(early.headers.get('retry-after')).toBe('1');
      expect(((await early.json()) as { error: { code: string } }).error.code).toBe('starting');
      expect((await fetch(running.url)).status).toBe(200);
      open(seeded.store);
      await running.ready;
      const later = await fetch(new URL('/api/summary', running.url));
      expect(later.status).toBe(200);
      expect(((await later.json()) as { documents: number }).documents).toBe(2);
    } finally {
      await running.close();
    }
  });

  it('should say why when the store cannot be opened', async () => {
    const running = await serve({ store: Promise.reject(new Error('no such database')), port: 0 });
    try {
      await expect(running.ready).rejects.toThrow('no such database');
      const res = await fetch(new URL('/api/health', running.url));
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/could not start: no such database/);
    } finally {
      await running.close();
    }
  });
});
