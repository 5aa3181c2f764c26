#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { ArticleDoc, CodedEvent } from '../core/document.js';
import { isFailure, type InputFailure } from '../ingest/load.js';
import { docFromItem, isInputFailure, readInputs } from '../ingest/readers/index.js';
import { createDocumentCoder, type ChronicleOptions } from '../pipeline/default.js';
import { loadDictionaries } from '../dictionaries/load.js';
import { cleanInput } from '../stages/clean/index.js';
import { openStore, type EventFilter, type Store } from '../store/index.js';
import { exportEvents, EXPORT_FORMATS, openSink, writeCsv, type ExportFormat, type ExportRow } from '../export/index.js';
import { serve, DEFAULT_HOST, DEFAULT_PORT } from '../api/index.js';
import { formatEventRows, formatExplain } from './format.js';
import { Progress } from './progress.js';
import { ingestStream } from '../ingest/run-ingest.js';
import { createCoderPool, defaultWorkers } from '../parallel/pool.js';
import { openQueue, runWorker } from '../queue/index.js';
import { correctPerson, forgetPerson, listPeople, loadPeopleMemory } from '../memory/index.js';

/** Where `ingest` and `events` keep their data unless told otherwise. */
export const DEFAULT_DB = process.env.CHRONICLE_DB ?? 'chronicle.db';

const USAGE = `chronicle — code political events from news text (PLOVER)

Usage:
  chronicle code FILE... [--published YYYY-MM-DD] [--format jsonl|json|table|explain|csv] [--dictionary FILE]...
  chronicle clean FILE
  chronicle ingest PATH... [--db FILE] [--published YYYY-MM-DD] [--workers N] [--dictionary FILE]... [--allow-private-networks]
  chronicle events [FILTERS] [--format jsonl|json|table|csv]
  chronicle export [FILTERS] [--format csv|jsonl|parquet|geojson|gdelt] [--out FILE|-]
  chronicle canonical [ID] [FILTERS]          (events merged across articles, with their sources)
  chronicle unmerge DOC_ID EVENT_ID | remerge [--db FILE]
  chronicle stats [FILTERS] (--by day|week|month | --dyads | --fatalities)
  chronicle runs [diff FROM TO] [--db FILE]
  chronicle summary [--db FILE]
  chronicle memory list | set NAME --code XXX [--sector YYY] | forget NAME [--db FILE]   (people learned from titles)
  chronicle queue add PATH... --db postgres://… [--published D] [--job-timeout SECONDS]   (distributed mode)
  chronicle queue status --db postgres://…
  chronicle worker --db postgres://… [--workers N] [--exit-when-empty] [--job-timeout SECONDS]
  chronicle serve [--db FILE] [--port N] [--host H] [--enable-ingest --token T]   (dashboard + HTTP API)

PATH may be a file (.txt .html .jsonl[.gz] .rss .atom .xml .warc[.gz]), a folder (recursive),
an http(s) URL, or - for stdin. URLs on loopback, private or link-local addresses are refused
unless --allow-private-networks (or $CHRONICLE_ALLOW_PRIVATE_NETWORKS=1) is given.
FILTERS: [--db FILE|postgres://…] [--type T] [--mode M] [--actor C] [--recipient C] [--dyad A,B]
  [--since D] [--until D] [--bbox W,S,E,N] [--background true|false] [--min-sources N] [--limit N] [--offset N]
The default database is ./chronicle.db (or $CHRONICLE_DB).
--dictionary adds actor dictionaries (*.json / *.csv in Chronicle's format) or PETRARCH/TABARI
dictionaries (files named *actors*, *agents*, *verbs*, *discards*); repeat it for several files.`;

class UsageError extends Error {
  override name = 'UsageError';
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value))) {
    throw new UsageError(`${flag} expects a date as YYYY, YYYY-MM or YYYY-MM-DD, not '${value}'.`);
  }
  return value;
}

async function printEvents(events: readonly CodedEvent[], format: string): Promise<void> {
  const out = process.stdout;
  switch (format) {
    case 'jsonl':
      for (const e of events) out.write(`${JSON.stringify(e)}\n`);
      break;
    case 'json':
      out.write(`${JSON.stringify(events, null, 2)}\n`);
      break;
    case 'table':
      out.write(`${formatEventRows(events)}\n`);
      break;
    case 'explain':
      out.write(`${formatExplain(events, Boolean(out.isTTY))}\n`);
      break;
    case 'csv':
      await writeCsv(rowsOf(events), openSink('-'));
      break;
    default:
      throw new UsageError(`--format must be one of jsonl, json, table, explain, csv; not '${format}'.`);
  }
}

