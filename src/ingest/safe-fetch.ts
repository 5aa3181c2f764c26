import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/**
 * Fetching a URL someone else chose (a feed's link, a redirect, a URL given to the API) must not
 * reach the machine's own services or its cloud's metadata endpoint: `http://169.254.169.254/`
 * hands out credentials, `http://127.0.0.1:5432/` is the database. This module refuses every
 * address that is not on the public internet, checks the address *after* DNS resolution, and
 * connects to exactly the address it checked, so a DNS answer that changes between the check and
 * the connection (DNS rebinding) cannot slip through.
 */

/** One resolved address, as `dns.lookup(host, { all: true })` gives it. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all its addresses; replaceable in tests (they never use real DNS). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses (a local test server, an intranet). Default false. */
  readonly allowPrivateNetworks?: boolean;
  /**
   * Host names fetched even when they resolve to a non-public address (an intranet news server).
   * Compared case-insensitively with the URL's host name; redirects elsewhere are still checked.
   */
  readonly allowHosts?: readonly string[];
  /** DNS resolution; default `dns.lookup(host, { all: true })`. */
  readonly resolve?: Resolver;
  readonly signal?: AbortSignal;
  readonly headers?: Record<string, string>;
  /** The whole request, headers and body, in ms. Default 30 s. */
  readonly timeoutMs?: number;
}

/** Thrown (as the `cause` of a fetch error) when a URL points at an address that is not allowed. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  readonly code = 'ERR_BLOCKED_ADDRESS';
  constructor(readonly host: string, readonly address: string, readonly range: string) {
    super(`${host === address ? address : `${host} resolves to ${address}`}, ${range}`);
  }
}

/** An IPv4 block: first address as a 32-bit number, prefix length, and what it is. */
type V4Block = readonly [base: number, bits: number, what: string];

const V4_BLOCKS: readonly V4Block[] = [
  [ipv4(169, 254, 169, 254), 32, 'a cloud metadata address'],
  [ipv4(0, 0, 0, 0), 8, 'a "this network" address (0.0.0.0/8)'],
  [ipv4(10, 0, 0, 0), 8, 'a private address (10.0.0.0/8)'],
  [ipv4(100, 64, 0, 0), 10, 'a carrier-grade NAT address (100.64.0.0/10)'],
  [ipv4(127, 0, 0, 0), 8, 'a loopback address (127.0.0.0/8)'],
  [ipv4(169, 254, 0, 0), 16, 'a link-local address (169.254.0.0/16)'],
  [ipv4(172, 16, 0, 0), 12, 'a private address (172.16.0.0/12)'],
  [ipv4(192, 0, 0, 0), 24, 'an IETF protocol address (192.0.0.0/24)'],
  [ipv4(192, 0, 2, 0), 24, 'a documentation address (192.0.2.0/24)'],
  [ipv4(192, 168, 0, 0), 16, 'a private address (192.168.0.0/16)'],
  [ipv4(198, 18, 0, 0), 15, 'a benchmarking address (198.18.0.0/15)'],
  [ipv4(198, 51, 100, 0), 24, 'a documentation address (198.51.100.0/24)'],
  [ipv4(203, 0, 113, 0), 24, 'a documentation address (203.0.113.0/24)'],
  [ipv4(224, 0, 0, 0), 4, 'a multicast address (224.0.0.0/4)'],
  [ipv4(240, 0, 0, 0), 4, 'a reserved or broadcast address (240.0.0.0/4)'],
];

function ipv4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
}

function parseIpv4(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  const [a, b, c, d] = parts.map(Number) as [number, number, number, number];
  return ipv4(a, b, c, d);
}

/** Why an IPv4 address is not public, or undefined when it is. */
function blockedIpv4(address: string): string | undefined {
  const value = parseIpv4(address);
  if (value === undefined) return 'not a valid IPv4 address';
  for (const [base, bits, what] of V4_BLOCKS) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (((value & mask) >>> 0) === base) return what;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted IPv4 tail expanded). */
function parseIpv6(address: string): number[] | undefined {
  let text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => Number.parseInt(g, 16));
}

/** Why an IPv6 address is not public, or undefined when it is. */
function blockedIpv6(address: string): string | undefined {
  const g = parseIpv6(address);
  if (!g) return 'not a valid IPv6 address';
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const embedded = (): string => `${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`;
  const zeroTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return 'the unspecified address (::)';
  if (zeroTo(7) && g7 === 1) return 'a loopback address (::1)';
  // ::ffff:127.0.0.1 and ::127.0.0.1 reach the IPv4 address inside them.
  if (zeroTo(5) && g5 === 0xffff) return inner('an IPv4-mapped', embedded());
  if (zeroTo(6)) return inner('an IPv4-compatible', embedded());
  // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) also carry an IPv4 address that a gateway reaches.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return inner('a NAT64', embedded());
  if (g0 === 0x2002) return inner('a 6to4', `${g1 >> 8}.${g1 & 0xff}.${g2 >> 8}.${g2 & 0xff}`);
  if (g0 === 0xfd00 && g1 === 0x0ec2 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0 && g7 === 0x254) {
    return 'a cloud metadata address (fd00:ec2::254)';
  }
  if ((g0 & 0xfe00) === 0xfc00) return 'a unique-local address (fc00::/7)';
  if ((g0 & 0xffc0) === 0xfe80) return 'a link-local address (fe80::/10)';
  if ((g0 & 0xffc0) === 0xfec0) return 'a site-local address (fec0::/10)';
  if ((g0 & 0xff00) === 0xff00) return 'a multicast address (ff00::/8)';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'a documentation address (2001:db8::/32)';
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'a discard-only address (100::/64)';
  return undefined;
}

