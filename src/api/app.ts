import { PassThrough, Readable } from 'node:stream';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { validator } from 'hono/validator';
import { dashboardRoutes } from '../dashboard/routes.js';
import type { Store } from '../store/index.js';
import { ApiError, badParameter, handleError, handleNotFound, notFound } from './errors.js';
import { checkBearer, MAX_INGEST_BYTES, parseIngestRequest, runIngest, type IngestOptions } from './ingest.js';
import { buildOpenApi } from './openapi.js';
import {
  checkKnown, describeFilters, FILTER_NAMES, hasEventFilters, PAGE_NAMES, parseEventQuery, parseFormat, parseInterval, parsePage, parseSort,
} from './params.js';
import { EVENT_TYPES } from './plover.js';
import { sectors } from '../kb/actor-names.js';
import { actorCounts, countEvents, dyads, eventPoints, countsByDateAndType } from './queries.js';
import { securityHeaders } from './security.js';
import { bucketTimeline } from './timeline.js';

/** What the app needs: the store to read, and optionally a coder to ingest with. */
export interface AppOptions {
  readonly store: Store;
  readonly ingest?: IngestOptions;
}

/** Package version, for /api/health. */
export const API_VERSION = '0.1.0';

type RawQuery = Record<string, string | string[]>;

