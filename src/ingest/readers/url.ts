import { BlockedAddressError, safeFetch, type SafeFetchOptions } from '../safe-fetch.js';
import { itemFromBytes } from './content.js';
import { decodeXml, parseFeed } from './feed.js';
import { DEFAULT_LIMITS, formatBytes, type InputResult, type ReadLimits } from './types.js';

/** Sent with every request, so a site can see who fetches and why. */
export const USER_AGENT = 'Chronicle/0.1 (+event coding)';

const ACCEPTED = /^\s*(text\/html|application\/xhtml\+xml|text\/plain|application\/rss\+xml|application\/atom\+xml|application\/xml|text\/xml)\b/i;
const FEED_TYPES = /^\s*(application\/rss\+xml|application\/atom\+xml|application\/xml|text\/xml)\b/i;

/**
 * Set to `1` to let the CLI fetch loopback and private-network addresses (a local test server,
 * an intranet); off by default so a hostile feed link or redirect cannot reach them.
 */
export const ALLOW_PRIVATE_ENV = 'CHRONICLE_ALLOW_PRIVATE_NETWORKS';

/**
 * Options for `readUrl`. Requests go through `safeFetch`, which refuses non-public addresses
 * unless `allowPrivateNetworks` (or `$CHRONICLE_ALLOW_PRIVATE_NETWORKS=1`); `fetch` replaces it
 * entirely, for tests that count requests (and then no address is checked).
 */
export interface FetchOptions extends ReadLimits, Pick<SafeFetchOptions, 'allowPrivateNetworks' | 'allowHosts' | 'resolve'> {
  readonly fetch?: typeof globalThis.fetch;
}

/** The fetch `readUrl` uses: `options.fetch`, else `safeFetch` with the address policy of the options and environment. */
function fetcherFor(options: FetchOptions): (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response> {
  if (options.fetch) {
    const custom = options.fetch;
    return (url, init) => custom(url, { ...init, redirect: 'manual' });
  }
  const allowPrivateNetworks = options.allowPrivateNetworks ?? process.env[ALLOW_PRIVATE_ENV] === '1';
  const policy: SafeFetchOptions = {
    allowPrivateNetworks,
    ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
    ...(options.resolve ? { resolve: options.resolve } : {}),
  };
  return (url, init) => safeFetch(url, { ...policy, signal: init.signal, headers: init.headers });
}

/**
 * Fetches one `http(s)://` URL: a page becomes one item, a feed one item per entry. Redirects
 * are followed by hand (at most `maxRedirects`, http and https only) so each hop is checked;
 * the body is streamed and reading stops past `maxArticleBytes`; the whole fetch has one timeout.
 * Only HTML, plain text and RSS/Atom/XML content types are read.
 * @example
 * for await (const r of readUrl('https://example.org/news/1')) … // { uri, raw, format: 'html', meta: { url } }
 */
export async function* readUrl(url: string, options: FetchOptions = {}): AsyncGenerator<InputResult> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  const maxRedirects = options.maxRedirects ?? DEFAULT_LIMITS.maxRedirects;
  const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_LIMITS.fetchTimeoutMs;
  const fetchImpl = fetcherFor(options);
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(current, {
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.1' },
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) {
          yield { uri: url, reason: `The server answered ${response.status} (a redirect) without a Location header; cannot follow it.` };
          return;
        }
        if (hop >= maxRedirects) {
          yield { uri: url, reason: `The URL redirects more than ${maxRedirects} times (last to ${location}); stopped following.` };
          return;
        }
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          yield { uri: url, reason: `The URL redirects to ${next.protocol} (${next.href}); only http and https are followed.` };
          return;
        }
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        yield { uri: url, reason: `The server answered ${response.status} ${response.statusText}`.trim() + `${current === url ? '' : ` for ${current}`}; nothing was read.` };
        return;
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (contentType && !ACCEPTED.test(contentType)) {
        await response.body?.cancel();
        yield { uri: url, reason: `The URL serves ${contentType.split(';')[0]}, not HTML, text or a feed; skipped.` };
        return;
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        yield { uri: url, reason: `The page is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} an article may have; not downloaded.` };
        return;
      }
      const bytes = await readBody(response, maxBytes);
      if (bytes === 'too-large') {
        yield { uri: url, reason: `The page is larger than the ${formatBytes(maxBytes)} an article may have; stopped reading.` };
        return;
      }
      const meta = { url: current };
      if (FEED_TYPES.test(contentType)) {
        yield* parseFeed(decodeXml(bytes, contentType), url);
        return;
      }
      yield itemFromBytes(bytes, url, /^\s*text\/plain/i.test(contentType) ? 'text' : contentType ? 'html' : 'sniff', meta, contentType || undefined);
      return;
    }
  } catch (error) {
    const e = error as Error;
    if (e instanceof BlockedAddressError) {
      const hop = current === url ? '' : ` (redirected to ${current})`;
      yield { uri: url, reason: `The URL${hop} points to ${e.message}; Chronicle fetches only public internet addresses (set ${ALLOW_PRIVATE_ENV}=1 to allow private networks).` };
      return;
    }
    if (e.name === 'TimeoutError' || signal.aborted) {
      yield { uri: url, reason: `The server did not answer within ${timeoutMs / 1000} s; try again later.` };
      return;
    }
    const cause = (e.cause as { code?: string; message?: string } | undefined);
    const code = cause?.code ?? cause?.message ?? (e as NodeJS.ErrnoException).code ?? e.message;
    yield { uri: url, reason: `Cannot fetch the URL (${code}); check the address and the network.` };
  }
}

/** The body, read chunk by chunk and abandoned once it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, length);
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
}
