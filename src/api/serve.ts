import { serve as listen, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import type { IngestOptions } from './ingest.js';

/** Options for `serve`. */
export interface ServeOptions {
  readonly store: Store;
  /** TCP port; 0 picks a free one (tests). Defaults to 8787. */
  readonly port?: number;
  /** Interface to bind; defaults to 127.0.0.1 so the dashboard is not on the network unless asked. */
  readonly host?: string;
  readonly ingest?: IngestOptions;
  /** Host names answered besides localhost and IP literals (`--allowed-host`). */
  readonly allowedHosts?: readonly string[];
}

/** A running server: its URL and a close() that stops accepting and waits for open requests. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: ServerType;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Starts the API and dashboard on `host:port` and resolves once it listens.
 * @example
 * const running = await serve({ store: await openStore('chronicle.db'), port: 8787 });
 * console.log(running.url); // → http://127.0.0.1:8787/
 */
export function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  // The name the server was bound to is one it serves (`--host news.internal`).
  const allowedHosts = [...(options.allowedHosts ?? []), host];
  const app = createApp({ store: options.store, allowedHosts, ...(options.ingest ? { ingest: options.ingest } : {}) });
  return new Promise((resolve, reject) => {
    const server = listen({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        server,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
}
