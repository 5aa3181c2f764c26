/**
 * `npx tsx bench/store-write.ts`: how many articles per second the store absorbs, apart from coding.
 * Codes a generated corpus (bench/corpus.ts, plus wire copies of every tenth article, so the
 * near-duplicate check has something to find) once, untimed, then times only the save step of
 * `ingest` (near-duplicate decision, document, events, merging into canonical events) into a fresh
 * SQLite file and, with `--pg URL` or PG_URL set, a fresh PostgreSQL schema.
 *
 * With `--ingest 1,2` it also times the whole `ingest` (`ingestStream`: coding on a warmed pool of
 * 1, then 2 worker threads, near-duplicate decision, batched saves) of the same inputs into SQLite.
 *
 * Options: `--articles N` (default 400), `--coded FILE` (cache of the coded corpus, reused when it
 * exists), `--clusters PREFIX` (writes PREFIX.sqlite.json / PREFIX.postgres.json: every canonical
 * event with its mentions, to compare merging before and after a change), `--write` (replaces the
 * section "## Store writes" of docs/benchmarks.md).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import pg from 'pg';
import type { ArticleDoc } from '../src/core/document.js';
import { docFromRaw } from '../src/ingest/load.js';
import { ingestStream } from '../src/ingest/run-ingest.js';
import { loadPeopleMemory } from '../src/memory/index.js';
import { createCoderPool } from '../src/parallel/pool.js';
import { saveCoded, type CodedItem } from '../src/ingest/save-coded.js';
import { createDocumentCoder } from '../src/pipeline/default.js';
import { openStore, type Store } from '../src/store/index.js';
import { generateCorpus } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '400' },
    coded: { type: 'string' },
    clusters: { type: 'string' },
    pg: { type: 'string' },
    write: { type: 'boolean', default: false },
    ingest: { type: 'string' },
  },
});
const count = Number(args.articles);
const pgUrl = args.pg ?? process.env.PG_URL;

/** The corpus, and a wire copy of every tenth article: new headline, a dateline, a "Read more" line, published a day later. */
function inputs(): ArticleDoc[] {
  const docs: ArticleDoc[] = [];
  for (const [i, a] of generateCorpus(count).entries()) {
    docs.push(docFromRaw(a.text, a.id, 'text', { published: a.published }));
    if (i % 10 === 0) {
      const [, ...body] = a.text.split('\n\n');
      const copy = `Wire report ${i}\n\nGENEVA (AFP) — ${body.join('\n\n')}\nRead more on our site.\n`;
      const next = new Date(Date.parse(a.published) + 86_400_000).toISOString().slice(0, 10);
      docs.push(docFromRaw(copy, `${a.id}-copy`, 'text', { published: next }));
    }
  }
  return docs;
}

/** Codes every input once (the cache makes before/after runs compare the same coding). */
function codedCorpus(): { items: CodedItem[]; seconds: number | null } {
  if (args.coded && existsSync(args.coded)) return { items: deserialize(readFileSync(args.coded)) as CodedItem[], seconds: null };
  const coder = createDocumentCoder({ onStageError: 'record' });
  const started = performance.now();
  const items = inputs().map((doc) => ({ doc, status: coder.code(doc) }));
  const seconds = (performance.now() - started) / 1000;
  if (args.coded) writeFileSync(args.coded, serialize(items));
  return { items, seconds };
}

/** Every canonical event with its mentions and summary, in a stable order, to compare two runs. */
async function clusters(store: Store): Promise<unknown[]> {
  const links = await store.db.selectFrom('event_links').select(['canonical_id', 'doc_id', 'event_id']).execute();
  const rows = await store.db.selectFrom('canonical_events')
    .select(['id', 'event', 'mode', 'date', 'date_precision', 'date_lo', 'date_hi', 'country_code', 'mention_count', 'source_count', 'dead', 'first_reported'])
    .execute();
  const mentions = new Map<string, string[]>();
  for (const link of links) (mentions.get(link.canonical_id) ?? mentions.set(link.canonical_id, []).get(link.canonical_id)!).push(`${link.doc_id}/${link.event_id}`);
  return rows.map((row) => ({ ...row, mentions: (mentions.get(row.id) ?? []).sort() })).sort((a, b) => a.id.localeCompare(b.id));
}

interface Timing {
  readonly dialect: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly stored: number;
  readonly nearDuplicates: number;
  readonly canonical: number;
  readonly mentions: number;
}

