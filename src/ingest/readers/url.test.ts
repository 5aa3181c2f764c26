import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, FIXTURES } from './collect.testing.js';
import type { InputItem } from './types.js';
import { readUrl, USER_AGENT } from './url.js';

/** The test server is on loopback, which `readUrl` refuses unless told (see safe-fetch.test.ts). */
const LOCAL = { allowPrivateNetworks: true } as const;

/** A local server on 127.0.0.1 only; every route is one case. */
const PAGE = readFileSync(`${FIXTURES}folder/b-sri-lanka.html`);
const RSS = readFileSync(`${FIXTURES}feed.rss`);
const seen: { path: string; agent: string | undefined }[] = [];
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/article': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/old-address': (_req, res) => res.writeHead(301, { location: '/article' }).end(),
  '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/to-ftp': (_req, res) => res.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end(),
  '/feed': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS),
  '/photo': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(100)),
  '/gone': (_req, res) => res.writeHead(404, 'Not Found').end('no'),
  '/huge': (_req, res) => {
    // Streams without a Content-Length: the reader must stop by itself.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const push = (): void => {
      while (sent < 64 && res.write(chunk)) sent++;
      if (sent >= 64) res.end();
      else res.once('drain', () => { sent++; push(); });
    };
    push();
  },
  '/slow': (_req, res) => {
    const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 2000);
    res.on('close', () => clearTimeout(timer));
  },
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', agent: req.headers['user-agent'] });
    (routes[req.url ?? ''] ?? ((_q, r) => r.writeHead(500).end()))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('readUrl', () => {
  it('should fetch a page as HTML with its URL and our User-Agent', async () => {
    const [item] = (await collect(readUrl(`${base}/article`, LOCAL))) as InputItem[];
    expect(item).toMatchObject({ uri: `${base}/article`, format: 'html', meta: { url: `${base}/article` } });
    expect(item!.raw).toContain('declared a state of emergency on Monday');
    expect(seen.at(-1)).toEqual({ path: '/article', agent: USER_AGENT });
  });

  it('should follow a redirect by hand and record the final URL', async () => {
    const [item] = (await collect(readUrl(`${base}/old-address`, LOCAL))) as InputItem[];
    expect(item).toMatchObject({ uri: `${base}/old-address`, meta: { url: `${base}/article` } });
  });

  it('should read a feed URL into one result per item', async () => {
    const results = await collect(readUrl(`${base}/feed`, LOCAL));
    expect(results.map((r) => [r.uri.replace(base, ''), 'raw' in r])).toEqual([['/feed#1', true], ['/feed#2', true], ['/feed#3', false]]);
  });

  it.each([
    ['/loop', 'The URL redirects more than 5 times (last to /loop); stopped following.'],
    ['/to-ftp', 'The URL redirects to ftp: (ftp://127.0.0.1/file); only http and https are followed.'],
    ['/photo', 'The URL serves image/jpeg, not HTML, text or a feed; skipped.'],
    ['/gone', 'The server answered 404 Not Found; nothing was read.'],
    ['/huge', 'The page is larger than the 1 MB an article may have; stopped reading.'],
  ])('should turn %s into one failure', async (path, reason) => {
    const results = await collect(readUrl(base + path, { ...LOCAL, maxArticleBytes: 1024 * 1024 }));
    expect(results).toEqual([{ uri: base + path, reason }]);
  });

  it('should give up after the timeout', async () => {
    const results = await collect(readUrl(`${base}/slow`, { ...LOCAL, fetchTimeoutMs: 200 }));
    expect(results).toEqual([{ uri: `${base}/slow`, reason: 'The server did not answer within 0.2 s; try again later.' }]);
  });

  it('should refuse the loopback server by default, naming the address and the way to allow it', async () => {
    const before = seen.length;
    const results = await collect(readUrl(`${base}/article`));
    expect(results).toEqual([{ uri: `${base}/article`, reason: 'The URL points to 127.0.0.1, a loopback address (127.0.0.0/8); Chronicle fetches only public internet addresses (set CHRONICLE_ALLOW_PRIVATE_NETWORKS=1 to allow private networks).' }]);
    expect(seen.length).toBe(before);
  });

  it('should report a refused connection as a failure', async () => {
    // A port on this machine that was just closed: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const results = await collect(readUrl(`http://127.0.0.1:${port}/`, LOCAL));
    expect(results).toEqual([{ uri: `http://127.0.0.1:${port}/`, reason: 'Cannot fetch the URL (ECONNREFUSED); check the address and the network.' }]);
  });
});
