import { actorName, codeForName, isKnownCode, sectorName } from '../kb/actor-names.js';
import type { EventFilter, EventOrder, PartyFilter } from '../store/index.js';
import type { PartyRole } from '../store/index.js';
import { badParameter } from './errors.js';
import { EVENT_TYPE_NAMES } from './plover.js';

/** Filters shared by the event list, the exports and every aggregate: the store's filter, checked. */
export type EventQuery = EventFilter;

export interface PageQuery {
  readonly limit: number;
  readonly offset: number;
}

export type Interval = 'day' | 'week' | 'month' | 'year';

export const FILTER_NAMES = [
  'type', 'mode', 'actor', 'recipient', 'party', 'country', 'sector', 'q', 'since', 'until', 'background', 'doc', 'bbox',
] as const;
export const PAGE_NAMES = ['limit', 'offset'] as const;
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'year'];
export const SORTS: readonly EventOrder[] = ['-date', 'date', 'type', '-type', '-dead', 'dead'];
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;
/** Longest party words or search text accepted: a name or a phrase, not a document. */
export const MAX_TEXT = 100;

type Query = Record<string, string>;

const MODE = /^[a-z][a-z-]{0,39}$/;
// ISO alpha-3 (ARM), PLOVER organisation codes (IGO, UNO, NGO) and longer agent codes (e.g. UNHCR).
const CODE = /^[A-Z][A-Z0-9]{1,11}$/;
const SECTOR = /^[A-Z]{3}$/;
const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// Control characters never belong in a name or a search, and PostgreSQL refuses NUL in text.
const CONTROL = /\p{Cc}/u;

/**
 * Rejects parameters a route does not know, so a typo (`?tpye=ASSAULT`) is a 400 rather than a
 * silently unfiltered answer.
 */
export function checkKnown(query: Query, allowed: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!allowed.includes(name)) {
      const list = allowed.length > 0 ? `use one of: ${allowed.join(', ')}` : 'this route takes no parameters';
      throw badParameter(name, `Unknown parameter '${name}'; ${list}.`);
    }
  }
}

function isRealDate(year: number, month: number | undefined, day: number | undefined): boolean {
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks a date bound: `2022`, `2022-09` or `2022-09-20`, and a real calendar date. */
export function parseDateBound(name: string, value: string): string {
  const match = DATE.exec(value);
  const month = match?.[2] === undefined ? undefined : Number(match[2]);
  const day = match?.[3] === undefined ? undefined : Number(match[3]);
  if (!match || !isRealDate(Number(match[1]), month, day)) {
    throw badParameter(name, `${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-09), not '${value}'.`);
  }
  return value;
}

function parseBoolean(name: string, value: string): boolean {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw badParameter(name, `${name} must be true or false, not '${value}'.`);
}

function checkText(name: string, value: string, max = MAX_TEXT): string {
  const text = value.trim();
  if (CONTROL.test(text) || text.length > max) {
    throw badParameter(name, `${name} must be at most ${max} characters without control characters.`);
  }
  return text;
}

/**
 * What a party box means, read in this order:
 * `-/REB` parties without a country of sector REB; `NGA/COP` Nigerian police; `"gunmen"` a
 * party with neither country nor sector whose words are exactly these (the last two are the keys
 * the network and the actor list give parties without a code); a known code (`ARM`, `UNO`); a country or organisation
 * name (`Armenia`, `armenian`, `United Nations`); an upper-case code the knowledge base does not
 * know (`UNHCR`); a PLOVER sector (`REB`: rebels of any country); anything else is words the
 * party's text contains (`police`).
 */
export function parsePartyValue(name: string, raw: string): Omit<PartyFilter, 'role'> {
  const value = checkText(name, raw);
  const noCountry = /^-\/([A-Za-z]{3})$/.exec(value);
  if (noCountry) return { code: null, sector: checkSector(name, noCountry[1]!.toUpperCase()) };
  const withSector = /^([A-Za-z][A-Za-z0-9]{1,11})\/([A-Za-z]{3})$/.exec(value);
  if (withSector) return { code: withSector[1]!.toUpperCase(), sector: checkSector(name, withSector[2]!.toUpperCase()) };
  const quoted = /^"(.+)"$/.exec(value);
  if (quoted) return { code: null, sector: null, text: { equals: quoted[1]! } };
  const upper = value.toUpperCase();
  if (CODE.test(upper) && isKnownCode(upper)) return { code: upper };
  const named = codeForName(value);
  if (named !== undefined) return { code: named };
  if (CODE.test(value) && !(SECTOR.test(value) && sectorName(value) !== undefined)) return { code: value };
  if (SECTOR.test(value) && sectorName(value) !== undefined) return { sector: value };
  if (value.length < 2) {
    throw badParameter(name, `${name} must be an actor code (ARM), a name (Armenia), CODE/SECTOR (NGA/COP), -/SECTOR (-/REB) or words of at least 2 characters, not '${raw}'.`);
  }
  return { text: { contains: value } };
}

function checkSector(name: string, sector: string): string {
  if (sectorName(sector) === undefined) throw badParameter(name, `${sector} is not a PLOVER sector code such as GOV, MIL, COP, REB or CVL.`);
  return sector;
}

/** `ARM`, `Armenia` or `armenian` → ARM; throws a 400 for anything that names no country. */
function parseCountry(value: string): string {
  const text = checkText('country', value);
  const upper = text.toUpperCase();
  const code = CODE.test(upper) && isKnownCode(upper) ? upper : codeForName(text);
  if (code === undefined) throw badParameter('country', `country must be a country code or name (e.g. SYR or Syria), not '${value}'.`);
  return code;
}

/** `ASSAULT` or `ASSAULT,PROTEST` (case-insensitive) → the checked upper-case types. */
function parseTypes(value: string): string[] {
  const types = [...new Set(value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean))];
  const bad = types.find((t) => !EVENT_TYPE_NAMES.has(t));
  if (bad !== undefined || types.length === 0) {
    throw badParameter('type', `type must be PLOVER event types separated by commas (${[...EVENT_TYPE_NAMES].join(', ')}), not '${value}'.`);
  }
  return types;
}

