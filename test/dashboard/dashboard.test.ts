import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../src/api/serve.js';
import { levantDoc } from '../../src/api/testing/levant-doc.js';
import { openSeededStore } from '../../src/api/testing/seed.js';
import { unrestDoc } from '../../src/store/testing/unrest-doc.js';
import { CHROMIUM, HAVE_CHROMIUM } from '../helpers/optional.js';

/**
 * End-to-end: a real server on 127.0.0.1 (random port) over a temp SQLite store holding the
 * example, a Sudan report, and two reports coded by hand (parties without a country, Syrian
 * cities close together, places known only by their country, history from 1949 and 1998),
 * driven in Debian's headless Chromium at 1440 px and at a phone's 390 px. Set
 * CHRONICLE_SCREENSHOTS=1 to (re)write docs/screenshots/*.png.
 */
const SHOTS = process.env.CHRONICLE_SCREENSHOTS === '1' ? new URL('../../docs/screenshots/', import.meta.url).pathname : undefined;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

interface Box { left: number; top: number; right: number; bottom: number }

describe.skipIf(!HAVE_CHROMIUM)('dashboard in headless Chromium', () => {
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  let docIds: string[];
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let phone: Page;
  const external: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const seeded = await openSeededStore([unrestDoc(), levantDoc()]);
    cleanup = seeded.cleanup;
    docIds = seeded.docIds;
    server = await serve({ store: seeded.store, port: 0 });
    await server.ready;
    profile = await mkdtemp(join(tmpdir(), 'chronicle-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1440, height: 900 },
    });
    // The dashboard must work offline: any request that leaves this server fails the test.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    const watch = (p: Page) => {
      p.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      p.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
    };
    page = await context.newPage();
    watch(page);
    phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    watch(phone);
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await cleanup?.();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** Loads the page at `search` and waits until its first view is drawn. */
  async function open(target: Page, search: string): Promise<void> {
    await target.goto(`${server.url}${search}`);
    await target.waitForFunction(() => document.body.dataset.ready !== undefined);
  }

  /** Waits until the view has been drawn again after a click that navigates. */
  async function settled(target: Page): Promise<void> {
    await target.waitForFunction(() => document.getElementById('view')?.getAttribute('aria-busy') !== 'true');
  }

  async function shot(target: Page, name: string): Promise<void> {
    if (SHOTS) await target.screenshot({ path: join(SHOTS, `${name}-${target.viewportSize()!.width}.png`), fullPage: true });
  }

  const boxes = (target: Page, selector: string): Promise<Box[]> =>
    target.locator(selector).evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }));

  describe('timeline', () => {
    it('should put bars on a linear time axis, 1949 and 1998 fifty years apart', async () => {
      await open(page, '?view=timeline&interval=year');
      await page.locator('svg.timeline .bar').first().waitFor();
      expect(await page.locator('#summary').textContent()).toMatch(/4 articles · \d+ events/);
      const left = async (period: string) => (await boxes(page, `svg.timeline .bar[data-period="${period}"] rect`))[0]!.left;
      const [y1949, y1998, y2011, y2023] = [await left('1949'), await left('1998'), await left('2011'), await left('2023')];
      const perYear = (y2023 - y1949) / (2023 - 1949);
      expect(y1998 - y1949).toBeCloseTo(49 * perYear, -1);
      expect(y2011 - y1998).toBeCloseTo(13 * perYear, -1);
      await shot(page, 'timeline-year');
    });

    it('should draw every segment at least 2 px tall', async () => {
      const heights = await page.locator('svg.timeline .bar rect:first-of-type').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(8);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(2);
    });

    it('should turn a drag across the chart into since and until filters', async () => {
      await open(page, '?view=timeline');
      const chart = page.locator('svg.timeline .brush-area');
      await chart.waitFor();
      const box = (await chart.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.55, box.y + 20);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.75, box.y + 30, { steps: 8 });
      await page.mouse.up();
      await page.waitForURL(/since=\d{4}.*until=\d{4}/);
      await settled(page);
      const url = new URL(page.url());
      expect(url.searchParams.get('since')! <= url.searchParams.get('until')!).toBe(true);
      expect(await page.locator('.chip[data-filter="since"]').count()).toBe(1);
      await shot(page, 'timeline-range');
    });

    it('should reach a bar segment with the keyboard and list its events with Enter', async () => {
      await open(page, '?view=timeline&interval=year');
      await page.locator('svg.timeline .bar').first().waitFor();
      let onBar = false;
      for (let i = 0; i < 60 && !onBar; i++) {
        await page.keyboard.press('Tab');
        onBar = await page.evaluate(() => document.activeElement?.classList.contains('bar') ?? false);
      }
      expect(onBar).toBe(true);
      const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
      expect(label).toMatch(/\d+ [A-Z]+ .*event/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/view=events.*type=/);
    });

    it.each([
      ['?view=timeline&party=FRA', /No event matches these filters/],
      ['?view=timeline&interval=day&since=1940&until=2000', /None of the \d+ matching events is dated precisely enough for day bars/],
    ])('should say why %s draws no bar', async (search, message) => {
      await open(page, search);
      expect(await page.locator('[data-testid="timeline-empty"]').textContent()).toMatch(message);
    });
  });

  describe('map', () => {
    it('should cluster nearby cities, draw country-only places as rings and name places with their country', async () => {
      await open(page, '?view=map&extent=world');
      await page.locator('.map .pt').first().waitFor();
      const cluster = page.locator('.map .pt.cluster', { has: page.locator('title', { hasText: 'Idlib, Syria' }) });
      expect(await cluster.count()).toBe(1);
      expect(await cluster.getAttribute('aria-label')).toMatch(/places, .*Aleppo, Syria/);
      expect(await page.locator('.map .pt.country').count()).toBeGreaterThan(0);
      expect(await page.locator('.map-side .places').textContent()).toMatch(/Maiduguri, Nigeria/);
      await shot(page, 'map');
      await cluster.click();
      await page.locator('.map .pt[data-place="Idlib"]').waitFor();
      expect(await page.locator('.map .pt[data-place="Aleppo"]').count()).toBe(1);
    });

    it('should list a place\'s events and open them in the table by map area', async () => {
      await page.locator('.map .pt[data-place="Idlib"]').click();
      const panel = page.locator('[data-testid="place-events"]');
      await panel.waitFor();
      expect(await panel.locator('h2').textContent()).toBe('Idlib, Syria');
      expect(await panel.textContent()).toMatch(/located to a city/);
      await shot(page, 'map-place');
      await panel.getByRole('button', { name: 'List in the event table' }).click();
      await page.waitForURL(/view=events.*bbox=/);
      await page.locator('table.events tbody tr').first().waitFor();
      expect(await page.locator('table.events tbody tr').count()).toBe(1);
      expect(await page.locator('.chip[data-filter="bbox"]').textContent()).toMatch(/map area/);
    });

    it('should size by deaths only with tolls that are not cumulative or rhetorical', async () => {
      await open(page, '?view=map&metric=deaths&country=SYR');
      await page.locator('.map .pt').first().waitFor();
      await page.locator('.map-side button', { hasText: /^Syria$/ }).click();
      const panel = page.locator('[data-testid="place-events"]');
      expect(await panel.textContent()).toMatch(/500,000 dead \(not sized\)/);
      expect(await panel.textContent()).toMatch(/only a country/);
    });

    it('should zoom with the buttons and reach circles with the keyboard', async () => {
      await open(page, '?view=map&extent=world');
      await page.locator('.map .pt').first().waitFor();
      const before = await page.locator('.map .zoom-layer').getAttribute('transform');
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.waitForFunction((t) => document.querySelector('.map .zoom-layer')?.getAttribute('transform') !== t, before);
      await page.locator('.map .pt').first().focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    });
  });

  describe('network', () => {
    it('should draw labels that neither overlap nor leave the chart, and show self-pairs', async () => {
      await open(page, '?view=network');
      await page.locator('.net .node').first().waitFor();
      const labels = await boxes(page, '.net .node text');
      const chart = (await boxes(page, 'svg.net'))[0]!;
      for (const [i, a] of labels.entries()) {
        expect(a.left >= chart.left - 0.5 && a.right <= chart.right + 0.5 && a.top >= chart.top - 0.5 && a.bottom <= chart.bottom + 0.5).toBe(true);
        for (const b of labels.slice(i + 1)) {
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          expect(overlap).toBe(false);
        }
      }
      expect(await page.locator('[data-testid="network-note"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/\d+ self-pairs? \(\d+ events where a party acts on its own side.*loops/)]));
      expect(await page.locator('.net .edge[data-dyad="NGA-NGA"]').count()).toBe(1);
      expect(await page.locator('.net .node text').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^gunmen · UAF/)]));
      await shot(page, 'network');
    });

    it('should list exactly as many events as a dyad counts', async () => {
      const button = page.locator('.dyads button[data-dyad="AZE-ARM"]');
      const count = Number(await button.textContent());
      await button.click();
      await page.waitForURL(/view=events.*actor=AZE.*recipient=ARM/);
      await page.locator('[data-testid="event-total"]').filter({ hasText: new RegExp(`^${count} events match`) }).waitFor();
    });

    it('should keep the events of a party without a country from its node', async () => {
      await open(page, '?view=network');
      await page.locator('.net .node[data-code="-/UAF"]').click();
      await page.waitForURL(/party=-%2FUAF/);
      await open(page, `?view=events&party=${encodeURIComponent('-/UAF')}`);
      expect(await page.locator('table.events tbody tr').count()).toBe(1);
      expect(await page.locator('table.events tbody tr td[data-label="Actor → recipient"]').textContent()).toMatch(/Gunmen · UAF → police officers \(NGA\)/);
    });
  });

  describe('filters, table and articles', () => {
    it('should keep one filter state in the URL for every view, the articles list and the article too', async () => {
      await open(page, '?view=events');
      await page.locator('#filter-panel input[name="actor"]').fill('Armenia');
      await page.locator('#filter-panel input[name="actor"]').press('Enter');
      await page.waitForURL(/actor=Armenia/);
      await settled(page);
      expect(await page.locator('.chip[data-filter="actor"]').textContent()).toMatch(/Armenia \(ARM\) as actor/);
      await page.locator('#tabs a[data-view="documents"]').click();
      await page.waitForURL(/view=documents.*actor=Armenia/);
      await page.locator('[data-testid="document-total"]').filter({ hasText: /^1 articles have events matching/ }).waitFor();
      await shot(page, 'articles');
      await page.locator('.docs .doc').first().click();
      await page.waitForURL(/view=article.*actor=Armenia/);
      expect(await page.locator('[data-testid="article-matching"]').textContent()).toMatch(/^\d+ of \d+ match the filters/);
      expect(await page.locator('.event-card.unmatched').count()).toBeGreaterThan(0);
      await shot(page, 'article');
      await page.goBack();
      await page.waitForURL(/view=documents/);
    });

    it('should filter by several types at once from the checkboxes', async () => {
      await open(page, '?view=events');
      await page.locator('#types > summary').click();
      await page.locator('#types-list input[value="ASSAULT"]').check();
      await page.locator('#types-list input[value="PROTEST"]').check();
      await page.locator('#types-list button[type="submit"]').click();
      await page.waitForURL(/type=/);
      expect(new Set(new URL(page.url()).searchParams.get('type')!.split(','))).toEqual(new Set(['ASSAULT', 'PROTEST']));
      await settled(page);
      const types = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')));
      expect(new Set(types)).toEqual(new Set(['ASSAULT', 'PROTEST']));
    });

    it('should list newest first, sort by a column header and search words', async () => {
      await open(page, '?view=events');
      const dates = async () => (await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date')))).filter((d) => d && d.length === 10);
      const newest = await dates();
      expect(newest).toEqual([...newest].sort().reverse());
      await shot(page, 'events');
      await page.locator('th button.sort', { hasText: 'Date' }).click();
      await page.waitForURL(/sort=date/);
      await settled(page);
      const oldest = await dates();
      expect(oldest).toEqual([...oldest].sort());
      expect(await page.locator('th[aria-sort="ascending"]').textContent()).toMatch(/Date/);
      await open(page, '?view=events&q=Maiduguri');
      expect(await page.locator('table.events tbody tr').count()).toBe(2);
      const source = page.locator('table.events tbody tr').first().locator('td[data-label="Source"]');
      expect(await source.textContent()).toMatch(/Gunmen kill four police officers in Maiduguri.*Test Wire.*17 May 2023/);
    });

    it('should mark inferred and coarse dates', async () => {
      await open(page, '?view=events&doc=doc-d&sort=date');
      const first = page.locator('table.events tbody tr').first().locator('td[data-label="Date"]');
      expect(await first.textContent()).toMatch(/1949 year only/);
      expect(await page.locator('td[data-label="Date"] .flag', { hasText: 'inferred' }).count()).toBeGreaterThan(0);
    });

    it('should export exactly the current view as CSV and GeoJSON', async () => {
      await open(page, '?view=events&country=SYR&sort=-date');
      const csv = page.locator('.exports a[data-format="csv"]');
      const href = (await csv.getAttribute('href'))!;
      expect(href).toMatch(/country=SYR/);
      expect(href).toMatch(/format=csv/);
      const total = Number((await page.locator('[data-testid="event-total"]').textContent())!.match(/^(\d+)/)![1]);
      const body = await (await page.request.get(new URL(href, server.url).toString())).text();
      expect(body.trim().split('\r\n')).toHaveLength(total + 1);
      const geo = (await (await page.request.get(new URL((await page.locator('.exports a[data-format="geojson"]').getAttribute('href'))!, server.url).toString())).json()) as { features: unknown[] };
      expect(geo.features.length).toBeGreaterThan(0);
    });

    it('should open an article from the table and highlight the event evidence', async () => {
      await open(page, `?view=events&doc=${docIds[0]}&type=RETREAT&mode=release`);
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
    });

    it('should show a bad filter as the API error message', async () => {
      await open(page, '?view=events&since=2022-13');
      await page.locator('#error:not([hidden])').waitFor();
      expect(await page.locator('#error').textContent()).toMatch(/since must be a date/);
      problems.length = 0; // the 400 above is logged by the browser on purpose
    });
  });

  describe('at 390 px', () => {
    it.each(['timeline', 'network', 'map', 'events', 'documents'])('should fit %s in the width with its tabs and readable text', async (view) => {
      await open(phone, `?view=${view}`);
      const width = await phone.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(width[0]).toBeLessThanOrEqual(width[1]!);
      for (const tab of await boxes(phone, '#tabs a')) expect(tab.left >= 0 && tab.right <= 390).toBe(true);
      expect(await phone.locator('#filter-panel').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      // Chart text is drawn at the screen's size, not shrunk from a desktop drawing.
      const sizes = await phone.locator('svg.chart text').evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')!.getScreenCTM()?.a ?? 1)));
      if (sizes.length > 0) expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9.5);
      await shot(phone, view);
    });

    it('should show events as cards with their column names, and filters behind their summary', async () => {
      await open(phone, '?view=events&country=NGA');
      expect(await phone.locator('table.events tbody tr').first().locator('td[data-label="Source"]').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Source"');
      await phone.locator('#filter-panel > summary').click();
      await phone.locator('#filter-panel input[name="q"]').waitFor();
      const width = await phone.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(width[0]).toBeLessThanOrEqual(width[1]!);
      await shot(phone, 'filters');
    });
  });

  it('should not have reached outside the server, nor logged errors', () => {
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  });
});