/** A fresh, empty store: a SQLite file in a temp dir, or a new schema on the PostgreSQL server. */
async function freshStore(dialect: 'sqlite' | 'postgres'): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-write-'));
    return { store: await openStore(join(dir, 'bench.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_write_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  const url = new URL(pgUrl!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    store: await openStore(url.toString()),
    cleanup: async () => { await admin.query(`drop schema ${schema} cascade`); await admin.end(); },
  };
}

async function timeSaves(dialect: 'sqlite' | 'postgres', items: readonly CodedItem[]): Promise<Timing> {
  const { store, cleanup } = await freshStore(dialect);
  try {
    const runId = await store.startRun([]);
    // Fresh copies: saving may set fields of a document (status), and each dialect starts from the same coding.
    const copies = items.map((item) => structuredClone(item));
    const cpu = process.cpuUsage();
    const started = performance.now();
    const outcomes = await saveCoded(store, runId, copies);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (args.clusters) writeFileSync(`${args.clusters}.${dialect}.json`, `${JSON.stringify(await clusters(store), null, 1)}\n`);
    const canonical = await store.db.selectFrom('canonical_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const mentions = await store.db.selectFrom('event_links').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return {
      dialect, seconds, cpuSeconds: (used.user + used.system) / 1e6,
      stored: outcomes.filter((o) => o.saved === 'inserted').length,
      nearDuplicates: outcomes.filter((o) => o.nearDuplicateOf !== undefined).length,
      canonical: Number(canonical.n), mentions: Number(mentions.n),
    };
  } finally {
    await store.close();
    await cleanup();
  }
}

/** The whole ingest of the inputs into a fresh SQLite file, on a pool of `workers` threads warmed up first. */
async function wholeIngest(workers: number): Promise<{ workers: number; seconds: number; cpuSeconds: number; mainBusySeconds: number; coded: number; skipped: number; documents: number }> {
  const { store, cleanup } = await freshStore('sqlite');
  // With the store's memory, as `ingest` makes its pool, so the second pass codes again only what the memory's changes alter.
  const pool = createCoderPool(workers, { memory: await loadPeopleMemory(store.db) });
  try {
    await Promise.all(generateCorpus(workers * 4, 99).map((a) => pool.code(docFromRaw(a.text, a.id, 'text', { published: a.published }))));
    const docs = inputs();
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { counts } = await ingestStream(docs, { store, workers, versions: [], pool });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const busy = performance.eventLoopUtilization(elu);
    return { workers, seconds, cpuSeconds: (used.user + used.system) / 1e6, mainBusySeconds: busy.active / 1000, coded: counts.coded, skipped: counts.skipped, documents: docs.length };
  } finally {
    await pool.close();
    await store.close();
    await cleanup();
  }
}

async function main(): Promise<void> {
  const { items, seconds: codingSeconds } = codedCorpus();
  const events = items.reduce((n, item) => n + item.doc.events.length, 0);
  const timings = [await timeSaves('sqlite', items)];
  if (pgUrl) timings.push(await timeSaves('postgres', items));
  else process.stderr.write('store-write: PostgreSQL skipped (set PG_URL or pass --pg URL to include it)\n');
  const rows = timings.map((t) =>
    `| ${t.dialect === 'sqlite' ? 'SQLite (WAL, one file)' : 'PostgreSQL (local server)'} | ${(items.length / t.seconds).toFixed(1)} | ${t.seconds.toFixed(2)} s | ${t.cpuSeconds.toFixed(2)} s | ${t.stored} | ${t.nearDuplicates} | ${t.mentions} → ${t.canonical} |`);
  let section = [
    '## Store writes',
    '',
    `Command: \`npx tsx bench/store-write.ts --articles ${count}${pgUrl ? ' --pg "$PG_URL"' : ''}\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}) shared with other engineers' work.`,
    `Input: ${count} generated articles (\`bench/corpus.ts\`) and a wire copy of every tenth (${items.length} documents, ${events} events), coded once before timing${codingSeconds === null ? ' (from the cache)' : ` (${(items.length / codingSeconds).toFixed(1)} articles/s on one thread)`}.`,
    'Timed: the save step of `ingest` only (`saveCoded`: near-duplicate decision, document, sentences, events, merging into canonical events), one process.',
    'CPU is this process\'s user + system time; PostgreSQL\'s server time is not in it.',
    '',
    '| store | articles/s | wall time | CPU time | stored | near-duplicates | mentions → canonical events |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const ingests = [];
  for (const workers of (args.ingest ?? '').split(',').filter(Boolean).map(Number)) ingests.push(await wholeIngest(workers));
  if (ingests.length > 0) {
    section += ['',
      '',
      `Whole \`ingest\` of the same ${items.length} documents into SQLite (\`--ingest ${args.ingest}\`): coding on a pool of worker threads started and warmed up before timing, the near-duplicate decision, batched saves. CPU is the whole process (every thread); "main thread busy" is the event loop\'s active time, where the saves run.`,
      '',
      '| workers | articles/s | wall time | CPU time | main thread busy | coded | skipped |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...ingests.map((r) => `| ${r.workers} | ${(r.documents / r.seconds).toFixed(1)} | ${r.seconds.toFixed(1)} s | ${r.cpuSeconds.toFixed(1)} s | ${r.mainBusySeconds.toFixed(1)} s | ${r.coded} | ${r.skipped} |`),
    ].join('\n');
  }
  process.stdout.write(`${section}\n`);
  if (args.write) {
    const path = join(ROOT, 'docs', 'benchmarks.md');
    const existing = readFileSync(path, 'utf8');
    const without = existing.replace(/\n## Store writes[\s\S]*?(?=\n## |$)/, '').trimEnd();
    writeFileSync(path, `${without}\n\n${section}\n`);
  }
}

await main();