/** One value per parameter: `?type=A&type=B` is a 400, not a silent pick of one. */
function single(raw: RawQuery): Record<string, string> {
  // No prototype: on a plain object `out['__proto__'] = 'x'` hits the setter and vanishes, so
  // `?__proto__=x` slipped past the unknown-parameter check (test/reliability/api-security.test.ts).
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) {
      if (value.length > 1) throw badParameter(name, `Give ${name} once; it was given ${value.length} times.`);
      out[name] = value[0] ?? '';
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** A query validator: rejects unknown or repeated parameters, then parses the rest with `parse`. */
function queryOf<T>(allowed: readonly string[], parse: (query: Record<string, string>) => T) {
  return validator('query', (raw) => {
    const query = single(raw);
    checkKnown(query, allowed);
    return parse(query);
  });
}

const filtersAndPage = queryOf([...FILTER_NAMES, ...PAGE_NAMES], (q) => ({ filter: parseEventQuery(q), page: parsePage(q) }));
const eventsQuery = queryOf([...FILTER_NAMES, ...PAGE_NAMES, 'sort', 'format'], (q) => ({
  filter: parseEventQuery(q), page: parsePage(q), pageGiven: q.limit !== undefined || q.offset !== undefined, order: parseSort(q), format: parseFormat(q),
}));

const DOWNLOAD_TYPES = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json; charset=utf-8' } as const;
const filtersOnly = queryOf(FILTER_NAMES, (q) => ({ filter: parseEventQuery(q) }));
const describeQuery = queryOf(FILTER_NAMES, (q) => ({ filters: describeFilters(q) }));
const timelineQuery = queryOf([...FILTER_NAMES, 'interval'], (q) => ({ filter: parseEventQuery(q), interval: parseInterval(q) }));
const locationsQuery = queryOf([...FILTER_NAMES, 'limit'], (q) => ({ filter: parseEventQuery(q), limit: parsePage(q, 2000).limit }));
const noParameters = queryOf([], () => ({}));

const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;

function docIdParam(value: string): string {
  if (!DOC_ID.test(value)) throw badParameter('id', `A document id is letters, digits, - or _ (e.g. 3f2a9c…), not '${value}'.`);
  return value;
}

/**
 * The Chronicle HTTP app: a read-only JSON API under `/api` and the offline dashboard at `/`.
 * It does not listen; `serve()` does, and tests call `app.request()`.
 * Ingest (`POST /api/ingest`) exists only when `ingest.enabled` and needs `ingest.token`.
 *
 * @example
 * const app = createApp({ store: await openStore('chronicle.db') });
 * const res = await app.request('/api/events?type=ASSAULT&limit=2');
 * await res.json(); // → { total: 4, limit: 2, offset: 0, events: [ … ] }
 */
export function createApp(options: AppOptions): Hono {
  const { store, ingest } = options;
  if (ingest?.enabled && !ingest.token) {
    throw new Error('Ingest over HTTP needs a token: pass ingest.token (chronicle serve --enable-ingest --token T).');
  }
  const app = new Hono();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use('*', securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });

  app.get('/api/health', noParameters, async (c) => {
    return c.json({ status: 'ok', version: API_VERSION, dialect: store.dialect, ingest: Boolean(ingest?.enabled) });
  });

  app.get('/api/summary', noParameters, async (c) => c.json(await store.summary()));

  app.get('/api/event-types', noParameters, (c) => c.json({ eventTypes: EVENT_TYPES }));

  app.get('/api/sectors', noParameters, (c) => c.json({ sectors: sectors() }));

  app.get('/api/events', eventsQuery, async (c) => {
    const { filter, page, pageGiven, order, format } = c.req.valid('query');
    if (format !== 'json') {
      // Every matching event (a page only when one is asked for), in the list's order, with the
      // columns of `chronicle export`: the same writers stream it.
      const { exportEvents } = await import('../export/index.js');
      const body = new PassThrough();
      const scope = { ...filter, order, ...(pageGiven ? { limit: page.limit, offset: page.offset } : {}) };
      exportEvents(store, format, body, scope).then(() => body.end(), (error: unknown) => {
        console.error('chronicle serve: export failed', error);
        body.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return c.body(Readable.toWeb(body) as ReadableStream, 200, {
        'content-type': DOWNLOAD_TYPES[format],
        'content-disposition': `attachment; filename="chronicle-events.${format}"`,
      });
    }
    const [total, events] = await Promise.all([
      countEvents(store.db, filter),
      store.queryEvents({ ...filter, order, limit: page.limit, offset: page.offset }),
    ]);
    return c.json({ total, limit: page.limit, offset: page.offset, sort: order, events });
  });

  app.get('/api/filters', describeQuery, (c) => c.json(c.req.valid('query')));

  app.get('/api/events/:docId/:eventId', noParameters, async (c) => {
    const docId = docIdParam(c.req.param('docId'));
    const eventId = c.req.param('eventId');
    const events = await store.queryEvents({ docId });
    const event = events.find((e) => e.id === eventId);
    if (event === undefined) throw notFound(`No event '${eventId}' in document '${docId}'; list them with /api/events?doc=${docId}.`);
    const doc = await store.getDocument(docId);
    return c.json({
      event,
      document: doc === undefined ? null : { id: doc.id, title: doc.source.title ?? null, publishedAt: doc.source.publishedAt ?? null, url: doc.source.url ?? null },
    });
  });

  app.get('/api/aggregates/timeline', timelineQuery, async (c) => {
    const { filter, interval } = c.req.valid('query');
    return c.json(bucketTimeline(await countsByDateAndType(store.db, filter), interval));
  });

  app.get('/api/aggregates/dyads', filtersOnly, async (c) => {
    const { filter } = c.req.valid('query');
    const list = await dyads(store.db, filter);
    return c.json({ total: list.length, dyads: list });
  });

  app.get('/api/aggregates/locations', locationsQuery, async (c) => {
    const { filter, limit } = c.req.valid('query');
    return c.json(await eventPoints(store.db, filter, limit));
  });

  app.get('/api/actors', filtersAndPage, async (c) => {
    const { filter, page } = c.req.valid('query');
    const all = await actorCounts(store.db, filter);
    return c.json({ total: all.length, limit: page.limit, offset: page.offset, actors: all.slice(page.offset, page.offset + page.limit) });
  });

  app.get('/api/documents', filtersAndPage, async (c) => {
    const { filter, page } = c.req.valid('query');
    const events = hasEventFilters(filter) ? filter : undefined;
    const [total, documents] = await Promise.all([
      store.countDocuments(events),
      store.listDocuments(page.limit, page.offset, { order: 'newest', ...(events ? { events } : {}) }),
    ]);
    return c.json({ total, limit: page.limit, offset: page.offset, filtered: events !== undefined, documents });
  });

  app.get('/api/documents/:id', noParameters, async (c) => {
    const id = docIdParam(c.req.param('id'));
    const document = await store.getDocument(id);
    if (document === undefined) throw notFound(`No document '${id}'; list them with /api/documents.`);
    const events = await store.queryEvents({ docId: id });
    return c.json({ document, events });
  });

  app.post(
    '/api/ingest',
    async (c, next) => {
      if (!ingest?.enabled) {
        throw new ApiError(403, 'ingest-disabled', 'Ingest over HTTP is disabled; start the server with --enable-ingest --token T.');
      }
      checkBearer(c.req.header('authorization'), ingest.token!);
      await next();
    },
    bodyLimit({
      maxSize: MAX_INGEST_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload-too-large', `The request body is larger than ${MAX_INGEST_BYTES / 1024} KiB; send fewer articles per request.`);
      },
    }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw badParameter('body', 'The body must be JSON, e.g. {"articles": [{"text": "…", "published": "2022-10-04"}]}.');
      }
      const request = parseIngestRequest(body);
      return c.json(await runIngest(store, ingest!, request));
    },
  );

  app.get('/api/openapi.json', noParameters, (c) => c.json(buildOpenApi()));

  app.route('/', dashboardRoutes());
  return app;
}