/** The flat table's rows for events coded outside a store (no canonical event). */
async function* rowsOf(events: readonly CodedEvent[]): AsyncGenerator<ExportRow> {
  for (const event of events) yield { event, language: null, canonical: null };
}

async function commandCode(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { published: { type: 'string' }, format: { type: 'string', default: 'jsonl' }, 'allow-private-networks': { type: 'boolean', default: false },
    dictionary: { type: 'string', multiple: true } } });
  if (positionals.length === 0) throw new UsageError('code needs at least one FILE.');
  const published = checkDate(values.published, '--published');
  const format = values.format === 'table' ? 'explain-table' : values.format!;
  const coder = createDocumentCoder({ onStageError: 'record', ...withDictionaries(values.dictionary) });
  const all: CodedEvent[] = [];
  let failures = 0;
  for await (const item of iterateInputs(positionals, published, values['allow-private-networks'])) {
    if (isFailure(item)) {
      failures++;
      process.stderr.write(`chronicle: ${item.uri}: ${item.reason}\n`);
      continue;
    }
    const doc = item;
    const status = coder.code(doc);
    if (status.status !== 'coded') {
      if (status.status === 'failed') failures++;
      process.stderr.write(`chronicle: ${doc.source.uri}: ${status.status}: ${status.reason}\n`);
    }
    for (const d of doc.diagnostics.filter((d) => d.severity === 'warning')) process.stderr.write(`chronicle: ${doc.source.uri}: warning ${d.ruleId}: ${d.reason}\n`);
    all.push(...doc.events);
  }
  // `code --format table` is the explain view: events with evidence and reasons.
  await printEvents(all, format === 'explain-table' ? 'explain' : format);
  return failures > 0 ? 1 : 0;
}

async function commandClean(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('clean takes exactly one FILE.');
  let item: ArticleDoc | InputFailure | undefined;
  for await (const first of iterateInputs(positionals, undefined)) { item = first; break; }
  if (!item) {
    process.stderr.write(`chronicle: ${positionals[0]}: no article found in this input\n`);
    return 1;
  }
  if (isFailure(item)) {
    process.stderr.write(`chronicle: ${item.uri}: ${item.reason}\n`);
    return 1;
  }
  const doc = item;
  const result = cleanInput(doc.raw, doc.source.format);
  process.stdout.write(`${result.text}\n`);
  return 0;
}

