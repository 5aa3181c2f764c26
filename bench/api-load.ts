/**
 * `npx tsx bench/api-load.ts [--write]`: the HTTP API under load while an ingest writes into the
 * same SQLite file.
 *
 * 1. Seeds a temp SQLite store with `--seed` generated articles (bench/corpus.ts) through
 *    `ingestStream`, before anything is timed.
 * 2. Starts the real server (`serve`, 127.0.0.1, port 0) and `--clients` concurrent clients: plain
 *    `fetch` loops to 127.0.0.1 only, each issuing a fixed mix of dashboard queries (event pages
 *    with filters, timeline aggregates, dyads, actors, documents, one known event and document).
 * 3. After `--baseline` seconds without writes, starts an ingest of `--ingest` other articles into
 *    the same file: by default a child process (`chronicle ingest DIR --db FILE --workers 1`; WAL
 *    lets it write while the server reads), or in this process with `--ingest-in-process`.
 * 4. Stops when the ingest is done, at `--seconds` in all, or after `--max-requests`, whichever
 *    comes first (a still-running child is killed).
 *
 * Every answer is checked: status 200, JSON that parses, totals that never go down (per client
 * and URL: each client's requests are sequential, so its answers are ordered in time), filters
 * honoured, and the known event and document still returned unchanged. Prints requests/s and
 * latency p50/p95/p99 per phase, errors, and the ingest's articles/s; `--write` replaces the
 * section "## API under load" of docs/benchmarks.md (no other section is touched).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '../src/api/serve.js';
import type { CodedEvent } from '../src/core/document.js';
import { docFromRaw } from '../src/ingest/load.js';
import { ingestStream } from '../src/ingest/run-ingest.js';
import { loadPeopleMemory } from '../src/memory/index.js';
import { createCoderPool } from '../src/parallel/pool.js';
import { openStore } from '../src/store/index.js';
import { generateCorpus, type CorpusArticle } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAIN = join(ROOT, 'src/cli/main.ts');

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '300' },
    ingest: { type: 'string', default: '200' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '30' },
    baseline: { type: 'string', default: '5' },
    'max-requests': { type: 'string', default: '200000' },
    'ingest-in-process': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const SEED = Number(args.seed);
const INGEST = Number(args.ingest);
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const BASELINE = Number(args.baseline);
const MAX_REQUESTS = Number(args['max-requests']);
const IN_PROCESS = args['ingest-in-process'];
for (const [name, value] of Object.entries({ SEED, INGEST, CLIENTS, SECONDS, BASELINE, MAX_REQUESTS })) {
  if (!(Number.isInteger(value) && value >= 1)) throw new Error(`--${name.toLowerCase()} must be a whole number ≥ 1`);
}
if (BASELINE >= SECONDS) throw new Error('--baseline must be shorter than --seconds');

type Phase = 'baseline' | 'ingest';

/** One answer's check: what the body must satisfy, and the figure that must never go down. */
interface QuerySpec {
  readonly name: string;
  readonly path: string;
  /** Throws with a reason when the body is wrong; returns the monotonic figure, if any. */
  readonly check: (body: any) => number | undefined;
}

function assert(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new Error(reason);
}

function parties(e: CodedEvent): string[] {
  return [...e.actor, ...e.recipient, ...e.third_party].map((p) => p.code ?? '');
}

function eventsPage(limit: number, keep: (e: CodedEvent) => boolean = () => true) {
  return (body: { total: number; events: CodedEvent[] }): number => {
    assert(Number.isInteger(body.total) && body.total >= 0, 'total is not a count');
    assert(Array.isArray(body.events) && body.events.length <= limit, `page holds ${body.events?.length} events, limit ${limit}`);
    assert(body.events.every(keep), 'an event does not match the filter');
    return body.total;
  };
}

function timelineTotal(body: { total: number; buckets: { total: number }[]; unplaced: { count: number }[] }): number {
  const sum = body.buckets.reduce((n, b) => n + b.total, 0) + body.unplaced.reduce((n, u) => n + u.count, 0);
  assert(sum === body.total, `timeline buckets add up to ${sum}, total says ${body.total}`);
  return body.total;
}

