import type { EventFilter } from '../store/records.js';
import { ploverModes, ploverTypes } from '../store/plover.js';
import type { OptionSpec } from './command.js';
import { UsageError } from './errors.js';

/*
 * Options several commands share, declared once so a new flag (say, an input option) is added in
 * one place and every command that reads inputs gets it, in its parser and in its --help.
 */

/** Where commands keep their data unless told otherwise. */
export const DEFAULT_DB = process.env.CHRONICLE_DB || 'chronicle.db';

export const DB_OPTION = {
  db: { type: 'string', default: DEFAULT_DB, value: 'FILE|URL', help: 'the store: a SQLite file or a postgres:// URL ($CHRONICLE_DB)' },
} as const satisfies Record<string, OptionSpec>;

/** The store of the distributed commands: PostgreSQL only, no default file. */
export const POSTGRES_OPTION = {
  db: { type: 'string', default: process.env.CHRONICLE_DB ?? '', value: 'URL', help: 'the shared store and queue: postgres://… ($CHRONICLE_DB)' },
} as const satisfies Record<string, OptionSpec>;

export const PUBLISHED_OPTION = {
  published: { type: 'string', value: 'YYYY[-MM[-DD]]', help: 'publication date of every input, which relative dates ("on Tuesday") are read against; overrides the inputs\' own' },
} as const satisfies Record<string, OptionSpec>;

/** How inputs are read: by `code`, `clean`, `ingest` and `queue add`. */
export const INPUT_OPTIONS = {
  'allow-private-networks': { type: 'boolean', default: false, help: 'fetch URLs on loopback, private or link-local addresses too ($CHRONICLE_ALLOW_PRIVATE_NETWORKS=1)' },
  'follow-symlinks': { type: 'boolean', default: false, help: 'in a folder, read symbolic links that lead out of it too (they are reported and skipped otherwise)' },
} as const satisfies Record<string, OptionSpec>;

/** The values of INPUT_OPTIONS. */
export type InputValues = { readonly [K in keyof typeof INPUT_OPTIONS]: boolean };

/** The readers' options from INPUT_OPTIONS' values (and $CHRONICLE_ALLOW_PRIVATE_NETWORKS=1). */
export function inputsFrom(values: InputValues): { allowPrivateNetworks: boolean; followSymlinks: boolean } {
  return {
    allowPrivateNetworks: values['allow-private-networks'] || process.env.CHRONICLE_ALLOW_PRIVATE_NETWORKS === '1',
    followSymlinks: values['follow-symlinks'],
  };
}

/** Seconds a document may take to code unless `--doc-timeout` says otherwise; a 1 MB text codes in about 30 s. */
export const DEFAULT_DOC_TIMEOUT_SECONDS = 120;

/** The time budget of one document: by `ingest`, `worker` and `serve` (its HTTP ingest). */
export const DOC_TIMEOUT_OPTION = {
  'doc-timeout': {
    type: 'string', default: String(DEFAULT_DOC_TIMEOUT_SECONDS), value: 'SECONDS',
    help: 'most seconds one document may take to code; one that takes longer is recorded as failed and the rest go on',
  },
} as const satisfies Record<string, OptionSpec>;

/** `--doc-timeout SECONDS`, checked, in milliseconds. */
export function docTimeoutMs(value: string): number {
  const seconds = Number(value);
  if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= 86_400)) throw new UsageError(`--doc-timeout expects seconds, more than 0 and at most 86400, not '${value}'.`);
  return seconds * 1000;
}

export const DICTIONARY_OPTION = {
  dictionary: {
    type: 'string', multiple: true, value: 'FILE',
    help: 'an actor dictionary (*.json, *.csv in Chronicle\'s format) or a PETRARCH/TABARI file (*actors*, *agents*, *verbs*, *discards*)',
  },
} as const satisfies Record<string, OptionSpec>;

export const PRECISE_OPTION = {
  precise: {
    type: 'boolean', default: false,
    help: 'drop the events of whole articles that the learned filter scores unlikely to be kept by an analyst (higher precision, a few acts lost; docs/confidence.md)',
  },
} as const satisfies Record<string, OptionSpec>;

