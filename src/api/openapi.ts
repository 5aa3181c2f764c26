import { DEFAULT_LIMIT, INTERVALS, MAX_LIMIT } from './params.js';
import { EVENT_TYPES } from './plover.js';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

function query(name: string, description: string, schema: Json): Json {
  return { name, in: 'query', required: false, description, schema };
}

const FILTERS: readonly Json[] = [
  query('type', 'PLOVER event type (case-insensitive).', { type: 'string', enum: EVENT_TYPES.map((t) => t.event) }),
  query('mode', 'PLOVER mode, e.g. release, aerial.', { type: 'string', pattern: '^[a-z][a-z-]{0,39}$' }),
  query('actor', 'Actor code in any role (ARM, USA, IGO).', { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]{1,11}$' }),
  query('recipient', 'Code that must be among the recipients.', { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]{1,11}$' }),
  query('since', 'Keep events whose date period overlaps [since, …).', { type: 'string', pattern: DATE_PATTERN }),
  query('until', 'Keep events whose date period overlaps (…, until].', { type: 'string', pattern: DATE_PATTERN }),
  query('background', 'true: only background (historical) events; false: only current ones.', { type: 'boolean' }),
  query('doc', 'Only events of this document.', { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' }),
];

const PAGE: readonly Json[] = [
  query('limit', `Page size, 1–${MAX_LIMIT}.`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }),
  query('offset', 'Items to skip.', { type: 'integer', minimum: 0, default: 0 }),
];

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

function ok(description: string, schema: Json): Json {
  return { description, content: { 'application/json': { schema } } };
}

const ERRORS: Json = {
  '400': ok('A bad parameter: the message names it and says what to send.', ref('Error')),
  '404': ok('Unknown id or route.', ref('Error')),
};

function get(summary: string, parameters: readonly Json[], schema: Json, description = ''): Json {
  return { get: { summary, description, parameters, responses: { '200': ok(summary, schema), ...(ERRORS as object) } } };
}

function page(itemsKey: string, item: Json): Json {
  return {
    type: 'object',
    required: ['total', 'limit', 'offset', itemsKey],
    properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, [itemsKey]: { type: 'array', items: item } },
  };
}

const PARTY: Json = {
  type: 'object',
  properties: { code: { type: ['string', 'null'] }, sector: { type: ['string', 'null'] }, text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } },
};

const SCHEMAS: Json = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['status', 'code', 'message'],
        properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, parameter: { type: 'string' } },
      },
    },
  },
  TextSpan: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } },
  Party: PARTY,
  Event: {
    type: 'object',
    description: 'A coded PLOVER event (the CodedEvent record of the CLI JSONL contract). Offsets index the document\'s cleaned text.',
    required: ['id', 'doc_id', 'source', 'event', 'actor', 'recipient', 'date', 'background', 'evidence'],
    properties: {
      id: { type: 'string' }, doc_id: { type: 'string', description: 'Content hash of the article.' },
      source: {
        type: 'object',
        description: 'The article: `id` is the input\'s own id (JSONL `id`, feed guid, WARC-Record-ID, or the path inside the folder given).',
        required: ['id', 'url', 'title', 'outlet', 'published'],
        properties: {
          id: { type: 'string' }, url: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
        },
      },
      event: { type: 'string' }, mode: { type: ['string', 'null'] },
      context: { type: 'array', items: { type: 'string' } },
      actor: { type: 'array', items: ref('Party') }, recipient: { type: 'array', items: ref('Party') }, third_party: { type: 'array', items: ref('Party') },
      date: { type: ['string', 'null'] }, date_precision: { type: ['string', 'null'] },
      date_source: { type: 'object', properties: { rule: { type: 'string' }, text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } },
      background: { type: 'boolean' }, modality: { type: 'string' },
      size: { type: 'object', additionalProperties: { type: 'object', properties: { value: { type: 'number' }, qualifier: { type: 'string' }, text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } } },
      event_loc: { type: ['object', 'null'] },
      evidence: { type: 'object', properties: { sentence: ref('TextSpan'), trigger: ref('TextSpan') } },
      confidence: { type: 'number' }, cameo: { type: ['string', 'null'] }, why: { type: 'array', items: { type: 'string' } },
    },
  },
  Document: {
    type: 'object',
    properties: {
      id: { type: 'string' }, source: { type: 'object' }, status: { type: 'string', enum: ['coded', 'skipped', 'failed'] },
      statusReason: { type: ['string', 'null'] }, rawLength: { type: 'integer' }, runId: { type: 'string' }, createdAt: { type: 'string' }, eventCount: { type: 'integer' },
    },
  },
};

/**
 * The OpenAPI 3.1 description of every route of `createApp` (a test checks the two agree).
 * Written by hand, so it says what the parameters mean, not only their types.
 */
