import { DEFAULT_LIMIT, EVENT_FORMATS, INTERVALS, MAX_LIMIT, MAX_TEXT, SORTS } from './params.js';
import { EVENT_TYPES } from './plover.js';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

function query(name: string, description: string, schema: Json): Json {
  return { name, in: 'query', required: false, description, schema };
}

const PARTY_VALUE = 'a code (ARM, UNO), a country or organisation name (Armenia, armenian, United Nations), CODE/SECTOR (NGA/COP), '
  + '-/SECTOR for parties without a country (-/REB), "words" for a party with neither (exact, as the network names it), '
  + 'or words the party\'s text contains (police)';

const FILTERS: readonly Json[] = [
  query('type', `PLOVER event types, case-insensitive, several separated by commas (${EVENT_TYPES.slice(0, 2).map((t) => t.event).join(',')}).`, { type: 'string' }),
  query('mode', 'PLOVER mode, e.g. release, aerial.', { type: 'string', pattern: '^[a-z][a-z-]{0,39}$' }),
  query('actor', `Who acted (the actor role): ${PARTY_VALUE}.`, { type: 'string', maxLength: MAX_TEXT }),
  query('recipient', `Who it was done to (the recipient role): ${PARTY_VALUE}.`, { type: 'string', maxLength: MAX_TEXT }),
  query('party', `A party in any role (actor, recipient or third party): ${PARTY_VALUE}.`, { type: 'string', maxLength: MAX_TEXT }),
  query('country', 'A country code or name: a party of the event in any role, or the country where it happened.', { type: 'string', maxLength: MAX_TEXT }),
  query('sector', 'A PLOVER sector code of any party (GOV, MIL, COP, REB, CVL …).', { type: 'string', pattern: '^[A-Za-z]{3}$' }),
  query('q', 'Words that must all begin words of the evidence sentence, the parties (words, codes, names) or the place; "quoted phrase" for a phrase.', { type: 'string', maxLength: 200 }),
  query('bbox', 'Only events located in west,south,east,north (degrees).', { type: 'string' }),
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
      evidence: { type: 'object', properties: { sentence: ref('TextSpan'), trigger: ref('TextSpan'), mentions: { type: 'array', description: 'other places the article tells the same act, merged into this event', items: { type: 'object', properties: { sentence: ref('TextSpan'), trigger: ref('TextSpan') } } } } },
      confidence: { type: 'number' }, cameo: { type: ['string', 'null'] }, why: { type: 'array', items: { type: 'string' } },
    },
  },
  Document: {
    type: 'object',
    properties: {
      id: { type: 'string' }, source: { type: 'object' }, status: { type: 'string', enum: ['coded', 'skipped', 'failed'] },
      statusReason: { type: ['string', 'null'] }, rawLength: { type: 'integer' }, runId: { type: 'string' }, createdAt: { type: 'string' }, eventCount: { type: 'integer' },
      matchingEvents: { type: 'integer', description: 'With filters: events of the document that match them.' },
      lead: { type: 'string', description: 'For a document without a title: the first line of its text.' },
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
      '/api/sectors': get('The PLOVER sector codes with their definitions', [], { type: 'object', properties: { sectors: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, definition: { type: 'string' } } } } } }),
      '/api/events': {
        get: {
          summary: 'Events matching the filters: one page as JSON, or all of them as CSV or GeoJSON',
          description: 'sort=-date (the default) lists newest first with undated events last. format=csv|geojson downloads every matching event in that order, with the columns of `chronicle export`.',
          parameters: [
            ...FILTERS, ...PAGE,
            query('sort', 'Order.', { type: 'string', enum: [...SORTS], default: '-date' }),
            query('format', 'json: a page; csv or geojson: every matching event, as a download.', { type: 'string', enum: [...EVENT_FORMATS], default: 'json' }),
          ],
          responses: {
            '200': {
              description: 'The events',
              content: {
                'application/json': { schema: page('events', ref('Event')) },
                'text/csv': { schema: { type: 'string' } },
                'application/geo+json': { schema: { type: 'object' } },
              },
            },
            ...(ERRORS as object),
          },
        },
      },
      '/api/filters': get('How the API reads each given filter, in words', FILTERS, { type: 'object', properties: { filters: { type: 'array', items: { type: 'object', properties: { parameter: { type: 'string' }, value: { type: 'string' }, meaning: { type: 'string' } } } } } }, 'E.g. actor=Armenia → "Armenia (ARM) as actor"; a 400 names a filter the API cannot read.'),
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
      '/api/aggregates/timeline': get('Event counts per period, type and background flag', [...FILTERS, query('interval', 'Bar width; auto picks the finest that places most dated events in at most 240 bars.', { type: 'string', enum: ['auto', ...INTERVALS], default: 'auto' })], {
        type: 'object',
        properties: {
          interval: { type: 'string' }, auto: { type: 'boolean' }, total: { type: 'integer' },
          buckets: { type: 'array', items: { type: 'object', properties: { period: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, total: { type: 'integer' }, counts: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, background: { type: 'boolean' }, count: { type: 'integer' } } } } } } },
          unplaced: { type: 'array', description: 'Events whose date is coarser than the interval, or undated.', items: { type: 'object', properties: { precision: { type: 'string' }, count: { type: 'integer' } } } },
        },
      }, 'An event is drawn only where its date is at least as precise as the interval; the rest are counted under unplaced.'),
      '/api/aggregates/dyads': get('Directed actor → recipient pairs (party keys: ARM, -/REB, "gunmen") with event counts per type; self-pairs included', FILTERS, { type: 'object', properties: { total: { type: 'integer' }, dyads: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, count: { type: 'integer' }, byType: { type: 'object', additionalProperties: { type: 'integer' } } } } } } }),
      '/api/aggregates/locations': get('Events with coordinates, largest death tolls first', [...FILTERS, query('limit', `Most points, 1–${MAX_LIMIT}.`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT })], { type: 'object', properties: { total: { type: 'integer' }, points: { type: 'array', items: {
        type: 'object',
        properties: {
          docId: { type: 'string' }, eventId: { type: 'string' }, type: { type: 'string' }, date: { type: ['string', 'null'] }, datePrecision: { type: ['string', 'null'] },
          dateRule: { type: 'string' }, background: { type: 'boolean' }, modality: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' },
          place: { type: ['string', 'null'] }, level: { type: ['string', 'null'], enum: ['city', 'site', 'region', 'country', null] },
          countryCode: { type: ['string', 'null'] }, countryName: { type: ['string', 'null'] },
          dead: { type: ['number', 'null'], description: 'Deaths that size the map: current, asserted or reported, dated to a day or month, a number (not "dozens").' },
          deadReported: { type: ['number', 'null'] }, deadLeftOut: { type: ['string', 'null'], description: 'Why a reported toll does not size the map.' },
          injured: { type: ['number', 'null'] },
        },
      } } } }),
      '/api/actors': get('Parties with event counts (overall and per role), parties without a code by sector or words', [...FILTERS, ...PAGE], page('actors', { type: 'object', properties: { key: { type: 'string' }, code: { type: ['string', 'null'] }, sector: { type: ['string', 'null'] }, label: { type: 'string' }, name: { type: ['string', 'null'] }, events: { type: 'integer' }, asActor: { type: 'integer' }, asRecipient: { type: 'integer' }, asThirdParty: { type: 'integer' } } })),
      '/api/documents': get('Stored documents without their text, newest first; with filters, those with a matching event', [...FILTERS, ...PAGE], page('documents', ref('Document'))),
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
