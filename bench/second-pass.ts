/**
 * The corpus memory's second pass (issue 18): what it costs and whether the result depends on the
 * input order. Ingests N generated articles (bench/corpus.ts) into a fresh SQLite file twice —
 * in corpus order and reversed, W worker threads each — then N other articles into the first store
 * (a store whose memory is already learned, the usual case), and reports how many documents taught
 * the memory, how many the second pass coded again and how many of those changed, the time of each
 * pass, and whether the two fresh stores hold the same events. Replaces the section
 * "## Corpus memory: second pass" of docs/benchmarks.md.
 *
 *   npx tsx bench/second-pass.ts --articles 400 --workers 2
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleDoc } from '../src/core/document.js';
import { docFromRaw } from '../src/ingest/load.js';
import { ingestStream, type IngestCounts } from '../src/ingest/run-ingest.js';
import { createDocumentCoder } from '../src/pipeline/default.js';
import { openStore } from '../src/store/index.js';
import { generateCorpus } from './corpus.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { articles: { type: 'string', default: '400' }, workers: { type: 'string', default: '2' }, seed: { type: 'string', default: '18' } } });
const articles = Number(values.articles);
const workers = Number(values.workers);
const dir = mkdtempSync(join(tmpdir(), 'chronicle-second-pass-'));

const corpus = (seed: number, prefix: string): ArticleDoc[] => generateCorpus(articles, seed)
  .map((a, i) => docFromRaw(a.text, `${prefix}${a.id}.txt`, 'text', {}, { id: `${prefix}${a.id}`, published: a.published, source: `outlet-${i % 7}` }));
const docs = corpus(Number(values.seed), '');

interface Outcome { counts: IngestCounts; totalMs: number; settleMs: number; taught: number; people: number; events: string }

async function run(name: string, inputs: readonly ArticleDoc[]): Promise<Outcome> {
  const path = join(dir, `${name.replace(/:.*/, '')}.db`);
  const store = await openStore(path);
  const started = performance.now();
  let lastItem = started;
  const { counts } = await ingestStream(inputs.map((d) => ({ ...d, source: { ...d.source } })), {
    store, workers, versions: createDocumentCoder().versions, onItem() { lastItem = performance.now(); },
  });
  const totalMs = performance.now() - started;
  await store.close();
  const db = new Database(path, { readonly: true });
  const taught = (db.prepare('select count(distinct document_id) as n from people_memory').get() as { n: number }).n;
  const people = (db.prepare('select count(*) as n from people_memory').get() as { n: number }).n;
  const events = JSON.stringify(db.prepare('select doc_id, id, record from events order by doc_id, id').all());
  db.close();
  // onItem reports each document of the first pass; what follows the last one is the second pass (and closing).
  return { counts, totalMs, settleMs: started + totalMs - lastItem, taught, people, events };
}

const inOrder = await run('in-order', docs);
const reversed = await run('reversed', [...docs].reverse());
// Other articles (another seed) into the in-order store: its memory already knows the run's people.
const nextBatch = await run('in-order:next', corpus(Number(values.seed) + 1, 'next-'));
rmSync(dir, { recursive: true, force: true });
const same = inOrder.events === reversed.events;
const pct = (n: number) => `${((100 * n) / articles).toFixed(1)}%`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const section = [
  '## Corpus memory: second pass',
  '',
  `\`npx tsx bench/second-pass.ts --articles ${articles} --workers ${workers}\` (bench/corpus.ts articles, seed ${values.seed}; SQLite; measured ${new Date().toISOString().slice(0, 10)}).`,
  'Every document is coded against the memory as it stood when the run began; the run\'s finishing step applies what the run taught and codes again',
  'the documents naming someone whose entry changed (src/memory/README.md).',
  '',
  '| order | documents coded | people in memory | taught by (documents) | coded again | events changed in | events | whole run | second pass |',
  '|---|---|---|---|---|---|---|---|---|',
  ...[['fresh store, corpus order', inOrder], ['fresh store, reversed', reversed], [`${articles} other articles into the first store`, nextBatch]].map(([label, o]) => {
    const r = o as Outcome;
    return `| ${label as string} | ${r.counts.coded} | ${r.people} | ${r.taught} | ${r.counts.recoded} (${pct(r.counts.recoded)}) | ${r.counts.replaced} (${pct(r.counts.replaced)}) | ${r.counts.events} | ${s(r.totalMs)} | ${s(r.settleMs)} |`;
  }),
  '',
  `Stored events of the two fresh stores identical, record by record: **${same ? 'yes' : 'NO'}**. People in memory and documents`,
  'that taught them are the whole store\'s (the third row: after both batches).',
].join('\n');
const path = join(ROOT, 'docs', 'benchmarks.md');
const existing = readFileSync(path, 'utf8');
writeFileSync(path, `${existing.replace(/\n## Corpus memory: second pass[\s\S]*?(?=\n## |$)/, '').trimEnd()}\n\n${section}\n`);
process.stdout.write(`${section}\n`);
if (!same) process.exitCode = 1;
