import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError } from './errors.js';

/**
 * Security headers for every response. The CSP allows only this origin: no CDN, no inline script
 * or style (the dashboard sets styles through classes and the CSSOM), no framing, and
 * `data:` images only for the empty favicon.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: false,
  });
}

/** Host names answered without `--allowed-host`: the loopback names. IP literals are always answered (see `hostGuard`). */
export const LOOPBACK_NAMES: readonly string[] = ['localhost'];

/** The host name of a `Host` header (`example.org:8787` → `example.org`, `[::1]:80` → `::1`), lower-cased, without a trailing dot. */
export function hostNameOf(header: string): string {
  const value = header.trim().toLowerCase();
  const name = value.startsWith('[') ? value.slice(1, value.indexOf(']') >>> 0) : value.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/**
 * Answers only requests whose `Host` names this server: the loopback names, the names given in
 * `allowed` (`--allowed-host`), and IP literals. A web page the analyst visits can make the
 * browser send requests to 127.0.0.1 under the page's own domain name by pointing that name at
 * 127.0.0.1 (DNS rebinding); the browser then treats the API as same-origin. Such requests carry
 * the attacker's name in `Host`, so they are refused here. An IP literal cannot be rebound, so it
 * is answered (which keeps `--host 0.0.0.0` reachable at the machine's address).
 */
export function hostGuard(allowed: readonly string[] = []): MiddlewareHandler {
  const names = new Set([...LOOPBACK_NAMES, ...allowed.map(hostNameOf)]);
  return async (c, next) => {
    const header = c.req.header('host') ?? new URL(c.req.url).host;
    const name = hostNameOf(header);
    if (!names.has(name) && isIP(name) === 0 && !name.endsWith('.localhost')) {
      throw new ApiError(403, 'host-not-allowed',
        `This server does not answer for the host '${header.slice(0, 100)}'; start it with --allowed-host NAME to serve a name other than localhost.`);
    }
    await next();
  };
}
