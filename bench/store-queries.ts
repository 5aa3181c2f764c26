/**
 * Times typical filtered store queries: the median of several runs after one warm-up run.
 *
 *   npx tsx bench/store-queries.ts --db /tmp/chronicle-bench.db [--runs 7] [--only dyad] [--answers before.json]
 *   npx tsx bench/store-queries.ts --db "$PG_URL?options=-c%20search_path%3Dbench"
 *
 * Generate the store first with bench/store-generate.ts. Prints a Markdown table row per query.
 * `--only` runs the queries whose name matches a regular expression; `--answers` writes a digest
 * of each query's rows to a JSON file, to check that a change to the store keeps every answer.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { actorCounts, countsByDateAndType, dyads, eventPoints } from '../src/api/queries.js';
import { openStore, type Store } from '../src/store/index.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, runs: { type: 'string', default: '7' }, only: { type: 'string' }, answers: { type: 'string' } },
});
if (!values.db) throw new Error('--db LOCATION is required.');
const RUNS = Number(values.runs);

const CAUCASUS = { west: 38, south: 36, east: 52, north: 44 };

/** The queries a dashboard or analyst runs: a page of events, or one aggregate. */
const QUERIES: [name: string, run: (store: Store) => Promise<unknown[]>][] = [
  ['events: type + date range (a month), page of 100', (s) => s.queryEvents({ type: 'ASSAULT', since: '2022-09', until: '2022-09-30', limit: 100 })],
  ['events: actor (any role), page of 100', (s) => s.queryEvents({ actor: 'ARM', limit: 100 })],
  ['events: actor + date range (a year), page of 100', (s) => s.queryEvents({ actor: 'GEO', since: '2021', until: '2021', limit: 100 })],
  ['events: dyad (either direction), page of 100', (s) => s.queryEvents({ dyad: ['RUS', 'UKR'], limit: 100 })],
  ['events: bounding box + year, page of 100', (s) => s.queryEvents({ bbox: CAUCASUS, since: '2022', until: '2022', limit: 100 })],
  ['events: type + mode + 2 sources, page of 100', (s) => s.queryEvents({ type: 'RETREAT', mode: 'release', minSources: 2, limit: 100 })],
  ['canonical: type + date range + 2 sources, page of 100', (s) => s.queryCanonicalEvents({ type: 'ASSAULT', since: '2023-01', until: '2023-03', minSources: 2, limit: 100 })],
  ['canonical: dyad + date range, page of 100', (s) => s.queryCanonicalEvents({ dyad: ['USA', 'CHN'], since: '2020', limit: 100 })],
  ['count per month per type: one type, one year', (s) => s.countEvents({ by: 'month', type: 'ASSAULT', since: '2022', until: '2022' })],
  ['count per week per type: one year', (s) => s.countEvents({ by: 'week', since: '2023', until: '2023' })],
  ['count per month per type: whole store', (s) => s.countEvents({ by: 'month' })],
  ['dyads with coop/conflict split: one quarter, top 20', (s) => s.dyadCounts({ since: '2024-01', until: '2024-03', limit: 20 })],
  ['dyads with coop/conflict split: whole store, top 20', (s) => s.dyadCounts({ limit: 20 })],
  ['fatalities per month (canonical headline figures): since 2020', (s) => s.fatalitiesByMonth({ since: '2020' })],
  // The dashboard's own questions (issue 17): the event table's default page, a dyad click, the
  // country and search boxes, the filtered articles list, and the aggregates behind the views.
  ['dashboard: events newest first, page of 50', (s) => s.queryEvents({ order: '-date', limit: 50 })],
  ['dashboard: events newest first, page 21 of 50', (s) => s.queryEvents({ order: '-date', limit: 50, offset: 1000 })],
  ['dashboard: actor role + recipient role (a dyad click), page of 50', (s) => s.queryEvents({ parties: [{ role: 'actor', code: 'RUS' }, { role: 'recipient', code: 'UKR' }], order: '-date', limit: 50 })],
  ['dashboard: country as party or place, page of 50', (s) => s.queryEvents({ country: 'GEO', order: '-date', limit: 50 })],
  ['dashboard: party words contain "soldiers", page of 50', (s) => s.queryEvents({ parties: [{ text: { contains: 'soldiers' } }], order: '-date', limit: 50 })],
  ['dashboard: search one word, page of 50', (s) => s.queryEvents({ search: 'ceasefire', order: '-date', limit: 50 })],
  ['dashboard: search two words + a year, page of 50', (s) => s.queryEvents({ search: 'prisoners freed', since: '2022', until: '2022', order: '-date', limit: 50 })],
  ['dashboard: sorted by death toll, page of 50', (s) => s.queryEvents({ order: '-dead', limit: 50 })],
  ['dashboard: articles with an ASSAULT in a month, 100', (s) => s.listDocuments(100, 0, { events: { type: 'ASSAULT', since: '2022-09', until: '2022-09' }, order: 'newest' })],
  ['dashboard: timeline counts (date × type), one year', (s) => countsByDateAndType(s.db, { since: '2022', until: '2022' })],
  ['dashboard: timeline counts (date × type), whole store', (s) => countsByDateAndType(s.db, {})],
  ['dashboard: directed dyads by party key, one quarter', (s) => dyads(s.db, { since: '2024-01', until: '2024-03' })],
  ['dashboard: directed dyads by party key, whole store', (s) => dyads(s.db, {})],
  ['dashboard: parties by key with role counts, one quarter', (s) => actorCounts(s.db, { since: '2024-01', until: '2024-03' })],
  ['dashboard: parties by key with role counts, whole store', (s) => actorCounts(s.db, {})],
  ['dashboard: map points, one country, 2000 largest tolls', async (s) => (await eventPoints(s.db, { country: 'UKR' }, 2000)).points],
];

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const store = await openStore(values.db);
const summary = await store.summary();
process.stdout.write(`${store.dialect}: ${summary.events.toLocaleString('en')} events, ${summary.documents.toLocaleString('en')} documents; median of ${RUNS} runs after 1 warm-up\n\n`);
process.stdout.write('| query | rows | median ms |\n|---|---:|---:|\n');
const only = values.only === undefined ? undefined : new RegExp(values.only);
const answers: Record<string, string> = {};
for (const [name, run] of QUERIES) {
  if (only !== undefined && !only.test(name)) continue;
  const first = await run(store);
  answers[name] = createHash('sha256').update(JSON.stringify(first)).digest('hex');
  let rows = first.length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    rows = (await run(store)).length;
    times.push(performance.now() - start);
  }
  process.stdout.write(`| ${name} | ${rows} | ${median(times).toFixed(1)} |\n`);
}
if (values.answers !== undefined) writeFileSync(values.answers, `${JSON.stringify(answers, null, 2)}\n`);
await store.close();
