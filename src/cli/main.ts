#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { ArticleDoc, CodedEvent } from '../core/document.js';
import { isFailure, type InputFailure } from '../ingest/load.js';
import { docFromItem, isInputFailure, readInputs } from '../ingest/readers/index.js';
import { createDocumentCoder } from '../pipeline/default.js';
import { cleanInput } from '../stages/clean/index.js';
import { openStore } from '../store/index.js';
import { serve, DEFAULT_HOST, DEFAULT_PORT } from '../api/index.js';
import { formatCsv, formatEventRows, formatExplain } from './format.js';
import { Progress } from './progress.js';
import { ingestStream } from '../ingest/run-ingest.js';
import { defaultWorkers } from '../parallel/pool.js';

/** Where `ingest` and `events` keep their data unless told otherwise. */
export const DEFAULT_DB = process.env.CHRONICLE_DB ?? 'chronicle.db';

const USAGE = `chronicle — code political events from news text (PLOVER)

Usage:
  chronicle code FILE... [--published YYYY-MM-DD] [--format jsonl|json|table|explain]
  chronicle clean FILE
  chronicle ingest PATH... [--db FILE] [--published YYYY-MM-DD] [--workers N]
  chronicle events [--db FILE] [--type T] [--actor CODE] [--recipient CODE] [--since D] [--until D]
                   [--background true|false] [--limit N] [--format jsonl|json|table|csv]
  chronicle summary [--db FILE]
  chronicle serve [--db FILE] [--port N] [--host H] [--enable-ingest --token T]   (dashboard + HTTP API)

PATH may be a file (.txt .html .jsonl[.gz] .rss .atom .xml .warc[.gz]), a folder (recursive),
an http(s) URL, or - for stdin.
The default database is ./chronicle.db (or $CHRONICLE_DB).`;

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

function printEvents(events: readonly CodedEvent[], format: string): void {
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
      out.write(`${formatCsv(events)}\n`);
      break;
    default:
      throw new UsageError(`--format must be one of jsonl, json, table, explain, csv; not '${format}'.`);
  }
}

async function commandCode(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { published: { type: 'string' }, format: { type: 'string', default: 'jsonl' } } });
  if (positionals.length === 0) throw new UsageError('code needs at least one FILE.');
  const published = checkDate(values.published, '--published');
  const format = values.format === 'table' ? 'explain-table' : values.format!;
  const coder = createDocumentCoder({ onStageError: 'record' });
  const all: CodedEvent[] = [];
  let failures = 0;
  for await (const item of iterateInputs(positionals, published)) {
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
  printEvents(all, format === 'explain-table' ? 'explain' : format);
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
  } });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH.');
  const published = checkDate(values.published, '--published');
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) throw new UsageError(`--workers expects a whole number from 1 to 256, not '${values.workers}'.`);
  const store = await openStore(values.db!);
  const progress = new Progress(null, 'ingest');
  try {
    const { runId, counts } = await ingestStream(iterateInputs(positionals, published), {
      store, workers, versions: createDocumentCoder().versions,
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

/**
 * Inputs one at a time from every kind of source (files, folders, JSONL, feeds, WARC, URLs, stdin):
 * the readers stream, so a large input costs no memory.
 */
async function* iterateInputs(paths: readonly string[], published: string | undefined): AsyncGenerator<ArticleDoc | InputFailure> {
  const options = published ? { published } : {};
  for await (const result of readInputs(paths)) yield isInputFailure(result) ? result : docFromItem(result, options);
}

async function commandEvents(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args, allowPositionals: false, options: {
      db: { type: 'string', default: DEFAULT_DB }, type: { type: 'string' }, actor: { type: 'string' }, recipient: { type: 'string' },
      since: { type: 'string' }, until: { type: 'string' }, background: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string', default: 'jsonl' },
    },
  });
  const since = checkDate(values.since, '--since');
  const until = checkDate(values.until, '--until');
  if (values.background !== undefined && !['true', 'false'].includes(values.background)) throw new UsageError(`--background expects true or false, not '${values.background}'.`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError(`--limit expects a positive whole number, not '${values.limit}'.`);
  const store = await openStore(values.db!);
  try {
    const events = await store.queryEvents({
      ...(values.type ? { type: values.type } : {}), ...(values.actor ? { actor: values.actor } : {}), ...(values.recipient ? { recipient: values.recipient } : {}),
      ...(since ? { since } : {}), ...(until ? { until } : {}), ...(values.background ? { background: values.background === 'true' } : {}), ...(limit ? { limit } : {}),
    });
    printEvents(events, values.format!);
  } finally {
    await store.close();
  }
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

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  code: commandCode, clean: commandClean, ingest: commandIngest, events: commandEvents, summary: commandSummary, serve: commandServe,
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
    if (name === 'StoreConfigError' || name === 'MigrationError' || name === 'RangeError') {
      process.stderr.write(`chronicle ${command}: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`chronicle: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 70;
});