/** `west,south,east,north` in degrees, e.g. `35.5,32,42.5,37.5`. */
function parseBox(value: string): NonNullable<EventFilter['bbox']> {
  const numbers = value.split(',').map((n) => (/^-?\d+(\.\d+)?$/.test(n.trim()) ? Number(n) : Number.NaN));
  const [west, south, east, north] = numbers as [number, number, number, number];
  const ok = numbers.length === 4 && numbers.every(Number.isFinite) && south <= north && south >= -90 && north <= 90 && west >= -180 && east <= 180 && west <= 180 && east >= -180;
  if (!ok) throw badParameter('bbox', `bbox must be west,south,east,north in degrees with south ≤ north (e.g. 35.5,32,42.5,37.5), not '${value}'.`);
  return { west, south, east, north };
}

const ROLE_OF: Readonly<Record<'actor' | 'recipient' | 'party', PartyRole | undefined>> = { actor: 'actor', recipient: 'recipient', party: undefined };

/** Reads the shared event filters; throws a 400 ApiError naming the first bad one. */
export function parseEventQuery(query: Query): EventQuery {
  const out: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  const given = (name: string): string | undefined => (query[name] !== undefined && query[name] !== '' ? query[name] : undefined);
  const type = given('type');
  if (type !== undefined) {
    const types = parseTypes(type);
    if (types.length === 1) out.type = types[0]!;
    else out.types = types;
  }
  const mode = given('mode');
  if (mode !== undefined) {
    const normal = mode.trim().toLowerCase();
    if (!MODE.test(normal)) throw badParameter('mode', `mode must be a PLOVER mode such as release or aerial, not '${mode}'.`);
    out.mode = normal;
  }
  const parties: PartyFilter[] = [];
  for (const name of ['actor', 'recipient', 'party'] as const) {
    const value = given(name);
    if (value === undefined) continue;
    const role = ROLE_OF[name];
    parties.push({ ...(role !== undefined ? { role } : {}), ...parsePartyValue(name, value) });
  }
  const sector = given('sector');
  if (sector !== undefined) parties.push({ sector: checkSector('sector', checkText('sector', sector).toUpperCase()) });
  if (parties.length > 0) out.parties = parties;
  const country = given('country');
  if (country !== undefined) out.country = parseCountry(country);
  const q = given('q');
  if (q !== undefined) {
    const text = checkText('q', q, 200);
    if (!/[\p{L}\p{N}]/u.test(text)) throw badParameter('q', `q must hold at least one word (letters or digits), not '${q}'.`);
    out.search = text;
  }
  const since = given('since');
  if (since !== undefined) out.since = parseDateBound('since', since);
  const until = given('until');
  if (until !== undefined) out.until = parseDateBound('until', until);
  // Compare the shared prefix: since 2022-09 and until 2022-09-10 overlap; since 2022-10 and until 2022-09 do not.
  if (out.since !== undefined && out.until !== undefined) {
    const length = Math.min(out.since.length, out.until.length);
    if (out.since.slice(0, length) > out.until.slice(0, length)) {
      throw badParameter('since', `since (${out.since}) is after until (${out.until}); swap them.`);
    }
  }
  const background = given('background');
  if (background !== undefined) out.background = parseBoolean('background', background);
  const doc = given('doc');
  if (doc !== undefined) {
    if (!DOC_ID.test(doc)) throw badParameter('doc', `doc must be a document id (letters, digits, - or _), not '${doc}'.`);
    out.docId = doc;
  }
  const bbox = given('bbox');
  if (bbox !== undefined) out.bbox = parseBox(bbox);
  return out;
}