async function commandIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    db: { type: 'string', default: DEFAULT_DB }, published: { type: 'string' }, workers: { type: 'string' },
    'allow-private-networks': { type: 'boolean', default: false }, dictionary: { type: 'string', multiple: true },
  } });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH.');
  const published = checkDate(values.published, '--published');
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) throw new UsageError(`--workers expects a whole number from 1 to 256, not '${values.workers}'.`);
  const store = await openStore(values.db!);
  const progress = new Progress(null, 'ingest');
  try {
    const { runId, counts } = await ingestStream(iterateInputs(positionals, published, values['allow-private-networks']), {
      store, workers, versions: createDocumentCoder(withDictionaries(values.dictionary)).versions,
      ...(values.dictionary ? { dictionaries: values.dictionary } : {}),
      onItem(outcome, uri, reason) {
        if (outcome === 'failed' || outcome === 'skipped') process.stderr.write(`${progress.clearLine()}chronicle: ${uri}: ${outcome}: ${reason}\n`);
        progress.tick(outcome === 'failed');
      },
    });
    progress.finish();
    process.stdout.write(`${JSON.stringify({ db: values.db, run: runId, workers, ...counts })}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

/** Coder options from `--dictionary` files; their unreadable lines are reported once, here. */
function withDictionaries(paths: string[] | undefined): ChronicleOptions {
  if (!paths || paths.length === 0) return {};
  const loaded = loadDictionaries(paths);
  for (const warning of loaded.warnings.slice(0, 20)) process.stderr.write(`chronicle: dictionary: ${warning}\n`);
  if (loaded.warnings.length > 20) process.stderr.write(`chronicle: dictionary: … and ${loaded.warnings.length - 20} more\n`);
  return { userDictionaries: loaded.userDictionaries, ...(loaded.plugin ? { dictionaryPlugin: loaded.plugin } : {}) };
}

/**
 * Inputs one at a time from every kind of source (files, folders, JSONL, feeds, WARC, URLs, stdin):
 * the readers stream, so a large input costs no memory.
 */
async function* iterateInputs(paths: readonly string[], published: string | undefined, allowPrivateNetworks = false): AsyncGenerator<ArticleDoc | InputFailure> {
  const options = published ? { published } : {};
  for await (const result of readInputs(paths, allowPrivateNetworks ? { allowPrivateNetworks } : {})) yield isInputFailure(result) ? result : docFromItem(result, options);
}

const FILTER_OPTIONS = {
  db: { type: 'string', default: DEFAULT_DB }, type: { type: 'string' }, mode: { type: 'string' }, actor: { type: 'string' },
  recipient: { type: 'string' }, dyad: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, bbox: { type: 'string' },
  background: { type: 'string' }, 'min-sources': { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
} as const;

/** The store filter of the shared query flags, each checked with a clear message. */
function filterFrom(v: Record<string, string | boolean | string[] | undefined>): EventFilter {
  const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const int = (k: string, min: number) => {
    const x = s(k);
    if (x === undefined) return undefined;
    const n = Number(x);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${k} expects a whole number ≥ ${min}, not '${x}'.`);
    return n;
  };
  const dyad = s('dyad')?.split(/[,-]/);
  if (dyad && dyad.length !== 2) throw new UsageError(`--dyad expects two codes such as ARM,AZE; not '${s('dyad')}'.`);
  const box = s('bbox')?.split(',').map(Number);
  if (box && (box.length !== 4 || box.some(Number.isNaN))) throw new UsageError('--bbox expects west,south,east,north, e.g. 38,36,52,44.');
  const bg = s('background');
  if (bg !== undefined && !['true', 'false'].includes(bg)) throw new UsageError(`--background expects true or false, not '${bg}'.`);
  const since = checkDate(s('since'), '--since');
  const until = checkDate(s('until'), '--until');
  const limit = int('limit', 1);
  const offset = int('offset', 0);
  const minSources = int('min-sources', 1);
  return {
    ...(s('type') ? { type: s('type')! } : {}), ...(s('mode') ? { mode: s('mode')! } : {}), ...(s('actor') ? { actor: s('actor')! } : {}),
    ...(s('recipient') ? { recipient: s('recipient')! } : {}), ...(dyad ? { dyad: [dyad[0]!, dyad[1]!] as const } : {}),
    ...(since ? { since } : {}), ...(until ? { until } : {}), ...(bg ? { background: bg === 'true' } : {}),
    ...(box ? { bbox: { west: box[0]!, south: box[1]!, east: box[2]!, north: box[3]! } } : {}),
    ...(minSources ? { minSources } : {}), ...(limit ? { limit } : {}), ...(offset ? { offset } : {}),
  };
}

async function withStore<T>(db: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

async function commandEvents(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, allowPositionals: false, options: { ...FILTER_OPTIONS, format: { type: 'string', default: 'jsonl' } } });
  const filter = filterFrom(values);
  // CSV is the export's table (the same columns, canonical events included), streamed.
  if (values.format === 'csv') {
    await withStore(values.db!, (store) => exportEvents(store, 'csv', '-', filter));
    return 0;
  }
  const events = await withStore(values.db!, (store) => store.queryEvents(filter));
  await printEvents(events, values.format!);
  return 0;
}

async function commandExport(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...FILTER_OPTIONS, format: { type: 'string', default: 'csv' }, out: { type: 'string', default: '-' } } });
  if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);
  if (values.format === 'parquet' && values.out === '-' && process.stdout.isTTY) throw new UsageError('Parquet is binary: give --out FILE.parquet.');
  const filter = filterFrom(values);
  const { rows } = await withStore(values.db!, (store) => exportEvents(store, values.format as ExportFormat, values.out!, filter));
  process.stderr.write(`chronicle: exported ${rows} rows\n`);
  return 0;
}

async function commandCanonical(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: FILTER_OPTIONS });
  const filter = filterFrom(values);
  await withStore(values.db!, async (store) => {
    if (positionals[0]) {
      const canonical = await store.getCanonicalEvent(positionals[0]);
      if (!canonical) throw new UsageError(`No canonical event '${positionals[0]}'.`);
      process.stdout.write(`${JSON.stringify(canonical, null, 2)}\n`);
      return;
    }
    for (const canonical of await store.queryCanonicalEvents(filter)) process.stdout.write(`${JSON.stringify(canonical)}\n`);
  });
  return 0;
}

async function commandUnmerge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string', default: DEFAULT_DB } } });
  if (positionals.length !== 2) throw new UsageError('unmerge takes DOC_ID EVENT_ID.');
  process.stdout.write(`${await withStore(values.db!, (store) => store.unmerge({ docId: positionals[0]!, eventId: positionals[1]! }))}\n`);
  return 0;
}