export function buildOpenApi(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chronicle API',
      version: '0.1.0',
      description: 'Read-only access to coded PLOVER events with their evidence spans, plus opt-in ingest. Errors are JSON: {"error": {status, code, message, parameter?}}.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': get('Liveness and configuration', [], { type: 'object', properties: { status: { const: 'ok' }, version: { type: 'string' }, dialect: { type: 'string' }, ingest: { type: 'boolean' } } }),
      '/api/summary': get('Totals over the store', [], { type: 'object', properties: { documents: { type: 'integer' }, events: { type: 'integer' }, byType: { type: 'object', additionalProperties: { type: 'integer' } } } }),
      '/api/event-types': get('The 16 PLOVER event types with quad class and score', [], { type: 'object', properties: { eventTypes: { type: 'array', items: { type: 'object', properties: { event: { type: 'string' }, quadCode: { type: 'integer' }, quadClass: { type: 'string' }, score: { type: 'number' }, definition: { type: 'string' }, modes: { type: 'array', items: { type: 'string' } } } } } } }),
      '/api/events': get('Events matching the filters, one page', [...FILTERS, ...PAGE], page('events', ref('Event')), 'Ordered by date (undated last), document, evidence offset.'),
      '/api/events/{docId}/{eventId}': {
        get: {
          summary: 'One event with its document\'s title and date',
          parameters: [
            { name: 'docId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'eventId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': ok('The event', { type: 'object', properties: { event: ref('Event'), document: { type: ['object', 'null'] } } }), ...(ERRORS as object) },
        },
      },
      '/api/aggregates/timeline': get('Event counts per period, type and background flag', [...FILTERS, query('interval', 'Bar width.', { type: 'string', enum: [...INTERVALS], default: 'month' })], {
        type: 'object',
        properties: {
          interval: { type: 'string' }, total: { type: 'integer' },
          buckets: { type: 'array', items: { type: 'object', properties: { period: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, total: { type: 'integer' }, counts: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, background: { type: 'boolean' }, count: { type: 'integer' } } } } } } },
          unplaced: { type: 'array', description: 'Events whose date is coarser than the interval, or undated.', items: { type: 'object', properties: { precision: { type: 'string' }, count: { type: 'integer' } } } },
        },
      }, 'An event is drawn only where its date is at least as precise as the interval; the rest are counted under unplaced.'),
      '/api/aggregates/dyads': get('Directed actor → recipient pairs with counts per type', FILTERS, { type: 'object', properties: { total: { type: 'integer' }, dyads: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, count: { type: 'integer' }, byType: { type: 'object', additionalProperties: { type: 'integer' } } } } } } }),
      '/api/aggregates/locations': get('Events with coordinates, largest death tolls first', [...FILTERS, query('limit', `Most points, 1–${MAX_LIMIT}.`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT })], { type: 'object', properties: { total: { type: 'integer' }, points: { type: 'array', items: { type: 'object', properties: { docId: { type: 'string' }, eventId: { type: 'string' }, type: { type: 'string' }, date: { type: ['string', 'null'] }, background: { type: 'boolean' }, lat: { type: 'number' }, lon: { type: 'number' }, place: { type: ['string', 'null'] }, dead: { type: ['number', 'null'] }, injured: { type: ['number', 'null'] } } } } } }),
      '/api/actors': get('Actor codes with event counts (overall and per role)', [...FILTERS, ...PAGE], page('actors', { type: 'object', properties: { code: { type: 'string' }, name: { type: ['string', 'null'] }, events: { type: 'integer' }, asActor: { type: 'integer' }, asRecipient: { type: 'integer' }, asThirdParty: { type: 'integer' } } })),
      '/api/documents': get('Stored documents without their text, in ingest order', PAGE, page('documents', ref('Document'))),
      '/api/documents/{id}': {
        get: {
          summary: 'One document with its cleaned text, sentence spans and events (the article view)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('The document and its events', { type: 'object', properties: { document: ref('Document'), events: { type: 'array', items: ref('Event') } } }), ...(ERRORS as object) },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Code and store articles given as text or URLs (disabled unless the server enables it)',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    articles: { type: 'array', maxItems: 20, items: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, published: { type: 'string', pattern: DATE_PATTERN } } } },
                    urls: { type: 'array', maxItems: 20, items: { type: 'string', format: 'uri' } },
                    published: { type: 'string', pattern: DATE_PATTERN },
                  },
                },
              },
            },
          },
          responses: {
            '200': ok('One result per input', { type: 'object', properties: { runId: { type: 'string' }, results: { type: 'array', items: { type: 'object', properties: { input: { type: 'string' }, status: { type: 'string', enum: ['inserted', 'exists', 'skipped', 'failed'] }, docId: { type: 'string' }, events: { type: 'integer' }, reason: { type: 'string' } } } } } }),
            '400': ok('Bad body.', ref('Error')),
            '401': ok('Missing or wrong bearer token.', ref('Error')),
            '403': ok('Ingest is disabled on this server.', ref('Error')),
            '413': ok('Body larger than 1 MiB.', ref('Error')),
          },
        },
      },
      '/api/openapi.json': get('This description', [], { type: 'object' }),
    },
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