export const WORKERS_OPTION = {
  workers: { type: 'string', value: 'N', help: 'worker threads, 1 to 256 (default: one per core)' },
} as const satisfies Record<string, OptionSpec>;

/** The event filters of `events`, `export`, `canonical` and `stats`. */
export const FILTER_OPTIONS = {
  ...DB_OPTION,
  type: { type: 'string', value: 'TYPE', upper: true, choices: () => ploverTypes(), help: 'PLOVER event type, e.g. ASSAULT' },
  mode: { type: 'string', value: 'MODE', choices: () => ploverModes(), help: 'PLOVER mode, e.g. release' },
  actor: { type: 'string', value: 'CODE', help: 'a party in any role, e.g. ARM' },
  recipient: { type: 'string', value: 'CODE', help: 'a recipient, e.g. AZE' },
  dyad: { type: 'string', value: 'A,B', help: 'both codes on opposite or the same sides, either way round' },
  since: { type: 'string', value: 'YYYY[-MM[-DD]]', help: 'events whose date window reaches this date or later' },
  until: { type: 'string', value: 'YYYY[-MM[-DD]]', help: 'events whose date window starts on or before this date' },
  bbox: { type: 'string', value: 'W,S,E,N', help: 'events located in this box of degrees' },
  background: { type: 'string', value: 'true|false', choices: ['true', 'false'], help: 'only background (history told as context) or only news events' },
  'min-sources': { type: 'string', value: 'N', help: 'events reported by at least N independent outlets' },
  limit: { type: 'string', value: 'N', help: 'at most N events' },
  offset: { type: 'string', value: 'N', help: 'skip the first N events' },
} as const satisfies Record<string, OptionSpec>;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date flag's value, checked: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
export function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const [, year, month = '01', day = '01'] = DATE.exec(value) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls 2022-02-30 over to March: a real date comes back as it went in.
  const real = year !== undefined && date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  if (!real) throw new UsageError(`${flag} expects a date as YYYY, YYYY-MM or YYYY-MM-DD, not '${value}'.`);
  return value;
}

/** A whole-number flag's value, checked against its range; undefined when not given. */
export function wholeNumber(value: string | undefined, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} expects a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}, not '${value}'.`);
  }
  return n;
}

/** The values of FILTER_OPTIONS. */
export type FilterValues = { readonly [K in keyof typeof FILTER_OPTIONS]?: string | undefined };

/** The store filter of the shared query flags, each checked with a clear message. */
export function filterFrom(values: FilterValues): EventFilter {
  const dyad = values.dyad?.split(/[,-]/);
  if (dyad && dyad.length !== 2) throw new UsageError(`--dyad expects two codes such as ARM,AZE; not '${values.dyad}'.`);
  const box = values.bbox?.split(',').map(Number);
  if (box && (box.length !== 4 || box.some(Number.isNaN))) throw new UsageError('--bbox expects west,south,east,north, e.g. 38,36,52,44.');
  if (values.type !== undefined && values.mode !== undefined && !ploverModes(values.type).includes(values.mode)) {
    throw new UsageError(`${values.type} has no mode '${values.mode}'; its modes are ${ploverModes(values.type).join(', ') || 'none'}.`);
  }
  const since = checkDate(values.since, '--since');
  const until = checkDate(values.until, '--until');
  const limit = wholeNumber(values.limit, '--limit', 1);
  const offset = wholeNumber(values.offset, '--offset', 0);
  const minSources = wholeNumber(values['min-sources'], '--min-sources', 1);
  return {
    ...(values.type ? { type: values.type } : {}), ...(values.mode ? { mode: values.mode } : {}), ...(values.actor ? { actor: values.actor } : {}),
    ...(values.recipient ? { recipient: values.recipient } : {}), ...(dyad ? { dyad: [dyad[0]!, dyad[1]!] as const } : {}),
    ...(since ? { since } : {}), ...(until ? { until } : {}), ...(values.background ? { background: values.background === 'true' } : {}),
    ...(box ? { bbox: { west: box[0]!, south: box[1]!, east: box[2]!, north: box[3]! } } : {}),
    ...(minSources ? { minSources } : {}), ...(limit ? { limit } : {}), ...(offset ? { offset } : {}),
  };
}