function dyadTotal(body: { total: number; dyads: { count: number }[] }): number {
  assert(body.total === body.dyads.length, 'dyad total is not the list length');
  return body.dyads.reduce((n, d) => n + d.count, 0);
}

/** The query mix; `known` is one event (and its document) read before the load starts. */
function queryMix(known: CodedEvent): QuerySpec[] {
  const type = known.event;
  const actor = parties(known).find((c) => /^[A-Z]{3}$/.test(c)) ?? 'ARM';
  return [
    { name: 'events page', path: '/api/events?limit=50', check: eventsPage(50) },
    { name: 'events by type', path: `/api/events?type=${type}&limit=20`, check: eventsPage(20, (e) => e.event === type) },
    { name: 'events by actor + dates', path: `/api/events?actor=${actor}&since=2022-01&until=2022-12&limit=20`, check: eventsPage(20, (e) => parties(e).includes(actor)) },
    { name: 'events page 3, no background', path: '/api/events?background=false&limit=20&offset=40', check: eventsPage(20, (e) => !e.background) },
    { name: 'timeline by month', path: '/api/aggregates/timeline?interval=month', check: timelineTotal },
    { name: 'timeline by week, one type', path: `/api/aggregates/timeline?interval=week&type=${type}&since=2022`, check: timelineTotal },
    { name: 'dyads', path: '/api/aggregates/dyads', check: dyadTotal },
    { name: 'dyads, one actor', path: `/api/aggregates/dyads?actor=${actor}`, check: dyadTotal },
    { name: 'actors', path: '/api/actors?limit=20', check: (b: { total: number; actors: unknown[] }) => { assert(b.actors.length <= 20, 'too many actors'); return b.total; } },
    { name: 'documents', path: '/api/documents?limit=20', check: (b: { total: number; documents: unknown[] }) => { assert(b.documents.length <= 20, 'too many documents'); return b.total; } },
    {
      name: 'known document', path: `/api/documents/${known.doc_id}`,
      check: (b: { document: { id: string; text: string }; events: CodedEvent[] }) => {
        assert(b.document.id === known.doc_id, 'another document came back');
        const t = known.evidence.trigger;
        assert(b.document.text.slice(t.start, t.end) === t.text, 'the known trigger no longer indexes the text');
        assert(b.events.some((e) => e.id === known.id), 'the known event is missing from its document');
        return undefined;
      },
    },
    {
      name: 'known event', path: `/api/events/${known.doc_id}/${encodeURIComponent(known.id)}`,
      check: (b: { event: CodedEvent }) => {
        assert(b.event.id === known.id && b.event.doc_id === known.doc_id && b.event.event === known.event, 'the known event changed');
        assert(JSON.stringify(b.event.evidence) === JSON.stringify(known.evidence), 'the known event\'s evidence changed');
        return undefined;
      },
    },
    { name: 'summary', path: '/api/summary', check: (b: { documents: number; events: number }) => b.events },
  ];
}

