import { badParameter } from './errors.js';
import { EVENT_TYPE_NAMES } from './plover.js';

/** Filters shared by the event list and every aggregate, already checked and normalised. */
export interface EventQuery {
  /** PLOVER type, upper-case (`ASSAULT`). */
  readonly type?: string;
  /** PLOVER mode, lower-case (`release`). */
  readonly mode?: string;
  /** Actor code in any role, upper-case (`ARM`). */
  readonly actor?: string;
  /** Code among the recipients, upper-case. */
  readonly recipient?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; periods that overlap the range are kept (the store's rule). */
  readonly since?: string;
  readonly until?: string;
  readonly background?: boolean;
  /** Document id (content hash). */
  readonly doc?: string;
}

export interface PageQuery {
  readonly limit: number;
  readonly offset: number;
}

export type Interval = 'day' | 'week' | 'month' | 'year';

export const FILTER_NAMES = ['type', 'mode', 'actor', 'recipient', 'since', 'until', 'background', 'doc'] as const;
export const PAGE_NAMES = ['limit', 'offset'] as const;
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'year'];
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

type Query = Record<string, string>;

const MODE = /^[a-z][a-z-]{0,39}$/;
// ISO alpha-3 (ARM), PLOVER organisation codes (IGO, UNO, NGO) and longer agent codes (e.g. UNHCR).
const CODE = /^[A-Z][A-Z0-9]{1,11}$/;
const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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

function parseCode(name: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!CODE.test(code)) {
    throw badParameter(name, `${name} must be an actor code such as ARM, USA or IGO (letters and digits), not '${value}'.`);
  }
  return code;
}

/** Reads the shared event filters; throws a 400 ApiError naming the first bad one. */
export function parseEventQuery(query: Query): EventQuery {
  const out: { -readonly [K in keyof EventQuery]: EventQuery[K] } = {};
  if (query.type !== undefined && query.type !== '') {
    const type = query.type.trim().toUpperCase();
    if (!EVENT_TYPE_NAMES.has(type)) {
      throw badParameter('type', `type must be a PLOVER event type (${[...EVENT_TYPE_NAMES].join(', ')}), not '${query.type}'.`);
    }
    out.type = type;
  }
  if (query.mode !== undefined && query.mode !== '') {
    const mode = query.mode.trim().toLowerCase();
    if (!MODE.test(mode)) throw badParameter('mode', `mode must be a PLOVER mode such as release or aerial, not '${query.mode}'.`);
    out.mode = mode;
  }
  if (query.actor !== undefined && query.actor !== '') out.actor = parseCode('actor', query.actor);
  if (query.recipient !== undefined && query.recipient !== '') out.recipient = parseCode('recipient', query.recipient);
  if (query.since !== undefined && query.since !== '') out.since = parseDateBound('since', query.since);
  if (query.until !== undefined && query.until !== '') out.until = parseDateBound('until', query.until);
  // Compare the shared prefix: since 2022-09 and until 2022-09-10 overlap; since 2022-10 and until 2022-09 do not.
  if (out.since !== undefined && out.until !== undefined) {
    const length = Math.min(out.since.length, out.until.length);
    if (out.since.slice(0, length) > out.until.slice(0, length)) {
      throw badParameter('since', `since (${out.since}) is after until (${out.until}); swap them.`);
    }
  }
  if (query.background !== undefined && query.background !== '') out.background = parseBoolean('background', query.background);
  if (query.doc !== undefined && query.doc !== '') {
    if (!DOC_ID.test(query.doc)) throw badParameter('doc', `doc must be a document id (letters, digits, - or _), not '${query.doc}'.`);
    out.doc = query.doc;
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

/** Reads `interval` for the timeline: day, week, month (default) or year. */
export function parseInterval(query: Query): Interval {
  const value = query.interval;
  if (value === undefined || value === '') return 'month';
  if (!(INTERVALS as readonly string[]).includes(value)) {
    throw badParameter('interval', `interval must be one of ${INTERVALS.join(', ')}, not '${value}'.`);
  }
  return value as Interval;
}