async function commandRemerge(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string', default: DEFAULT_DB } } });
  process.stdout.write(`${JSON.stringify(await withStore(values.db!, (store) => store.remerge()))}\n`);
  return 0;
}

async function commandStats(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...FILTER_OPTIONS, by: { type: 'string' }, dyads: { type: 'boolean' }, fatalities: { type: 'boolean' } } });
  const filter = filterFrom(values);
  if (values.by !== undefined && !['day', 'week', 'month'].includes(values.by)) throw new UsageError(`--by expects day, week or month, not '${values.by}'.`);
  const rows = await withStore<readonly object[]>(values.db!, (store) => values.dyads ? store.dyadCounts(filter) : values.fatalities ? store.fatalitiesByMonth(filter)
    : store.countEvents({ ...filter, by: (values.by ?? 'month') as 'day' | 'week' | 'month' }));
  for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  return 0;
}

async function commandRuns(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string', default: DEFAULT_DB } } });
  if (positionals[0] === 'diff' && positionals.length !== 3) throw new UsageError('runs diff takes FROM_RUN TO_RUN.');
  const out = await withStore<unknown>(values.db!, (store) => positionals[0] === 'diff' ? store.diffRuns(positionals[1]!, positionals[2]!) : store.listRuns());
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

async function commandSummary(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string', default: DEFAULT_DB } } });
  const store = await openStore(values.db!);
  try {
    process.stdout.write(`${JSON.stringify(await store.summary(), null, 2)}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

async function commandServe(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, allowPositionals: false, options: {
    db: { type: 'string', default: DEFAULT_DB }, port: { type: 'string', default: String(DEFAULT_PORT) },
    host: { type: 'string', default: DEFAULT_HOST }, 'enable-ingest': { type: 'boolean', default: false },
    token: { type: 'string', default: process.env.CHRONICLE_TOKEN } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port expects a number from 0 to 65535, not '${values.port}'.`);
  if (values['enable-ingest'] && !values.token) throw new UsageError('--enable-ingest needs --token T (or $CHRONICLE_TOKEN): HTTP ingest always requires a bearer token.');
  if (!values['enable-ingest'] && values.token && !process.env.CHRONICLE_TOKEN) throw new UsageError('--token only makes sense with --enable-ingest.');
  const store = await openStore(values.db!);
  const ingest = values['enable-ingest'] ? { enabled: true, token: values.token!, coder: createDocumentCoder({ onStageError: 'record' }) } : undefined;
  const running = await serve({ store, port, host: values.host!, ...(ingest ? { ingest } : {}) });
  process.stderr.write(`chronicle: serving ${values.db} at ${running.url} (${ingest ? 'ingest enabled' : 'read-only'}); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => { for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve()); });
  await running.close();
  await store.close();
  return 0;
}

async function commandQueue(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: {
    db: { type: 'string', default: process.env.CHRONICLE_DB ?? '' }, published: { type: 'string' }, 'job-timeout': { type: 'string', default: '300' },
    'allow-private-networks': { type: 'boolean', default: false } } });
  if (!values.db) throw new UsageError('queue needs --db postgres://… (the shared store and queue).');
  const published = checkDate(values.published, '--published');
  const jobTimeout = Number(values['job-timeout']);
  if (!(Number.isInteger(jobTimeout) && jobTimeout >= 2)) throw new UsageError(`--job-timeout expects whole seconds (at least 2), not '${values['job-timeout']}'.`);
  // Each job carries its timeout from the moment it is added: a job whose worker died comes back after it.
  const queue = await openQueue(values.db, { expireInSeconds: jobTimeout });
  try {
    if (sub === 'add') {
      if (positionals.length === 0) throw new UsageError('queue add needs at least one PATH.');
      const counts = { added: 0, waiting: 0, failed: 0 };
      for await (const item of readInputs(positionals, values['allow-private-networks'] ? { allowPrivateNetworks: true } : {})) {
        if (isInputFailure(item)) {
          counts.failed++;
          process.stderr.write(`chronicle: ${item.uri}: failed: ${item.reason}\n`);
          continue;
        }
        if (await queue.add(item, published)) counts.added++;
        else counts.waiting++;
      }
      process.stdout.write(`${JSON.stringify(counts)}\n`);
      return 0;
    }
    if (sub === 'status') {
      process.stdout.write(`${JSON.stringify({ pending: await queue.pending() })}\n`);
      return 0;
    }
    throw new UsageError(`queue takes 'add' or 'status', not '${sub ?? ''}'.`);
  } finally {
    await queue.close();
  }
}

async function commandWorker(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, allowPositionals: false, options: {
    db: { type: 'string', default: process.env.CHRONICLE_DB ?? '' }, workers: { type: 'string' }, 'exit-when-empty': { type: 'boolean', default: false },
    'job-timeout': { type: 'string', default: '300' }, dictionary: { type: 'string', multiple: true } } });
  const jobTimeout = Number(values['job-timeout']);
  if (!(Number.isInteger(jobTimeout) && jobTimeout >= 2)) throw new UsageError(`--job-timeout expects whole seconds (at least 2), not '${values['job-timeout']}'.`);
  if (!values.db || !/^postgres(ql)?:\/\//.test(values.db)) throw new UsageError('worker needs --db postgres://… (the shared store and queue).');
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) throw new UsageError(`--workers expects a whole number from 1 to 256, not '${values.workers}'.`);
  const store = await openStore(values.db);
  // A job whose worker died comes back to the queue after --job-timeout seconds.
  const queue = await openQueue(values.db, { expireInSeconds: jobTimeout, maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.floor(jobTimeout / 2))) });
  const memory = await loadPeopleMemory(store.db);
  const pool = createCoderPool(workers, { memory, ...(values.dictionary ? { dictionaries: values.dictionary } : {}) });
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  const progress = new Progress(null, 'worker');
  const runId = await store.startRun(createDocumentCoder().versions);
  try {
    const counts = await runWorker({ queue, store, pool, runId, memory, exitWhenEmpty: values['exit-when-empty']!, signal: stop.signal,
      onItem(outcome, uri, reason) {
        if (outcome !== 'coded' && outcome !== 'existing') process.stderr.write(`${progress.clearLine()}chronicle: ${uri}: ${outcome}: ${reason}\n`);
        progress.tick(outcome === 'failed' || outcome === 'retry');
      } });
    progress.finish();
    await store.finishRun(runId, { ...counts });
    process.stdout.write(`${JSON.stringify({ run: runId, workers, ...counts })}\n`);
  } finally {
    await pool.close();
    await queue.close();
    await store.close();
  }
  return 0;
}

async function commandMemory(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { db: { type: 'string', default: DEFAULT_DB }, code: { type: 'string' }, sector: { type: 'string' } } });
  if (!['list', 'set', 'forget'].includes(sub ?? '')) throw new UsageError(`memory takes list, set or forget, not '${sub ?? ''}'.`);
  const name = positionals.join(' ');
  if (sub !== 'list' && !name) throw new UsageError('give the full name, e.g. chronicle memory set "Nikol Pashinyan" --code ARM --sector GOV');
  if (sub === 'set' && values.code === undefined) throw new UsageError('memory set needs --code (ISO alpha-3, or null).');
  const store = await openStore(values.db!);
  try {
    if (sub === 'list') {
      for (const person of await listPeople(store.db)) process.stdout.write(`${JSON.stringify(person)}\n`);
      return 0;
    }
    if (sub === 'set') {
      const orNull = (v: string) => (v === 'null' ? null : v.toUpperCase());
      const person = await correctPerson(store.db, name, { code: orNull(values.code!), ...(values.sector !== undefined ? { sector: orNull(values.sector) } : {}) });
      process.stdout.write(`${JSON.stringify(person)}\n`);
      return 0;
    }
    const had = await forgetPerson(store.db, name);
    process.stdout.write(had ? `forgot ${name}\n` : `${name} is not in the memory\n`);
    return had ? 0 : 1;
  } finally {
    await store.close();
  }
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  code: commandCode, clean: commandClean, ingest: commandIngest, events: commandEvents, summary: commandSummary, serve: commandServe, queue: commandQueue, worker: commandWorker, memory: commandMemory, export: commandExport, canonical: commandCanonical, unmerge: commandUnmerge, remerge: commandRemerge, stats: commandStats, runs: commandRuns,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`chronicle: unknown command '${command}'.\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`chronicle ${command}: ${(error as Error).message}\n`);
      return 2;
    }
    const name = (error as Error).name;
    const code = (error as { code?: string }).code;
    // Database connection and server errors are the environment's, not a bug: say so without a stack.
    if (code && (/^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH)$/.test(code) || /^(?=.*\d)[0-9A-Z]{5}$/.test(code))) {
      process.stderr.write(`chronicle ${command}: database error: ${(error as Error).message}\n`);
      return 2;
    }
    if (name === 'StoreConfigError' || name === 'MigrationError' || name === 'RangeError') {
      process.stderr.write(`chronicle ${command}: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

// `chronicle events | head`: the reader went away; stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`chronicle: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 70;
});
