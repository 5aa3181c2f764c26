import Database from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { ApiErrorBody } from '../../src/api/errors.js';
import { MAX_INGEST_BYTES } from '../../src/api/ingest.js';
import { serve, type RunningServer } from '../../src/api/serve.js';
import { openSeededStore } from '../../src/api/testing/seed.js';
import { ALLOW_PRIVATE_ENV } from '../../src/ingest/readers/url.js';
import { createDocumentCoder, type DocumentCoder } from '../../src/pipeline/default.js';
import type { Store } from '../../src/store/index.js';

/**
 * The HTTP API seen as an attacker sees it: every test goes through `app.request()` (a few through a
 * real socket, for paths the URL parser would otherwise tidy up) over a store seeded with the two
 * test articles. What must hold: read-only unless enabled, ingest only with the token, bodies
 * bounded before they are read, filters that never reach SQL as text, no file outside the fixed
 * tables, the security headers on every answer, and no stack trace or path in any error.
 */
const TOKEN = 'correct-horse-battery-staple';
const ARTICLE = {
  text: 'Kenyan police fired tear gas at protesters in Nairobi on Tuesday as thousands marched against new taxes, witnesses said.',
  published: '2023-07-19',
};

let store: Store;
let dir: string;
let docIds: string[];
let cleanup: () => Promise<void>;
let readOnly: ReturnType<typeof createApp>;
let writable: ReturnType<typeof createApp>;
let coder: DocumentCoder;

beforeAll(async () => {
  ({ store, dir, docIds, cleanup } = await openSeededStore());
  coder = createDocumentCoder({ onStageError: 'record' });
  readOnly = createApp({ store });
  writable = createApp({ store, ingest: { enabled: true, token: TOKEN, coder } });
});
afterAll(async () => cleanup());

