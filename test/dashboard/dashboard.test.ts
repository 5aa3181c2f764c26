import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../src/api/serve.js';
import { openSeededStore } from '../../src/api/testing/seed.js';
import { CHROMIUM, HAVE_CHROMIUM } from '../helpers/optional.js';

/**
 * End-to-end: a real server on 127.0.0.1 (random port) over a temp SQLite store holding the
 * example and a second article, driven in Debian's headless Chromium. Set
 * CHRONICLE_SCREENSHOTS=1 to (re)write docs/screenshots/*.png.
 */
const SHOTS = process.env.CHRONICLE_SCREENSHOTS === '1' ? new URL('../../docs/screenshots/', import.meta.url).pathname : undefined;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

describe.skipIf(!HAVE_CHROMIUM)('dashboard in headless Chromium', () => {
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  let docIds: string[];
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const seeded = await openSeededStore();
    cleanup = seeded.cleanup;
    docIds = seeded.docIds;
    server = await serve({ store: seeded.store, port: 0 });
    profile = await mkdtemp(join(tmpdir(), 'chronicle-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1400, height: 900 },
    });
    // The dashboard must work offline: any request that leaves this server fails the test.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await cleanup?.();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function shot(name: string): Promise<void> {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  it('should load the timeline with stacked bars and the store summary', async () => {
    await page.goto(server.url);
    await page.locator('svg.chart .bar').first().waitFor();
    expect(await page.locator('#summary').textContent()).toMatch(/2 articles · \d+ events/);
    expect(await page.locator('svg.chart .bar').count()).toBeGreaterThan(3);
    await shot('timeline');
    await page.locator('.seg button', { hasText: 'year' }).click();
    await page.locator('.bar[data-background="true"]').first().waitFor();
    expect(page.url()).toContain('interval=year');
    await shot('timeline-year');
  });

  it('should filter the event table by type and keep the filter in the URL', async () => {
    await page.goto(`${server.url}?view=events`);
    await page.locator('table.events tbody tr').first().waitFor();
    const before = await page.locator('table.events tbody tr').count();
    await page.selectOption('select[name="type"]', 'ASSAULT');
    await page.waitForURL(/type=ASSAULT/);
    await page.locator('[data-testid="event-total"]').filter({ hasText: /^\d+ events match/ }).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('table.events tbody tr')].every((r) => r.getAttribute('data-type') === 'ASSAULT'));
    const types = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')));
    expect(types.length).toBeGreaterThan(0);
    expect(types.length).toBeLessThan(before);
    expect(new Set(types)).toEqual(new Set(['ASSAULT']));
    await shot('events');
  });

  it('should keep the filters when switching views, and restore them on back', async () => {
    await page.locator('#tabs a[data-view="timeline"]').click();
    await page.waitForURL(/view=timeline.*type=ASSAULT/);
    await page.locator('svg.chart .bar').first().waitFor();
    expect(await page.locator('select[name="type"]').inputValue()).toBe('ASSAULT');
    await page.goBack();
    await page.locator('table.events tbody tr').first().waitFor();
    expect(page.url()).toContain('view=events');
  });

  it('should draw the actor network with the Azerbaijan → Armenia dyad', async () => {
    await page.goto(`${server.url}?view=network`);
    await page.locator('.net .edge').first().waitFor();
    expect(await page.locator('.net .edge[data-dyad="AZE-ARM"]').count()).toBe(1);
    await shot('network');
    // An arc's bounding-box centre is off its stroke, so the click is dispatched to the path itself.
    await page.locator('.net .edge[data-dyad="AZE-ARM"]').dispatchEvent('click');
    await page.waitForURL(/view=events.*actor=AZE.*recipient=ARM/);
  });

  it('should place Geneva and Brussels on the world map', async () => {
    await page.goto(`${server.url}?view=map`);
    await page.locator('.map .land').first().waitFor();
    const places = await page.locator('.map circle.pt').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-place')));
    expect(places).toEqual(expect.arrayContaining(['Geneva', 'Brussels']));
    await shot('map');
  });

  it('should open an article from the table and highlight the event evidence', async () => {
    await page.goto(`${server.url}?view=events&doc=${docIds[0]}&type=RETREAT&mode=release`);
    const row = page.locator('table.events tbody tr').first();
    await row.waitFor();
    expect(await row.locator('mark').textContent()).toBe('freed');
    await row.click();
    await page.waitForURL(/view=article/);
    const trigger = page.locator('[data-testid="article-text"] .hl.trigger');
    await trigger.waitFor();
    expect(await trigger.textContent()).toBe('freed');
    const roles = await page.locator('[data-testid="article-text"] .hl').evaluateAll((els) => els.map((e) => [e.getAttribute('data-role'), e.textContent]));
    expect(roles).toEqual(expect.arrayContaining([['actor', 'Azerbaijan'], ['number', '17'], ['date', 'Tuesday']]));
    expect(await page.locator('.event-card[aria-selected="true"] dl').textContent()).toContain('AZE');
    await shot('article');
  });

  it('should list the stored articles', async () => {
    await page.goto(`${server.url}?view=documents`);
    await page.locator('.docs .doc').first().waitFor();
    expect(await page.locator('.docs .doc .title').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Azerbaijan releases/), expect.stringMatching(/Sudan army and RSF/)]),
    );
    await shot('articles');
  });

  it('should show a bad filter as the API error message', async () => {
    await page.goto(`${server.url}?view=events&since=2022-13`);
    await page.locator('#error:not([hidden])').waitFor();
    expect(await page.locator('#error').textContent()).toMatch(/since must be a date/);
    problems.length = 0; // the 400 above is logged by the browser on purpose
  });

  it('should not have reached outside the server, nor logged errors', () => {
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  });
});
