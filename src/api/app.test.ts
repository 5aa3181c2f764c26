import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../core/document.js';
import type { DocumentCoder } from '../pipeline/default.js';
import { createDocumentCoder } from '../pipeline/default.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import type { ApiErrorBody } from './errors.js';
import { buildOpenApi } from './openapi.js';
import { openSeededStore } from './testing/seed.js';

let store: Store;
let docIds: string[];
let cleanup: () => Promise<void>;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  ({ store, docIds, cleanup } = await openSeededStore());
  app = createApp({ store });
});
afterAll(async () => cleanup());

async function json<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

describe('GET /api/health and /api/summary', () => {
  it('should say ok with the dialect and that ingest is off', async () => {
    const { status, body } = await json<{ status: string; dialect: string; ingest: boolean }>('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', dialect: 'sqlite', ingest: false });
  });

  it('should count both seed documents', async () => {
    const { body } = await json<{ documents: number; events: number }>('/api/summary');
    expect(body.documents).toBe(2);
    expect(body.events).toBeGreaterThan(20);
  });
});

describe('GET /api/events', () => {
  it('should page with a total that does not depend on the page', async () => {
    const first = await json<{ total: number; events: CodedEvent[]; limit: number }>('/api/events?limit=5');
    const second = await json<{ total: number; events: CodedEvent[] }>('/api/events?limit=5&offset=5');
    expect(first.body.limit).toBe(5);
    expect(first.body.events).toHaveLength(5);
    expect(second.body.total).toBe(first.body.total);
    expect(second.body.events[0]?.id).not.toBe(first.body.events[0]?.id);
  });

  it('should give every event row the article it came from', async () => {
    const { body } = await json<{ events: CodedEvent[] }>(`/api/events?doc=${docIds[1]}&limit=1`);
    expect(body.events[0]?.source).toEqual({
      id: 'sudan-clashes.txt', url: null, title: 'Sudan army and RSF fight on in Khartoum as death toll passes 185', outlet: null, published: '2023-04-18',
    });
  });

  it.each([
    ['type=assault', (e: CodedEvent) => e.event === 'ASSAULT'],
    ['mode=release', (e: CodedEvent) => e.mode === 'release'],
    ['actor=arm', (e: CodedEvent) => [...e.actor, ...e.recipient, ...e.third_party].some((p) => p.code === 'ARM')],
    ['recipient=ARM', (e: CodedEvent) => e.recipient.some((p) => p.code === 'ARM')],
    // Overlap with each event's precision window: a year-precision "2022" overlaps September–October 2022.
    ['since=2022-09&until=2022-10', (e: CodedEvent) => e.date !== null && ((e.date >= '2022-09' && e.date.slice(0, 7) <= '2022-10') || '2022-09'.startsWith(e.date))],
    ['background=true', (e: CodedEvent) => e.background],
    ['background=false', (e: CodedEvent) => !e.background],
  ])('should filter by %s', async (query, keep) => {
    const { status, body } = await json<{ total: number; events: CodedEvent[] }>(`/api/events?${query}&limit=500`);
    expect(status).toBe(200);
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.total).toBe(body.events.length);
    expect(body.events.every(keep)).toBe(true);
  });

  it('should filter by document', async () => {
    const { body } = await json<{ events: CodedEvent[] }>(`/api/events?doc=${docIds[1]}&limit=500`);
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events.every((e) => e.doc_id === docIds[1])).toBe(true);
  });

  it.each([
    ['type=BOMBING', 'type', /PLOVER event type/],
    ['limit=0', 'limit', /from 1 to 500/],
    ['limit=ten', 'limit', /whole number/],
    ['limit=501', 'limit', /from 1 to 500/],
    ['offset=-1', 'offset', /whole number/],
    ['since=2022-13', 'since', /YYYY-MM/],
    ['until=2022-02-30', 'until', /YYYY-MM-DD/],
    ['since=2022-10&until=2022-09', 'since', /after until/],
    ['background=maybe', 'background', /true or false/],
    ['actor=A', 'actor', /actor code/],
    ['actor=%3Cscript%3E', 'actor', /actor code/],
    ['doc=..%2F..%2Fetc', 'doc', /document id/],
    ['mode=DROP%20TABLE', 'mode', /PLOVER mode/],
    ['tpye=ASSAULT', 'tpye', /Unknown parameter 'tpye'/],
    ['type=ASSAULT&type=AID', 'type', /given 2 times/],
  ])('should answer 400 for %s, naming %s', async (query, parameter, message) => {
    const { status, body } = await json<ApiErrorBody>(`/api/events?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad-parameter');
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toMatch(message);
  });
});

describe('GET /api/events/:docId/:eventId', () => {
  it('should return one event with its document title', async () => {
    const { body: list } = await json<{ events: CodedEvent[] }>(`/api/events?doc=${docIds[0]}&limit=1`);
    const event = list.events[0]!;
    const { status, body } = await json<{ event: CodedEvent; document: { title: string } }>(`/api/events/${event.doc_id}/${encodeURIComponent(event.id)}`);
    expect(status).toBe(200);
    expect(body.event).toEqual(event);
    expect(body.document.title).toMatch(/Azerbaijan releases 17/);
  });

  it('should answer 404 with a hint for an unknown event', async () => {
    const { status, body } = await json<ApiErrorBody>(`/api/events/${docIds[0]}/nope`);
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/\/api\/events\?doc=/);
  });
});

describe('GET /api/aggregates/*', () => {
  it('should bucket the timeline by month with background counts kept apart', async () => {
    const { status, body } = await json<{ buckets: { period: string; counts: { type: string; background: boolean; count: number }[] }[]; unplaced: { precision: string }[] }>(
      '/api/aggregates/timeline?interval=month',
    );
    expect(status).toBe(200);
    const september = body.buckets.find((b) => b.period === '2022-09');
    expect(september?.counts.find((c) => c.type === 'ASSAULT' && !c.background)?.count).toBeGreaterThanOrEqual(1);
    expect(body.unplaced.map((u) => u.precision)).toContain('year');
  });

  it.each(['day', 'week', 'month', 'year'])('should accept interval=%s', async (interval) => {
    const { status, body } = await json<{ interval: string }>(`/api/aggregates/timeline?interval=${interval}`);
    expect(status).toBe(200);
    expect(body.interval).toBe(interval);
  });

  it('should put a Tuesday in the week that starts on the Monday before', async () => {
    const { body } = await json<{ buckets: { period: string; until: string }[] }>('/api/aggregates/timeline?interval=week&since=2022-10-04&until=2022-10-04');
    expect(body.buckets.map((b) => [b.period, b.until])).toEqual([['2022-10-03', '2022-10-09']]);
  });

  it('should answer 400 for interval=quarter', async () => {
    const { status, body } = await json<ApiErrorBody>('/api/aggregates/timeline?interval=quarter');
    expect(status).toBe(400);
    expect(body.error.message).toBe("interval must be one of day, week, month, year, not 'quarter'.");
  });

  it('should count the Azerbaijan → Armenia dyad with its release', async () => {
    const { body } = await json<{ dyads: { source: string; target: string; byType: Record<string, number> }[] }>('/api/aggregates/dyads');
    const dyad = body.dyads.find((d) => d.source === 'AZE' && d.target === 'ARM');
    expect(dyad?.byType.RETREAT).toBeGreaterThanOrEqual(1);
  });

  it('should list located events with coordinates', async () => {
    const { body } = await json<{ total: number; points: { place: string; lat: number; lon: number }[] }>('/api/aggregates/locations');
    expect(body.total).toBe(body.points.length);
    expect(body.points.map((p) => p.place)).toEqual(expect.arrayContaining(['Geneva', 'Brussels']));
  });

  it('should narrow dyads and locations by the shared filters', async () => {
    const { body } = await json<{ points: { type: string }[] }>('/api/aggregates/locations?type=CONSULT');
    expect(body.points.every((p) => p.type === 'CONSULT')).toBe(true);
  });
});

describe('GET /api/actors', () => {
  it('should count Armenia with its name and roles', async () => {
    const { body } = await json<{ total: number; actors: { code: string; name: string; events: number; asRecipient: number }[] }>('/api/actors?limit=100');
    const armenia = body.actors.find((a) => a.code === 'ARM');
    expect(armenia).toMatchObject({ name: 'Armenia' });
    expect(armenia!.events).toBeGreaterThan(armenia!.asRecipient);
  });
});

describe('GET /api/documents', () => {
  it('should list both documents with a total', async () => {
    const { body } = await json<{ total: number; documents: { id: string; eventCount: number }[] }>('/api/documents');
    expect(body.total).toBe(2);
    expect(body.documents.map((d) => d.id).sort()).toEqual([...docIds].sort());
  });

  it('should give the text and events whose trigger spans index it', async () => {
    const { body } = await json<{ document: { text: string }; events: CodedEvent[] }>(`/api/documents/${docIds[0]}`);
    for (const e of body.events) expect(body.document.text.slice(e.evidence.trigger.start, e.evidence.trigger.end)).toBe(e.evidence.trigger.text);
  });

  it.each([
    ['/api/documents/0000', 404],
    ['/api/documents/..%2F..%2Fetc%2Fpasswd', 400],
    ['/api/documents?limit=-3', 400],
  ])('should answer %s with %i', async (path, status) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(((await res.json()) as ApiErrorBody).error.message.length).toBeGreaterThan(10);
  });
});

describe('security headers and static files', () => {
  it.each(['/api/health', '/'])('should send a self-only CSP and no-sniff on %s', async (path) => {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([
    ['/assets/app/main.js', 200, 'javascript'],
    ['/assets/vendor/d3-geo.min.js', 200, 'javascript'],
    ['/assets/vendor/countries-110m.json', 200, 'json'],
    ['/assets/app.css', 200, 'css'],
  ])('should serve %s', async (path, status, type) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(type);
  });

  it.each([
    '/assets/app/..%2F..%2F..%2Fpackage.json',
    '/assets/app/../../package.json',
    '/assets/app/%2e%2e%2fapp.ts',
    '/assets/app/routes.ts',
    '/assets/vendor/..%2Fpackage.json',
    '/assets/vendor/constructor',
    '/package.json',
  ])('should not serve %s', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
  });

  it('should answer unknown API routes with JSON 404', async () => {
    const { status, body } = await json<ApiErrorBody>('/api/nothing');
    expect(status).toBe(404);
    expect(body.error.message).toContain('openapi.json');
  });
});

describe('POST /api/ingest', () => {
  const article = {
    text: 'Kenyan police fired tear gas at protesters in Nairobi on Tuesday as thousands marched against new taxes.',
    published: '2023-07-19',
  };
  const post = (target: ReturnType<typeof createApp>, body: unknown, token?: string, raw?: string) =>
    target.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ?? JSON.stringify(body),
    });
  let coder: DocumentCoder;
  let open: ReturnType<typeof createApp>;
  beforeAll(() => {
    coder = createDocumentCoder({ onStageError: 'record' });
    open = createApp({ store, ingest: { enabled: true, token: 's3cret-token', coder } });
  });

  it('should be 403 when the server did not enable it', async () => {
    const res = await post(app, { articles: [article] }, 's3cret-token');
    expect(res.status).toBe(403);
  });

  it.each([
    [undefined, /Authorization: Bearer/],
    ['wrong-token', /not the server's ingest token/],
  ])('should be 401 with token %s', async (token, message) => {
    const res = await post(open, { articles: [article] }, token);
    expect(res.status).toBe(401);
    expect(((await res.json()) as ApiErrorBody).error.message).toMatch(message);
  });

  it('should refuse to start with ingest enabled and no token', () => {
    expect(() => createApp({ store, ingest: { enabled: true, coder } })).toThrow(/needs a token/);
  });

  it.each([
    [{ articles: [] }, /at least one/],
    [{ articles: [{ text: '' }] }, /non-empty text/],
    [{ urls: ['file:///etc/passwd'] }, /http\(s\) URL/],
    [{ articles: [{ text: 'x', published: 'yesterday' }] }, /YYYY-MM-DD/],
    [{ article: [] }, /Unknown field 'article'/],
  ])('should answer 400 for body %j', async (body, message) => {
    const res = await post(open, body, 's3cret-token');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error.message).toMatch(message);
  });

  it('should answer 400 for a body that is not JSON', async () => {
    const res = await post(open, undefined, 's3cret-token', '{not json');
    expect(res.status).toBe(400);
  });

  it('should answer 413 for a body over 1 MiB', async () => {
    const res = await post(open, { articles: [{ text: 'a'.repeat(1_100_000) }] }, 's3cret-token');
    expect(res.status).toBe(413);
  });

  it('should code and store an article, then report it exists', async () => {
    const first = await post(open, { articles: [article] }, 's3cret-token');
    expect(first.status).toBe(200);
    const result = ((await first.json()) as { results: { status: string; docId: string; events: number }[] }).results[0]!;
    expect(result.status).toBe('inserted');
    expect(result.events).toBeGreaterThan(0);
    const again = (await (await post(open, { articles: [article] }, 's3cret-token')).json()) as { results: { status: string }[] };
    expect(again.results[0]?.status).toBe('exists');
    const stored = await json<{ events: CodedEvent[] }>(`/api/documents/${result.docId}`);
    expect(stored.body.events.length).toBe(result.events);
  });

  it('should report an unreadable URL as failed and go on', async () => {
    const failing = createApp({
      store,
      ingest: { enabled: true, token: 't', coder, fetch: async () => new Response('gone', { status: 410, statusText: 'Gone' }) },
    });
    const res = await post(failing, { urls: ['https://news.example.org/story'] }, 't');
    const body = (await res.json()) as { results: { status: string; reason: string }[] };
    expect(body.results[0]).toMatchObject({ status: 'failed' });
    expect(body.results[0]?.reason).toMatch(/410/);
  });
});

describe('GET /api/openapi.json', () => {
  it('should describe every route the app serves under /api', async () => {
    const { body } = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    const documented = Object.entries(body.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const served = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('should be the same object buildOpenApi returns', async () => {
    const { body } = await json<unknown>('/api/openapi.json');
    expect(body).toEqual(buildOpenApi());
  });
});