function inner(form: string, v4: string): string | undefined {
  const why = blockedIpv4(v4);
  return why === undefined ? undefined : `${form} form of ${v4}, ${why}`;
}

/**
 * Why `address` (an IP literal) is not a public internet address, or undefined when it is.
 * @example
 * blockedAddressReason('169.254.169.254') // 'a cloud metadata address'
 * blockedAddressReason('::ffff:7f00:1')   // 'an IPv4-mapped form of 127.0.0.1, a loopback address (127.0.0.0/8)'
 * blockedAddressReason('93.184.215.14')   // undefined
 */
export function blockedAddressReason(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return blockedIpv4(bare);
  if (family === 6) return blockedIpv6(bare);
  return 'not an IP address';
}

const defaultResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * The addresses a host may be reached at: all of them checked, and the host refused when any one
 * is not public (a name that answers both 93.184.215.14 and 10.0.0.5 is treated as hostile).
 */
export async function resolveAllowed(hostname: string, options: SafeFetchOptions = {}): Promise<ResolvedAddress[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(bare);
  const addresses: ResolvedAddress[] = literal !== 0
    ? [{ address: bare, family: literal === 6 ? 6 : 4 }]
    : [...(await (options.resolve ?? defaultResolver)(bare))];
  if (addresses.length === 0) throw Object.assign(new Error(`${bare} has no address`), { code: 'ENOTFOUND' });
  const exempt = options.allowPrivateNetworks === true || (literal === 0 && (options.allowHosts ?? []).some((h) => h.toLowerCase() === bare.toLowerCase()));
  if (!exempt) {
    for (const { address } of addresses) {
      const why = blockedAddressReason(address);
      if (why !== undefined) throw new BlockedAddressError(bare, address, why);
    }
  }
  return addresses;
}

/**
 * Like `fetch(url, { redirect: 'manual' })` for http and https, but refuses non-public addresses
 * (see `blockedAddressReason`) unless `allowPrivateNetworks` is set. The host name is resolved
 * once, checked, and the socket connects to the checked address through the request's `lookup`
 * hook. Redirects are never followed here: the caller follows them and each hop is checked again.
 * The body is decompressed (gzip, deflate, br) as a stream, so the caller's size limit counts
 * decompressed bytes and a compression bomb stops at the limit.
 * @example
 * const response = await safeFetch('https://example.org/news/1', { timeoutMs: 10_000 });
 * await safeFetch('http://169.254.169.254/latest/meta-data/') // rejects: BlockedAddressError
 */
export async function safeFetch(url: string | URL, options: SafeFetchOptions = {}): Promise<Response> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new TypeError(`Only http and https URLs are fetched, not ${target.protocol} (${target.href}).`);
  }
  if (target.username || target.password) throw new TypeError('URLs with a user name or password are not fetched.');
  const signals = [AbortSignal.timeout(options.timeoutMs ?? 30_000), ...(options.signal ? [options.signal] : [])];
  const signal = AbortSignal.any(signals);
  const hostname = target.hostname.replace(/^\[|\]$/g, '');
  // Checked here for the error's sake, and again inside `lookup` for the address actually used.
  const addresses = await resolveAllowed(hostname, options);
  const lookup: LookupFunction = (_host, lookupOptions, callback) => {
    const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? addresses.filter((a) => a.family === lookupOptions.family) : addresses;
    const usable = wanted.length > 0 ? wanted : addresses;
    if (lookupOptions.all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, usable);
    else callback(null, usable[0]!.address, usable[0]!.family);
  };
  const isLiteral = isIP(hostname) !== 0;
  const requestOptions: RequestOptions = {
    protocol: target.protocol,
    // A literal connects to itself (Node skips `lookup` for IP literals; it was checked above).
    hostname: isLiteral ? hostname : target.hostname,
    port: target.port || undefined,
    path: `${target.pathname}${target.search}`,
    method: 'GET',
    headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers, host: target.host },
    agent: false,
    signal,
    ...(isLiteral ? {} : { lookup }),
  };
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(requestOptions, resolve);
    request.on('error', (error) => reject(signal.aborted ? abortError(signal) : wrap(error, target.href)));
    request.end();
  });
  return toResponse(response, signal);
}

function abortError(signal: AbortSignal): Error {
  const reason = signal.reason as Error | undefined;
  return reason instanceof Error ? reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** `fetch` reports network errors as `TypeError('fetch failed', { cause })`; so does this, so callers handle both alike. */
function wrap(error: Error, href: string): Error {
  return new TypeError(`fetch failed (${href})`, { cause: error });
}

function toResponse(message: IncomingMessage, signal: AbortSignal): Response {
  const status = message.statusCode ?? 502;
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    try {
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    } catch {
      // A header value the Headers class refuses (control characters) is dropped, not fatal.
    }
  }
  const encoding = (message.headers['content-encoding'] ?? '').toLowerCase().trim();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate()
    : encoding === 'br' ? createBrotliDecompress() : undefined;
  let body: Readable = message;
  if (decoder) {
    message.on('error', (error) => decoder.destroy(error));
    body = message.pipe(decoder);
    headers.delete('content-encoding');
    // The declared length is of the compressed bytes; the caller measures what it reads.
    headers.delete('content-length');
  }
  signal.addEventListener('abort', () => body.destroy(abortError(signal)), { once: true });
  const nullBody = status === 204 || status === 205 || status === 304 || status < 200;
  if (nullBody) message.resume();
  return new Response(nullBody ? null : (Readable.toWeb(body) as ReadableStream<Uint8Array>), {
    status: status < 200 || status > 599 ? 502 : status, statusText: message.statusMessage ?? '', headers,
  });
}