/** Whether a filter narrows the events at all (the articles list then shows only articles with a match). */
export function hasEventFilters(filter: EventQuery): boolean {
  return Object.keys(filter).length > 0;
}

/** One filter as a person reads it, for the dashboard's chips: `{parameter: 'actor', meaning: 'Armenia (ARM) acted'}`. */
export interface FilterMeaning {
  readonly parameter: string;
  readonly value: string;
  readonly meaning: string;
}

function partyMeaning(party: Omit<PartyFilter, 'role'>): string {
  const sector = party.sector ? `sector ${party.sector}${sectorName(party.sector) ? ` (${sectorName(party.sector)})` : ''}` : '';
  if (party.text !== undefined) {
    return 'equals' in party.text ? `a party without country or sector whose words are “${party.text.equals}”` : `a party whose words contain “${party.text.contains}”`;
  }
  if (party.code === null) return `a party without a country, ${sector}`;
  if (party.code !== undefined) {
    const name = actorName(party.code);
    const who = name === undefined ? party.code : `${name} (${party.code})`;
    return party.sector ? `${who}, ${sector}` : who;
  }
  return `any party of ${sector}`;
}

const ROLE_WORDS: Readonly<Record<string, string>> = { actor: 'as actor', recipient: 'as recipient', party: 'in any role' };

/** How the API reads each given filter, for people: the check a user needs when "Armenia" should have meant ARM. */
export function describeFilters(query: Query): FilterMeaning[] {
  const filter = parseEventQuery(query);
  const out: FilterMeaning[] = [];
  for (const [parameter, value] of Object.entries(query)) {
    if (value === '' || !(FILTER_NAMES as readonly string[]).includes(parameter)) continue;
    let meaning: string;
    switch (parameter) {
      case 'actor':
      case 'recipient':
      case 'party':
        meaning = `${partyMeaning(parsePartyValue(parameter, value))} ${ROLE_WORDS[parameter]}`;
        break;
      case 'sector':
        meaning = `${partyMeaning({ sector: value.trim().toUpperCase() })} in any role`;
        break;
      case 'country': {
        const code = filter.country!;
        meaning = `${actorName(code) ?? code} (${code}) as a party or the place`;
        break;
      }
      case 'type':
        meaning = (filter.types ?? [filter.type!]).join(' or ');
        break;
      case 'q':
        meaning = `words: ${value}`;
        break;
      case 'background':
        meaning = filter.background ? 'background (historical) events only' : 'current events only';
        break;
      case 'bbox':
        meaning = 'inside the chosen map area';
        break;
      case 'doc':
        meaning = 'one article';
        break;
      default:
        meaning = `${parameter} ${value}`;
    }
    out.push({ parameter, value, meaning });
  }
  return out;
}

function parseCount(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!(Number.isSafeInteger(n) && n >= min && n <= max)) {
    throw badParameter(name, `${name} must be a whole number from ${min} to ${max}, not '${value}'.`);
  }
  return n;
}

/** Reads `limit` (1–500, default 50) and `offset` (≥ 0, default 0). */
export function parsePage(query: Query, defaultLimit = DEFAULT_LIMIT): PageQuery {
  return {
    limit: parseCount('limit', query.limit, defaultLimit, 1, MAX_LIMIT),
    offset: parseCount('offset', query.offset, 0, 0, 1_000_000_000),
  };
}

/** Reads `sort` for the event list: `-date` (newest first, the default), `date`, `type`, `-type`, `-dead`, `dead`. */
export function parseSort(query: Query): EventOrder {
  const value = query.sort;
  if (value === undefined || value === '') return '-date';
  if (!(SORTS as readonly string[]).includes(value)) throw badParameter('sort', `sort must be one of ${SORTS.join(', ')}, not '${value}'.`);
  return value as EventOrder;
}

/** The formats `/api/events` answers in besides JSON. */
export const EVENT_FORMATS = ['json', 'csv', 'geojson'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Reads `format` for the event list: json (a page, the default), csv or geojson (every matching event). */
export function parseFormat(query: Query): EventFormat {
  const value = query.format;
  if (value === undefined || value === '') return 'json';
  if (!(EVENT_FORMATS as readonly string[]).includes(value)) throw badParameter('format', `format must be one of ${EVENT_FORMATS.join(', ')}, not '${value}'.`);
  return value as EventFormat;
}

/** Reads `interval` for the timeline: auto (the default: the finest that fits the dates), day, week, month or year. */
export function parseInterval(query: Query): Interval | 'auto' {
  const value = query.interval;
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (!(INTERVALS as readonly string[]).includes(value)) {
    throw badParameter('interval', `interval must be one of auto, ${INTERVALS.join(', ')}, not '${value}'.`);
  }
  return value as Interval;
}