interface Sample { readonly phase: Phase; readonly ms: number; readonly query: string }
interface Failure { readonly phase: Phase; readonly query: string; readonly reason: string }

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function toDocs(articles: readonly CorpusArticle[]) {
  return articles.map((a) => docFromRaw(a.text, `${a.id}.txt`, 'text', { published: a.published }));
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-api-load-'));
  const dbPath = join(dir, 'chronicle.db');
  // Two disjoint corpora: different seeds and ids, so the load batch is new work, not "exists".
  const seedArticles = generateCorpus(SEED, 11);
  const loadArticles = generateCorpus(INGEST, 4242).map((a) => ({ ...a, id: `load-${a.id}` }));

  process.stderr.write(`seeding ${SEED} articles into ${dbPath} …\n`);
  const store = await openStore(dbPath);
  const seedStarted = performance.now();
  const seeded = await ingestStream(toDocs(seedArticles), { store, workers: cores, versions: [] });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  process.stderr.write(`seeded: ${JSON.stringify(seeded.counts)} in ${seedSeconds.toFixed(1)} s\n`);

  const running = await serve({ store, port: 0, host: '127.0.0.1' });
  await running.ready;
  const base = running.url.replace(/\/$/, '');
  const first = (await (await fetch(`${base}/api/events?limit=1&background=false`)).json()) as { events: CodedEvent[] };
  const known = first.events[0];
  if (!known) throw new Error('the seeded store has no event');
  const mix = queryMix(known);

  const samples: Sample[] = [];
  const failures: Failure[] = [];
  let phase: Phase = 'baseline';
  let stop = false;
  let issued = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;

  async function client(index: number): Promise<void> {
    const highest = new Map<string, number>();
    for (let i = index; !stop && performance.now() < deadline && issued < MAX_REQUESTS; i++) {
      issued++;
      const spec = mix[i % mix.length]!;
      const at = phase;
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}${spec.path}`);
        const text = await res.text();
        const ms = performance.now() - t0;
        samples.push({ phase: at, ms, query: spec.name });
        assert(res.status === 200, `status ${res.status}: ${text.slice(0, 160)}`);
        assert((res.headers.get('content-type') ?? '').startsWith('application/json'), `content-type ${res.headers.get('content-type')}`);
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw new Error(`the body is not JSON: ${text.slice(0, 80)}`);
        }
        const figure = spec.check(body);
        if (figure !== undefined) {
          const before = highest.get(spec.path) ?? -1;
          assert(figure >= before, `${spec.name}: the figure went down from ${before} to ${figure}`);
          highest.set(spec.path, figure);
        }
      } catch (error) {
        failures.push({ phase: at, query: spec.name, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  /** Documents in the file, read through a separate read-only connection (as another process would). */
  const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
  const countDocs = () => (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const docsBefore = countDocs();
  const progress: { at: number; n: number }[] = [];

  async function runIngest(): Promise<{ seconds: number; exit: string }> {
    const t0 = performance.now();
    if (IN_PROCESS) {
      // With the store's memory, as `ingest` makes its pool, so the second pass codes again only what the memory's changes alter.
      const pool = createCoderPool(1, { memory: await loadPeopleMemory(store.db) });
      try {
        const { counts } = await ingestStream(toDocs(loadArticles), { store, workers: 1, versions: [], pool });
        return { seconds: (performance.now() - t0) / 1000, exit: `in process, ${counts.inserted} inserted` };
      } finally {
        await pool.close();
      }
    }
    const folder = join(dir, 'load');
    mkdirSync(folder);
    for (const a of loadArticles) {
      writeFileSync(join(folder, `${a.id}.txt`), a.text);
      writeFileSync(join(folder, `${a.id}.meta.json`), JSON.stringify({ published: a.published }));
    }
    return new Promise((resolveRun) => {
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', folder, '--db', dbPath, '--workers', '1'], {
        cwd: ROOT, env: { ...process.env, CHRONICLE_DB: '' }, stdio: ['ignore', 'pipe', 'ignore'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
      const killer = setTimeout(() => child.kill('SIGTERM'), Math.max(0, deadline - performance.now()));
      child.on('exit', (code, signal) => {
        clearTimeout(killer);
        resolveRun({ seconds: (performance.now() - t0) / 1000, exit: signal ? `killed (${signal}) at the time limit` : `exit ${code} ${out.trim()}` });
      });
    });
  }

  const clients = Array.from({ length: CLIENTS }, (_, i) => client(i));
  await new Promise((r) => setTimeout(r, BASELINE * 1000));
  const baselineSeconds = (performance.now() - started) / 1000;
  phase = 'ingest';
  const ingestStarted = performance.now();
  const poll = setInterval(() => progress.push({ at: performance.now(), n: countDocs() }), 200);
  const ingest = await runIngest();
  clearInterval(poll);
  progress.push({ at: performance.now(), n: countDocs() });
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;
  stop = true;
  await Promise.all(clients);
  const docsAfter = countDocs();
  reader.close();
  await running.close();
  await store.close();

  // The ingest's own rate: from its first stored document to its last (child start-up and model loading excluded).
  const firstStored = progress.find((p) => p.n > docsBefore);
  const lastStored = progress.find((p) => p.n === docsAfter);
  const stored = docsAfter - docsBefore;
  const codingSeconds = firstStored && lastStored && lastStored.at > firstStored.at ? (lastStored.at - firstStored.at) / 1000 : Number.NaN;
  const codingRate = Number.isFinite(codingSeconds) ? (lastStored!.n - firstStored!.n) / codingSeconds : Number.NaN;

  const phaseRows = (['baseline', 'ingest'] as const).map((p) => {
    const ms = samples.filter((s) => s.phase === p).map((s) => s.ms).sort((a, b) => a - b);
    const seconds = p === 'baseline' ? baselineSeconds : ingestSeconds;
    const errors = failures.filter((f) => f.phase === p).length;
    return `| ${p === 'baseline' ? 'no writes' : 'during the ingest'} | ${seconds.toFixed(1)} | ${ms.length} | **${(ms.length / seconds).toFixed(0)}** | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${percentile(ms, 99).toFixed(1)} | ${(ms.at(-1) ?? Number.NaN).toFixed(0)} | ${errors} |`;
  });
  const perQuery = mix.map((q) => {
    const ms = samples.filter((s) => s.query === q.name && s.phase === 'ingest').map((s) => s.ms).sort((a, b) => a - b);
    return `| ${q.name} | \`${q.path.replace(known.doc_id, '{doc}').replace(encodeURIComponent(known.id), '{event}')}\` | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} |`;
  });
  const reasons = [...new Set(failures.map((f) => `${f.query}: ${f.reason}`))].slice(0, 5);
  const ingestLine = IN_PROCESS
    ? `in this process (\`ingestStream\`, 1 worker thread)`
    : '`chronicle ingest DIR --db FILE --workers 1` in a child process on the same SQLite file';
  const command = `npx tsx bench/api-load.ts --seed ${SEED} --ingest ${INGEST} --clients ${CLIENTS} --seconds ${SECONDS} --baseline ${BASELINE}${IN_PROCESS ? ' --ingest-in-process' : ''} --write`;
  const section = [
    '## API under load',
    '',
    `Command: \`${command}\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), shared with other work.`,
    '',
    `A SQLite store (WAL) seeded with ${SEED} generated articles (\`bench/corpus.ts\`; ${seeded.counts.coded} coded, ${seeded.counts.events} events, seeded in ${seedSeconds.toFixed(0)} s before timing) is served by \`serve\` on 127.0.0.1; ${CLIENTS} clients (\`fetch\` loops in the same process, 127.0.0.1 only) cycle through ${mix.length} typical dashboard queries. After ${BASELINE} s without writes, an ingest of ${INGEST} other articles runs: ${ingestLine}. The run stops when the ingest ends (or at ${SECONDS} s). Every answer is checked: status 200, JSON that parses, filters honoured, timeline buckets adding up to the total, totals never going down (per client and URL), and one known event and its document returned unchanged.`,
    '',
    '| phase | s | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...phaseRows,
    '',
    `Ingest during the load: ${stored} articles stored in ${ingest.seconds.toFixed(1)} s wall time (${ingest.exit.split(' {')[0]}; start-up and model loading included) — **${Number.isFinite(codingRate) ? codingRate.toFixed(1) : 'n/a'} articles/s** from its first stored article to its last. Errors: ${failures.length}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}.`,
    '',
    'Latency per query during the ingest:',
    '',
    '| query | path | p50 ms | p95 ms |',
    '| --- | --- | ---: | ---: |',
    ...perQuery,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (args.write) {
    const path = join(ROOT, 'docs', 'benchmarks.md');
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
    const without = existing.replace(/\n## API under load[\s\S]*?(?=\n## |$)/, '').trimEnd();
    writeFileSync(path, `${without}\n\n${section}\n`);
    process.stderr.write(`wrote "## API under load" in ${path}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
  if (failures.length > 0) process.exitCode = 1;
}

await main();