/** Row counts straight from the SQLite file, bypassing the API and the store. */
function tableCounts(): Record<string, number> {
  const db = new Database(join(dir, 'chronicle.db'), { readonly: true, fileMustExist: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

function postIngest(app: ReturnType<typeof createApp>, init: { token?: string; authorization?: string; body?: BodyInit; headers?: Record<string, string> }) {
  const authorization = init.authorization ?? (init.token === undefined ? undefined : `Bearer ${init.token}`);
  return app.request('/api/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }), ...init.headers },
    body: init.body ?? JSON.stringify({ articles: [ARTICLE] }),
    // A ReadableStream body needs half duplex (Node's fetch rule).
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** A request body that produces `chunk`-byte pieces on demand, up to `total`, counting what was pulled. */
function countingStream(total: number, chunk = 64 * 1024): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const piece = new TextEncoder().encode('a'.repeat(chunk));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += piece.length;
      controller.enqueue(piece);
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => pulled };
}

describe('read-only by default', () => {
  it.each([
    ['no token', undefined],
    ['the right token of another server', TOKEN],
  ])('should answer POST /api/ingest with 403 when ingest is not enabled (%s)', async (_, token) => {
    const before = tableCounts();
    const res = await postIngest(readOnly, token === undefined ? {} : { token });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('ingest-disabled');
    expect(tableCounts()).toEqual(before);
  });

  it('should answer 403 even with ingest configured but not enabled', async () => {
    const off = createApp({ store, ingest: { enabled: false, token: TOKEN, coder } });
    expect((await postIngest(off, { token: TOKEN })).status).toBe(403);
  });

  it.each([
    ['PUT', '/api/events'],
    ['DELETE', '/api/events'],
    ['PATCH', '/api/events'],
    ['POST', '/api/events'],
    ['DELETE', '/api/documents/DOC'],
    ['PUT', '/api/documents/DOC'],
    ['POST', '/api/documents'],
    ['DELETE', '/api/ingest'],
    ['PUT', '/api/ingest'],
    ['POST', '/api/summary'],
    ['POST', '/'],
    ['DELETE', '/assets/app/main.js'],
  ])('should not accept %s %s (404 or 405) and change nothing', async (method, path) => {
    const before = tableCounts();
    const res = await writable.request(path.replace('DOC', docIds[0]!), {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: '{}',
    });
    expect([404, 405]).toContain(res.status);
    expect(tableCounts()).toEqual(before);
  });
});

describe('ingest needs the bearer token', () => {
  it.each([
    ['no Authorization header', undefined],
    ['an empty bearer', 'Bearer '],
    ['a wrong token', 'Bearer wrong-token'],
    ['the token with a suffix', `Bearer ${TOKEN}x`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token upper-cased', `Bearer ${TOKEN.toUpperCase()}`],
    ['Basic auth carrying the token', `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`],
    ['the bare token without a scheme', TOKEN],
    ['the token in a second header line', `Bearer wrong, Bearer ${TOKEN}`],
  ])('should answer 401 for %s and store nothing', async (_, authorization) => {
    const before = tableCounts();
    const res = await postIngest(writable, authorization === undefined ? {} : { authorization });
    expect(res.status).toBe(401);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('unauthorized');
    expect(tableCounts()).toEqual(before);
  });

  it('should not take the token from the query string or a cookie', async () => {
    const res = await writable.request(`/api/ingest?token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `token=${TOKEN}` },
      body: JSON.stringify({ articles: [ARTICLE] }),
    });
    expect(res.status).toBe(401);
  });

  it('should code and store the article with the right token', async () => {
    const res = await postIngest(writable, { token: TOKEN });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { status: string; docId: string; events: number }[] };
    expect(body.results[0]).toMatchObject({ status: 'inserted' });
    const stored = await readOnly.request(`/api/documents/${body.results[0]!.docId}`);
    expect(stored.status).toBe(200);
  });
});

describe('request size limit', () => {
  it('should answer 413 from the Content-Length alone, before reading any of the body', async () => {
    const { stream, pulled } = countingStream(64 * 1024 * 1024);
    const res = await postIngest(writable, { token: TOKEN, body: stream, headers: { 'content-length': String(64 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('payload-too-large');
    expect(pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it('should stop reading a chunked body of 64 MiB soon after the 1 MiB limit', async () => {
    const { stream, pulled } = countingStream(64 * 1024 * 1024);
    const res = await postIngest(writable, { token: TOKEN, body: stream });
    expect(res.status).toBe(413);
    expect(pulled()).toBeGreaterThan(MAX_INGEST_BYTES);
    expect(pulled()).toBeLessThanOrEqual(MAX_INGEST_BYTES + 4 * 64 * 1024);
  });

  it('should refuse a big body without the token before reading it (401, nothing pulled)', async () => {
    const { stream, pulled } = countingStream(64 * 1024 * 1024);
    const res = await postIngest(writable, { body: stream });
    expect(res.status).toBe(401);
    expect(pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it('should accept a body just under the limit (and then judge its content)', async () => {
    const text = 'x'.repeat(MAX_INGEST_BYTES - 200);
    const res = await postIngest(writable, { token: TOKEN, body: JSON.stringify({ articles: [{ text }], published: 'yesterday' }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error.parameter).toBe('published');
  });
});

describe('filters never reach SQL as text', () => {
  const hostile = [
    "' OR 1=1 --",
    '"; drop table events; --',
    "ARM'); DELETE FROM documents; --",
    '1 UNION SELECT record FROM events',
    "2022-09' OR '1'='1",
    '%',
    '_',
    '\u0000',
    'ARM\u0000',
    'Ärmenien',
    'ＡＲＭ',
    '𝐀𝐑𝐌',
    '\u202eMRA',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'x'.repeat(10_000),
  ];
  const filters = ['type', 'mode', 'actor', 'recipient', 'party', 'country', 'sector', 'bbox', 'since', 'until', 'background', 'doc', 'limit', 'offset', 'interval', 'sort', 'format'];
  const routes = ['/api/events', '/api/aggregates/timeline', '/api/aggregates/dyads', '/api/aggregates/locations', '/api/actors'];
  let before: Record<string, number>;
  beforeAll(() => {
    before = tableCounts();
  });

  it.each(filters)('should answer 400 or an empty result for hostile values of %s on every route', async (name) => {
    for (const route of routes) {
      for (const value of hostile) {
        const res = await readOnly.request(`${route}?${name}=${encodeURIComponent(value)}`);
        const body = (await res.json()) as { total?: number; events?: unknown[]; error?: { code: string } };
        if (res.status === 400) {
          expect(body.error?.code).toBe('bad-parameter');
          continue;
        }
        // Only a value the parsers accept gets here (e.g. 'ＡＲＭ'.toUpperCase() is no code, so none should).
        expect({ route, name, value: value.slice(0, 40), status: res.status }).toMatchObject({ status: 200 });
        if (body.total !== undefined) expect({ route, name, value: value.slice(0, 40), total: body.total }).toMatchObject({ total: 0 });
      }
    }
  });

  // Search words are normalised (NFKD: 'ＡＲＭ' is 'arm'), so they may match: no 500, no change.
  it('should answer 400 or a result for hostile search words on every route', async () => {
    for (const route of routes) {
      for (const value of hostile) {
        const res = await readOnly.request(`${route}?q=${encodeURIComponent(value)}`);
        expect({ route, value: value.slice(0, 40), ok: [200, 400].includes(res.status) }).toMatchObject({ ok: true });
      }
    }
    expect(tableCounts()).toEqual(before);
  });

  it.each(['type', 'actor', 'doc', 'limit'])('should answer 400 for %s repeated 1,000 times', async (name) => {
    const res = await readOnly.request(`/api/events?${Array.from({ length: 1000 }, () => `${name}=ARM`).join('&')}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error.message).toMatch(/given 1000 times/);
  });

  it.each([
    ['type[]=ASSAULT'],
    ['type[0]=ASSAULT'],
    ['constructor=x'],
    ['__proto__=x'],
    ['hasOwnProperty=x'],
  ])('should answer 400 for the parameter %s', async (query) => {
    expect((await readOnly.request(`/api/events?${query}`)).status).toBe(400);
  });

  it.each([
    "' OR 1=1 --",
    '"; drop table events; --',
    'x'.repeat(10_000),
  ])('should answer 404 or 400 for a hostile document or event id %j', async (value) => {
    const encoded = encodeURIComponent(value);
    for (const path of [`/api/documents/${encoded}`, `/api/events/${encoded}/e1`, `/api/events/${docIds[0]}/${encoded}`]) {
      const res = await readOnly.request(path);
      expect([400, 404]).toContain(res.status);
    }
  });

  it('should leave every table as it was', async () => {
    expect(tableCounts()).toEqual(before);
    const res = await readOnly.request('/api/events?limit=1');
    expect(((await res.json()) as { total: number }).total).toBe(before.events);
  });
});

describe('no file outside the fixed tables', () => {
  const paths = [
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/assets/app/..%2f..%2f..%2fpackage.json',
    '/assets/app/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/app/..%5c..%5c..%5cpackage.json',
    '/assets/app/%252e%252e%252f%252e%252e%252fpackage.json',
    '/assets/app/%c0%ae%c0%ae%c0%afpackage.json',
    '/assets/app/%2Fetc%2Fpasswd',
    '/assets/app//etc/passwd',
    '/assets/app/C:%5CWindows%5Cwin.ini',
    '/assets/app/main.js%00.ts',
    '/assets/app/main.ts',
    '/assets/app/api.ts',
    '/assets/app/..',
    '/assets/app/.',
    '/assets/vendor/..%2f..%2fpackage.json',
    '/assets/vendor/%2Fetc%2Fpasswd',
    '/assets/vendor/d3.min.js%00',
    '/assets/vendor/__proto__',
    '/assets/vendor/toString',
    '/assets/vendor/hasOwnProperty',
    '/assets/app.css/../../package.json',
    '/package.json',
    '/src/api/app.ts',
    '/node_modules/hono/package.json',
    '/etc/passwd',
    '/api/..%2fpackage.json',
  ];
  /** Text that only the file system could have put in an answer. */
  const LEAK = /"name":\s*"chronicle-events"|root:x:0|\[fonts\]|import \{ Hono \}|"dependencies"/;

  it.each(paths)('should answer %s with 404 and no file contents', async (path) => {
    const res = await readOnly.request(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(LEAK);
  });

  describe('through a real socket (paths the URL parser does not tidy first)', () => {
    let running: RunningServer;
    beforeAll(async () => {
      running = await serve({ store, port: 0, host: '127.0.0.1' });
      await running.ready;
    });
    afterAll(async () => running.close());

    /** Sends one raw request line and returns the status and body. */
    function raw(target: string): Promise<{ status: number; text: string }> {
      return new Promise((resolve, reject) => {
        const socket = connect(running.port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('error', reject);
        socket.on('end', () => {
          const text = Buffer.concat(chunks).toString('latin1');
          resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
        });
        // write, not end: a half-closed socket makes Node drop a response that is still being prepared.
        socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      });
    }

    it.each([
      '/assets/app/../../../package.json',
      '/assets/vendor/../../../../package.json',
      '/assets/app/..\\..\\..\\package.json',
      '/assets/app/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/assets/app/....//....//package.json',
      '//etc/passwd',
      '/assets/app/main.js\u0000',
    ])('should not serve %s', async (target) => {
      const { status, text } = await raw(target);
      expect([400, 404]).toContain(status);
      expect(text).not.toMatch(LEAK);
    });

    it('should still serve a real client module on the same socket path', async () => {
      const { status, text } = await raw('/assets/app/main.js');
      expect(status).toBe(200);
      expect(text).toMatch(/content-type: text\/javascript/i);
    });
  });
});

describe('security headers', () => {
  const cases: [string, () => Response | Promise<Response>][] = [
    ['dashboard page', () => readOnly.request('/')],
    ['stylesheet', () => readOnly.request('/assets/app.css')],
    ['client module', () => readOnly.request('/assets/app/main.js')],
    ['vendored file', () => readOnly.request('/assets/vendor/d3.min.js')],
    ['API answer', () => readOnly.request('/api/events?limit=1')],
    ['400 answer', () => readOnly.request('/api/events?limit=ten')],
    ['404 answer', () => readOnly.request('/nothing/here')],
    ['403 answer', () => postIngest(readOnly, { token: TOKEN })],
    ['401 answer', () => postIngest(writable, {})],
    ['413 answer', () => postIngest(writable, { token: TOKEN, body: 'a', headers: { 'content-length': String(MAX_INGEST_BYTES + 1) } })],
  ];

  it.each(cases)('should send CSP without external sources, nosniff, no framing and no referrer on the %s', async (_, send) => {
    const res = await send();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    // Only 'self', 'none' and data: (the empty favicon); no host, scheme wildcard or inline script.
    for (const directive of csp.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [, ...sources] = directive.split(/\s+/);
      for (const source of sources) expect(["'self'", "'none'", 'data:']).toContain(source);
    }
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it.each([
    ['/api/events?limit=1', 200],
    ['/api/events?limit=ten', 400],
    ['/api/nothing', 404],
  ])('should mark %s (%i) no-store', async (path, status) => {
    const res = await readOnly.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('should answer JSON errors as application/json, never as HTML', async () => {
    const res = await readOnly.request(`/api/documents/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('error answers never leak internals', () => {
  /** A store whose every method (and query builder) fails the way a broken disk would, with a path in the message. */
  function brokenStore(): Store {
    const fail = () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed (/srv/secret/chronicle.db)');
    };
    const db = new Proxy({}, { get: () => fail });
    return new Proxy({ dialect: 'sqlite', db } as unknown as Store, {
      get: (target, key) => (key === 'dialect' || key === 'db' ? target[key as 'db'] : async () => fail()),
    });
  }
  const STACK = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|\/srv\/secret|SQLITE_CORRUPT|\n\s+at /;

  it.each([
    '/api/summary',
    '/api/events',
    '/api/aggregates/timeline',
    '/api/aggregates/dyads',
    '/api/aggregates/locations',
    '/api/actors',
    '/api/documents',
    '/api/documents/abc',
    '/api/events/abc/e1',
  ])('should answer a failing %s with a plain 500 and log the details instead', async (path) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await createApp({ store: brokenStore() }).request(path);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(STACK);
      expect(JSON.parse(text)).toEqual({ error: { status: 500, code: 'internal', message: expect.stringMatching(/see its log/) } });
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it('should answer a coder that throws during ingest with a plain 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const throwing: DocumentCoder = { ...coder, code: () => { throw new TypeError("Cannot read properties of undefined (reading 'tokens') at /work/src/nlp/wink.ts:12"); } };
      const app = createApp({ store, ingest: { enabled: true, token: TOKEN, coder: throwing } });
      const res = await postIngest(app, { token: TOKEN, body: JSON.stringify({ articles: [{ text: 'Police in Lima detained 40 protesters on Monday.' }] }) });
      expect(res.status).toBe(500);
      expect(await res.text()).not.toMatch(STACK);
    } finally {
      log.mockRestore();
    }
  });

  it.each([
    ['/api/events?limit=ten', 400],
    ['/api/events?since=2022-13', 400],
    [`/api/documents/${'0'.repeat(64)}`, 404],
    ['/api/nothing', 404],
    ['/assets/app/nothing.js', 404],
  ])('should answer %s with %i and no stack', async (path, status) => {
    const res = await readOnly.request(path);
    expect(res.status).toBe(status);
    expect(await res.text()).not.toMatch(STACK);
  });

  it.each([
    ['broken JSON', '{not json'],
    ['a number as text', '{"articles": [{"text": 1}]}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['100,000 nested brackets', '['.repeat(100_000)],
  ])('should answer an ingest body of %s with 400 and no stack', async (_, body) => {
    const res = await postIngest(writable, { token: TOKEN, body });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(STACK);
  });
});

describe('URL ingest does not fetch private addresses', () => {
  let target: Server;
  let port: number;
  let hits = 0;
  let savedEnv: string | undefined;
  beforeAll(async () => {
    savedEnv = process.env[ALLOW_PRIVATE_ENV];
    delete process.env[ALLOW_PRIVATE_ENV];
    target = createServer((_, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Police in Lima detained 40 protesters on Monday, officials said.');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    port = (target.address() as AddressInfo).port;
  });
  afterAll(async () => {
    if (savedEnv !== undefined) process.env[ALLOW_PRIVATE_ENV] = savedEnv;
    await new Promise<void>((resolve) => target.close(() => resolve()));
  });

  it.each([
    (p: number) => `http://127.0.0.1:${p}/story`,
    (p: number) => `http://localhost:${p}/story`,
    (p: number) => `http://[::1]:${p}/story`,
    (p: number) => `http://[::ffff:127.0.0.1]:${p}/story`,
    (p: number) => `http://2130706433:${p}/story`,
    (p: number) => `http://0x7f.1:${p}/story`,
    (p: number) => `http://127.1:${p}/story`,
    (p: number) => `http://0.0.0.0:${p}/story`,
    () => 'http://169.254.169.254/latest/meta-data/',
  ])('should refuse %s and never reach the server', async (url) => {
    const res = await postIngest(writable, { token: TOKEN, body: JSON.stringify({ urls: [url(port)] }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { status: string; reason: string }[] };
    expect(body.results[0]?.status).toBe('failed');
    expect(body.results[0]?.reason).toMatch(/fetches only public internet addresses/);
    expect(hits).toBe(0);
  });

  it('should reach the same local server when the test passes its own fetch (the check is in the default fetch)', async () => {
    const app = createApp({ store, ingest: { enabled: true, token: TOKEN, coder, fetch: globalThis.fetch } });
    const res = await postIngest(app, { token: TOKEN, body: JSON.stringify({ urls: [`http://127.0.0.1:${port}/story`] }) });
    const body = (await res.json()) as { results: { status: string }[] };
    expect(body.results[0]?.status).not.toBe('failed');
    expect(hits).toBe(1);
  });
});
