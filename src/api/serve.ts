import { serve as listen, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.js';
import type { AddressInfo } from 'node:net';
import { dashboardRoutes } from '../dashboard/routes.js';
import type { Store } from '../store/index.js';
import { ApiError, handleError, handleNotFound } from './errors.js';
import type { IngestOptions } from './ingest.js';
import { securityHeaders } from './security.js';

/** Options for `serve`. */
export interface ServeOptions {
  /**
   * The store, or the promise of one: the server listens at once and answers the API with 503
   * "starting" until the store is open (migrations on a large store can take a while).
   */
  readonly store: Store | Promise<Store>;
  /** TCP port; 0 picks a free one (tests). Defaults to 8787. */
  readonly port?: number;
  /** Interface to bind; defaults to 127.0.0.1 so the dashboard is not on the network unless asked. */
  readonly host?: string;
  /** Ingest over HTTP, or the promise of it (the coder takes a second to load). */
  readonly ingest?: IngestOptions | Promise<IngestOptions>;
}

/** A running server: its URL, whether it is ready, and a close() that stops accepting and waits for open requests. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: ServerType;
  /** Resolves once the store (and coder) are loaded and the API answers; rejects if loading failed. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export { DEFAULT_HOST, DEFAULT_PORT };

/**
 * What answers while the store opens: the dashboard's page and files (they need no store), and
 * 503 for the API with `Retry-After`, so the dashboard shows "starting" and asks again. After a
 * failed start the API says why.
 */
function startingApp(failure: () => Error | undefined): Hono {
  const app = new Hono();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use('*', securityHeaders());
  app.use('/api/*', () => {
    const error = failure();
    throw error === undefined
      ? new ApiError(503, 'starting', 'The server is opening the store; try again in a moment.')
      : new ApiError(503, 'start-failed', `The server could not start: ${error.message}`);
  });
  app.route('/', dashboardRoutes());
  return app;
}

/**
 * Starts the API and dashboard on `host:port` and resolves once it listens, before the API is
 * loaded and the store open (`ready` says when the API answers; until then it is 503 "starting").
 * @example
 * const running = await serve({ store: openStore('chronicle.db'), port: 8787 });
 * console.log(running.url); // → http://127.0.0.1:8787/
 * await running.ready;
 */
export function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  let failed: Error | undefined;
  let app: Hono = startingApp(() => failed);
  // The API (queries, filters, the knowledge base's names) loads after listening, with the store.
  const ready = Promise.all([options.store, options.ingest, import('./app.js')]).then(([store, ingest, { createApp }]) => {
    app = createApp({ store, ...(ingest ? { ingest } : {}) });
  }, (error: unknown) => {
    failed = error instanceof Error ? error : new Error(String(error));
    throw failed;
  });
  // Whoever awaits `ready` sees the failure; this keeps an unawaited one from crashing the process.
  ready.catch(() => undefined);
  return new Promise((resolve, reject) => {
    const server = listen({ fetch: (request, env) => app.fetch(request, env), port: options.port ?? DEFAULT_PORT, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        server,
        ready,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
}
