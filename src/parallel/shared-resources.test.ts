import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { sharedAnswers, type SharedAnswers } from '../../test/helpers/shared-answers.js';
import { sharedResources, sharedResourcesBuiltIn, sharedResourcesReady } from './shared-resources.js';

describe('shared resources in worker threads', () => {
  it('should give a worker its parent\'s tables, in the same memory, with the same answers', async () => {
    // Built without blocking, in a thread of its own whose heap (the garbage of building) is gone with it.
    const resources = await sharedResourcesReady();
    expect(sharedResourcesBuiltIn()).toBe('own thread');
    expect(sharedResources()).toBe(resources);
    expect(resources.worldPlaces).toBeTruthy();
    expect(resources.language).toBeTruthy();
    expect(resources.phoenixActors).toBeTruthy();
    expect(resources.clusters).toBeTruthy();
    const modules = JSON.stringify([new URL('./shared-resources.ts', import.meta.url).href, new URL('../../test/helpers/shared-answers.ts', import.meta.url).href]);
    // The worker runs TypeScript through tsx, as the coder pool's threads do under the tests.
    const worker = new Worker(`
      const { parentPort, workerData } = require('node:worker_threads');
      import('tsx/esm/api').then(async ({ register }) => {
        register();
        const [shared, answers] = await Promise.all(${modules}.map((m) => import(m)));
        shared.useSharedResources(workerData);
        const reply = answers.sharedAnswers();
        // Marks an empty slot of the gazetteer's name index after the lookups, so the parent can see the same memory.
        const slots = workerData.worldPlaces.byName.slots;
        const empty = slots.indexOf(0);
        slots[empty] = -7;
        parentPort.postMessage({ reply, marked: empty });
      });`, { eval: true, workerData: resources });
    const { reply, marked } = await new Promise<{ reply: SharedAnswers; marked: number }>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    await worker.terminate();
    const slots = resources.worldPlaces!.byName.slots;
    expect(slots[marked]).toBe(-7);
    slots[marked] = 0;
    expect(reply.onSharedMemory).toBe(true);
    expect(reply.languageSource).toBe('table');
    const here = sharedAnswers();
    expect(reply).toEqual(here);
    // The answers are real ones, not empty lists on both sides.
    expect(here.places.find((p) => p.name === 'Mamfe')).toMatchObject({ has: true, first: { countryCode: 'CMR' } });
    expect(here.places.find((p) => p.name === 'Nowhere-on-Sea')).toMatchObject({ has: false, ids: [] });
    expect(JSON.stringify(here.actors[0])).toContain('barack obama');
    expect(here.actors[3]).toBeNull();
    expect(here.clusters.filter((path) => path >= 0).length).toBeGreaterThanOrEqual(4);
    expect(here.clusters.at(-1)).toBe(-1);
    expect(here.languages.slice(0, 5).map((l) => (l as { language: string }).language)).toEqual(['en', 'fr', 'es', 'ru', 'de']);
  });
});
