/**
 * Where the CPU time of `ingest` into SQLite goes (issue 18): the first pass (coding, near-duplicate
 * check, saving and merging) and the finishing step (the corpus memory's second pass), each as CPU
 * time of the whole process, worker threads included; with one worker (coding in the calling
 * thread) also the coding alone, and with `--sql` the CPU time of each SQL statement shape.
 *
 *   npx tsx bench/ingest-phases.ts [--articles 400] [--workers 1] [--sql]        bench/corpus.ts articles
 *   npx tsx bench/ingest-phases.ts --jsonl FILE [--articles 700]                  real text: {id, text, date|published} lines
 *   npx tsx bench/ingest-phases.ts --dir FOLDER [--dir FOLDER…]                   the .txt and .md files of folders
 *   npx tsx bench/ingest-phases.ts --root CHECKOUT …                              another checkout's code (before a change)
 *   npx tsx bench/ingest-phases.ts … --dump FILE                                  every stored row (but run ids and times) to FILE
 *   npx tsx bench/ingest-phases.ts … --into FILE [--seed N]                       into this SQLite file (a second batch into a store); corpus seed
 *
 * Each run ingests into a fresh SQLite file in the temporary folder and prints its path. `--dump`
 * writes every row of every table but `runs` and `failures`, as JSON, sorted, without run ids and
 * timestamps: `cmp` two runs' dumps to check that a change stores the same. The pool is warmed up before timing, as `npm run bench`
 * does. Compare versions in alternating runs on a shared machine, never against another day's figure.
 */
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: {
  articles: { type: 'string' }, workers: { type: 'string', default: '1' }, jsonl: { type: 'string' }, dir: { type: 'string', multiple: true },
  root: { type: 'string' }, sql: { type: 'boolean', default: false }, dump: { type: 'string' }, into: { type: 'string' }, seed: { type: 'string' },
} });
const ROOT = resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)));
const workers = Number(values.workers);
const cpu = (): number => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };

// SQL statement shapes (multi-row VALUES and IN lists folded), with their CPU time, per phase.
let phase: 'first' | 'settle' = 'first';
const statements = new Map<string, { ms: number; calls: number }>();
if (values.sql) {
  const SQLite = createRequire(join(ROOT, 'package.json'))('better-sqlite3') as new (path: string) => { prepare(sql: string): object };
  const proto = Object.getPrototypeOf(new SQLite(':memory:').prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['all', 'run', 'get', 'iterate']) {
    const original = proto[method]!;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      const started = cpu();
      try {
        return original.apply(this, args);
      } finally {
        const shape = `${phase} ${this.source.replace(/\s+/g, ' ').replace(/(\(\?(, \?)*\))(, \(\?(, \?)*\))+/g, '$1,…').replace(/in \((\?, )+\?\)/g, 'in (?…)').slice(0, 120)}`;
        const entry = statements.get(shape) ?? { ms: 0, calls: 0 };
        entry.ms += cpu() - started;
        entry.calls++;
        statements.set(shape, entry);
      }
    };
  }
}

async function main(): Promise<void> {
  const load = (path: string) => import(join(ROOT, path));
  const [{ docFromRaw }, { ingestStream }, { loadPeopleMemory }, { createCoderPool }, { openStore }, { generateCorpus }] = await Promise.all([
    load('src/ingest/load.ts'), load('src/ingest/run-ingest.ts'), load('src/memory/index.ts'), load('src/parallel/pool.ts'), load('src/store/index.ts'), load('bench/corpus.ts'),
  ]);
  type Doc = { id: string };
  let docs: Doc[];
  if (values.jsonl) {
    const records = readFileSync(values.jsonl, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; date?: string; published?: string })
      .slice(0, Number(values.articles ?? 700));
    docs = records.map((r) => docFromRaw(r.text, `${r.id}.txt`, 'text', {}, { id: r.id, ...(r.published ?? r.date ? { published: (r.published ?? r.date)! } : {}) }));
  } else if (values.dir) {
    docs = values.dir.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => docFromRaw(readFileSync(join(dir, f), 'utf8'), join(dir, f), 'text', {})));
  } else {
    docs = (generateCorpus(Number(values.articles ?? 400), ...(values.seed ? [Number(values.seed)] : [])) as { id: string; text: string; published: string }[]).map((a) => docFromRaw(a.text, a.id, 'text', { published: a.published }));
  }
  const path = values.into ? resolve(values.into) : join(mkdtempSync(join(tmpdir(), 'chronicle-ingest-phases-')), 'ingest.db');
  const store = await openStore(path);
  const pool = createCoderPool(workers, { memory: await loadPeopleMemory(store.db) });
  await Promise.all((generateCorpus(4 * workers, 99) as { id: string; text: string; published: string }[]).map((a) => pool.code(docFromRaw(a.text, a.id, 'text', { published: a.published }))));
  // Coding alone: with one worker it runs in this thread, synchronously inside `code`.
  const coding = { first: 0, settle: 0 };
  const code = pool.code.bind(pool);
  // Second codings resumed from the analysed text their coder kept (src/parallel/analysed-texts.ts).
  let resumed = 0;
  pool.code = (doc: Doc, how?: object) => {
    const started = cpu();
    const result = code(doc, how);
    coding[phase] += cpu() - started;
    return result.then((r: { resumed?: true }) => {
      if (r.resumed) resumed++;
      return r;
    });
  };
  const started = cpu();
  let firstDone = started;
  let items = 0;
  const { counts } = await ingestStream(docs, {
    store, workers, versions: [], pool,
    onItem() {
      firstDone = cpu();
      if (++items === docs.length) phase = 'settle';
    },
  });
  const finished = cpu();
  await pool.close();
  await store.close();
  const n = docs.length;
  const perDoc = (ms: number) => Number((ms / n).toFixed(1));
  const result: Record<string, unknown> = {
    root: ROOT, workers, documents: n, sqlite: path, counts, resumed,
    cpuMsPerDocument: { whole: perDoc(finished - started), firstPass: perDoc(firstDone - started), secondPass: perDoc(finished - firstDone) },
  };
  if (workers <= 1) result.codingMsPerDocument = { firstPass: perDoc(coding.first), secondPass: perDoc(coding.settle) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (values.dump) writeFileSync(values.dump, dumpTables(path));
  if (values.sql) {
    for (const [shape, { ms, calls }] of [...statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
      process.stdout.write(`${ms.toFixed(0).padStart(7)} ms ${String(calls).padStart(6)} × ${shape}\n`);
    }
  }
}

/** Columns that differ between two runs of the same inputs: run ids and clock times. */
const RUN_COLUMNS = /(^|_)run_id$|_at$|^at$/;

function dumpTables(path: string): string {
  const SQLite = createRequire(join(ROOT, 'package.json'))('better-sqlite3') as new (path: string, options: object) => {
    prepare(sql: string): { all(): Record<string, unknown>[] };
    close(): void;
  };
  const db = new SQLite(path, { readonly: true });
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' and name not in ('runs', 'failures') order by name").all();
  let out = '';
  for (const { name } of tables) {
    const rows = db.prepare(`select * from "${String(name)}"`).all()
      .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([column]) => !RUN_COLUMNS.test(column))))).sort();
    out += `## ${String(name)} ${rows.length}\n${rows.map((r) => `${r}\n`).join('')}`;
  }
  db.close();
  return out;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
