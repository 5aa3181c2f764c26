import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from './readers/collect.testing.js';
import type { InputItem } from './readers/types.js';
import { readUrl } from './readers/url.js';
import { blockedAddressReason, BlockedAddressError, safeFetch, type Resolver } from './safe-fetch.js';

/**
 * Every request here goes to a server on 127.0.0.1. "Public" hosts are simulated with an
 * injected resolver plus `allowHosts`; blocked addresses (10.x, 169.254.169.254) are refused
 * before any socket is opened, so no packet ever leaves the machine.
 */
const ARTICLE = '<html><body><article><p>Azerbaijan released 17 Armenian prisoners of war on Tuesday, the foreign ministry said.</p></article></body></html>';
const hits: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const route = req.url ?? '';
    if (route === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    else if (route === '/gzip') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(ARTICLE));
    else if (route === '/bomb') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x61)));
    else if (route.startsWith('/redirect?to=')) res.writeHead(302, { location: decodeURIComponent(route.slice('/redirect?to='.length)) }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A fake DNS: `public.test` is our local server (trusted via allowHosts); the others are hostile answers. */
const fakeDns: Resolver = async (host) => {
  const table: Record<string, string[]> = {
    'public.test': ['127.0.0.1'],
    'metadata.test': ['169.254.169.254'],
    'intranet.test': ['10.0.0.7'],
    'mixed.test': ['93.184.215.14', '192.168.1.20'],
  };
  const found = table[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found.map((address) => ({ address, family: address.includes(':') ? 6 as const : 4 as const }));
};
const PUBLIC = { resolve: fakeDns, allowHosts: ['public.test'] } as const;

describe('blockedAddressReason', () => {
  it.each([
    ['127.0.0.1', 'a loopback address (127.0.0.0/8)'],
    ['127.255.3.4', 'a loopback address (127.0.0.0/8)'],
    ['10.1.2.3', 'a private address (10.0.0.0/8)'],
    ['172.16.0.1', 'a private address (172.16.0.0/12)'],
    ['172.31.255.254', 'a private address (172.16.0.0/12)'],
    ['192.168.0.10', 'a private address (192.168.0.0/16)'],
    ['169.254.10.1', 'a link-local address (169.254.0.0/16)'],
    ['169.254.169.254', 'a cloud metadata address'],
    ['100.64.0.1', 'a carrier-grade NAT address (100.64.0.0/10)'],
    ['100.127.255.255', 'a carrier-grade NAT address (100.64.0.0/10)'],
    ['0.0.0.0', 'a "this network" address (0.0.0.0/8)'],
    ['255.255.255.255', 'a reserved or broadcast address (240.0.0.0/4)'],
    ['::', 'the unspecified address (::)'],
    ['::1', 'a loopback address (::1)'],
    ['fe80::1', 'a link-local address (fe80::/10)'],
    ['febf::1', 'a link-local address (fe80::/10)'],
    ['fc00::1', 'a unique-local address (fc00::/7)'],
    ['fd12:3456::1', 'a unique-local address (fc00::/7)'],
    ['fd00:ec2::254', 'a cloud metadata address (fd00:ec2::254)'],
    ['::ffff:127.0.0.1', 'an IPv4-mapped form of 127.0.0.1, a loopback address (127.0.0.0/8)'],
    ['::ffff:7f00:1', 'an IPv4-mapped form of 127.0.0.1, a loopback address (127.0.0.0/8)'],
    ['[::ffff:a9fe:a9fe]', 'an IPv4-mapped form of 169.254.169.254, a cloud metadata address'],
    ['::10.0.0.1', 'an IPv4-compatible form of 10.0.0.1, a private address (10.0.0.0/8)'],
    ['64:ff9b::a00:1', 'a NAT64 form of 10.0.0.1, a private address (10.0.0.0/8)'],
    ['2002:7f00:1::', 'a 6to4 form of 127.0.0.1, a loopback address (127.0.0.0/8)'],
    ['ff02::1', 'a multicast address (ff00::/8)'],
    ['example.org', 'not an IP address'],
  ])('should refuse %s as %s', (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason);
  });

  it.each(['8.8.8.8', '93.184.215.14', '172.32.0.1', '172.15.255.255', '100.128.0.1', '192.169.0.1', '169.253.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001:80b::200e'])(
    'should let the public address %s through', (address) => {
      expect(blockedAddressReason(address)).toBeUndefined();
    });
});

describe('safeFetch', () => {
  it('should refuse a server on 127.0.0.1 by default and send it nothing', async () => {
    const before = hits.length;
    await expect(safeFetch(`http://127.0.0.1:${port}/article`)).rejects.toThrow(BlockedAddressError);
    expect(hits.length).toBe(before);
  });

  it('should fetch the same server with allowPrivateNetworks', async () => {
    const response = await safeFetch(`http://127.0.0.1:${port}/article`, { allowPrivateNetworks: true });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(ARTICLE);
  });

  it.each([
    ['decimal', 'http://2130706433:PORT/article'],
    ['hexadecimal', 'http://0x7f.1:PORT/article'],
    ['octal', 'http://017700000001:PORT/article'],
    ['short dotted', 'http://127.1:PORT/article'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]:PORT/article'],
    ['IPv4-mapped IPv6 in hex', 'http://[::ffff:7f00:1]:PORT/article'],
    ['IPv6 loopback', 'http://[::1]:PORT/article'],
    ['localhost', 'http://localhost:PORT/article'],
    ['0.0.0.0', 'http://0.0.0.0:PORT/article'],
  ])('should refuse the %s form of a loopback address', async (_form, url) => {
    const before = hits.length;
    await expect(safeFetch(url.replace('PORT', String(port)))).rejects.toThrow(BlockedAddressError);
    expect(hits.length).toBe(before);
  });

  it.each(['http://2130706433:PORT/article', 'http://0x7f.1:PORT/article'])('should reach %s when private networks are allowed (the form really is loopback)', async (url) => {
    const response = await safeFetch(url.replace('PORT', String(port)), { allowPrivateNetworks: true });
    expect(await response.text()).toBe(ARTICLE);
  });

  it('should refuse a host when any of its addresses is private', async () => {
    await expect(safeFetch('http://mixed.test/', { resolve: fakeDns })).rejects.toThrow('mixed.test resolves to 192.168.1.20, a private address (192.168.0.0/16)');
  });

  it('should connect to the address it checked, not resolve again (no DNS-rebinding window)', async () => {
    // The resolver answers once; a second lookup (the rebinding attack's moment) would fail
    // with ENOTFOUND, and the real DNS knows no `rebind.test`.
    let calls = 0;
    const once: Resolver = async () => {
      calls++;
      if (calls > 1) throw Object.assign(new Error('second lookup'), { code: 'ENOTFOUND' });
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const response = await safeFetch(`http://rebind.test:${port}/article`, { resolve: once, allowHosts: ['rebind.test'] });
    expect(await response.text()).toBe(ARTICLE);
    expect(calls).toBe(1);
  });

  it.each(['ftp://127.0.0.1/file', 'file:///etc/passwd', 'http://user:secret@127.0.0.1/'])('should refuse %s', async (url) => {
    await expect(safeFetch(url, { allowPrivateNetworks: true })).rejects.toThrow(TypeError);
  });

  it('should decompress a gzip body', async () => {
    const response = await safeFetch(`http://public.test:${port}/gzip`, PUBLIC);
    expect(await response.text()).toBe(ARTICLE);
  });
});

describe('readUrl through safeFetch', () => {
  it('should read a page from a trusted host', async () => {
    const [item] = (await collect(readUrl(`http://public.test:${port}/article`, PUBLIC))) as InputItem[];
    expect(item?.raw).toBe(ARTICLE);
  });

  it.each([
    ['the metadata service by name', 'http://metadata.test/latest/meta-data/', 'metadata.test resolves to 169.254.169.254, a cloud metadata address'],
    ['the metadata service by address', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254, a cloud metadata address'],
    ['an intranet host', 'http://intranet.test/admin', 'intranet.test resolves to 10.0.0.7, a private address (10.0.0.0/8)'],
    ['loopback', 'http://127.0.0.1:PORT/secret', '127.0.0.1, a loopback address (127.0.0.0/8)'],
    ['loopback in decimal', 'http://2130706433:PORT/secret', '127.0.0.1, a loopback address (127.0.0.0/8)'],
    ['the fd00:ec2::254 metadata address', 'http://[fd00:ec2::254]/latest/', 'fd00:ec2::254, a cloud metadata address (fd00:ec2::254)'],
  ])('should refuse a redirect from a public host to %s', async (_what, to, why) => {
    const target = to.replace('PORT', String(port));
    const url = `http://public.test:${port}/redirect?to=${encodeURIComponent(target)}`;
    const before = hits.length;
    const results = await collect(readUrl(url, PUBLIC));
    expect(results).toEqual([{
      uri: url,
      reason: `The URL (redirected to ${new URL(target).href}) points to ${why}; Chronicle fetches only public internet addresses (set CHRONICLE_ALLOW_PRIVATE_NETWORKS=1 to allow private networks).`,
    }]);
    // Only the redirect itself reached the server; /secret never did.
    expect(hits.slice(before)).toEqual([`/redirect?to=${encodeURIComponent(target)}`]);
  });

  it('should stop a compression bomb at the size limit (counted after decompression)', async () => {
    const started = Date.now();
    const results = await collect(readUrl(`http://public.test:${port}/bomb`, { ...PUBLIC, maxArticleBytes: 1024 * 1024 }));
    expect(results).toEqual([{ uri: `http://public.test:${port}/bomb`, reason: 'The page is larger than the 1 MB an article may have; stopped reading.' }]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('should refuse loopback from the CLI unless CHRONICLE_ALLOW_PRIVATE_NETWORKS=1', async () => {
    const url = `http://127.0.0.1:${port}/article`;
    expect((await collect(readUrl(url)))[0]).not.toHaveProperty('raw');
    process.env.CHRONICLE_ALLOW_PRIVATE_NETWORKS = '1';
    try {
      expect((await collect(readUrl(url)))[0]).toHaveProperty('raw', ARTICLE);
    } finally {
      delete process.env.CHRONICLE_ALLOW_PRIVATE_NETWORKS;
    }
  });
});
