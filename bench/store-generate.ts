/**
 * Generates a realistic store of N coded events (default 1,000,000) for the query benchmarks.
 *
 *   npx tsx bench/store-generate.ts --db /tmp/chronicle-bench.db [--events 1000000]
 *   npx tsx bench/store-generate.ts --db "$PG_URL" [--events 1000000]
 *
 * Templates: the events the real pipeline codes from examples/azerbaijan-releases-17-prisoners.txt.
 * A *story* re-targets all of them at once: the template's countries are mapped to other
 * countries (drawn with a Zipf-like skew, as news coverage is), its dates shifted to a day in
 * 2015–2024, its places moved to a city of the story's first country. Each story is reported by
 * 1–3 outlets (one document each, with the death toll varying by outlet), so canonical events have
 * 1–3 mentions. Rows go in with multi-row INSERTs, a transaction per batch of documents; canonical
 * events are built from their mentions with the store's own `summarize` rather than merged one
 * by one (the same rows `remerge` would give, in minutes instead of hours).
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { ArticleDoc, CodedEvent, EventParty } from '../src/core/document.js';
import { loadFile } from '../src/ingest/load.js';
import { createDocumentCoder } from '../src/pipeline/default.js';
import { chunk } from '../src/store/chunk.js';
import { dyadsOf, toActorRows, toDyadRows, toEventRow } from '../src/store/event-rows.js';
import { openStore } from '../src/store/index.js';
import { clusterFacts, encodeClusterFacts } from '../src/store/merge/cluster-facts.js';
import { summarize } from '../src/store/merge/summarize.js';
import { countIntoSummaries } from '../src/store/summaries.js';
import { addDays, monthOf, sortDate } from '../src/store/periods.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, events: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '7' } } });
if (!values.db) throw new Error('--db LOCATION is required (a SQLite path or postgres:// URL).');
const TARGET = Number(values.events);

/** A small deterministic PRNG (mulberry32), so every run generates the same store. */
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Countries with a capital or large city each, in rough order of news coverage. */
const PLACES: readonly [code: string, city: string, lat: number, lon: number][] = [
  ['USA', 'Washington', 38.9, -77.04], ['RUS', 'Moscow', 55.75, 37.62], ['UKR', 'Kyiv', 50.45, 30.52], ['CHN', 'Beijing', 39.9, 116.4],
  ['ISR', 'Jerusalem', 31.77, 35.21], ['PSE', 'Gaza', 31.5, 34.47], ['IRN', 'Tehran', 35.69, 51.39], ['SYR', 'Damascus', 33.51, 36.29],
  ['TUR', 'Ankara', 39.93, 32.86], ['GBR', 'London', 51.51, -0.13], ['FRA', 'Paris', 48.86, 2.35], ['DEU', 'Berlin', 52.52, 13.4],
  ['IND', 'New Delhi', 28.61, 77.21], ['PAK', 'Islamabad', 33.68, 73.05], ['AFG', 'Kabul', 34.53, 69.17], ['IRQ', 'Baghdad', 33.31, 44.36],
  ['ARM', 'Yerevan', 40.18, 44.51], ['AZE', 'Baku', 40.41, 49.87], ['GEO', 'Tbilisi', 41.72, 44.79], ['SDN', 'Khartoum', 15.5, 32.56],
  ['ETH', 'Addis Ababa', 9.03, 38.74], ['SOM', 'Mogadishu', 2.05, 45.32], ['NGA', 'Abuja', 9.08, 7.4], ['MLI', 'Bamako', 12.64, -8.0],
  ['COD', 'Kinshasa', -4.32, 15.31], ['YEM', 'Sanaa', 15.37, 44.19], ['SAU', 'Riyadh', 24.71, 46.68], ['EGY', 'Cairo', 30.04, 31.24],
  ['LBY', 'Tripoli', 32.89, 13.19], ['MMR', 'Naypyidaw', 19.76, 96.08], ['PRK', 'Pyongyang', 39.04, 125.76], ['KOR', 'Seoul', 37.57, 126.98],
  ['JPN', 'Tokyo', 35.68, 139.69], ['TWN', 'Taipei', 25.03, 121.57], ['VEN', 'Caracas', 10.48, -66.9], ['COL', 'Bogota', 4.71, -74.07],
  ['MEX', 'Mexico City', 19.43, -99.13], ['BRA', 'Brasilia', -15.79, -47.88], ['SRB', 'Belgrade', 44.79, 20.45], ['BLR', 'Minsk', 53.9, 27.56],
];
/** Zipf-like weights: the i-th country is drawn ∝ 1/(i+1). */
const CUMULATIVE = (() => {
  const weights = PLACES.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();
function country(): (typeof PLACES)[number] {
  const r = random();
  return PLACES[CUMULATIVE.findIndex((c) => r <= c)] ?? PLACES.at(-1)!;
}
const OUTLETS = ['AFP', 'Reuters', 'AP', 'BBC', 'Al Jazeera', 'DW', 'The Guardian', 'France 24', 'TASS', 'Xinhua', 'Anadolu', 'CNN'];

function templates(): ArticleDoc {
  const doc = loadFile('examples/azerbaijan-releases-17-prisoners.txt');
  if (!('raw' in doc)) throw new Error(doc.reason);
  createDocumentCoder().code(doc);
  return doc;
}

/** A template event moved to a story: codes mapped, date shifted by `days`, place moved. */
function retarget(event: CodedEvent, docId: string, outlet: string, map: Map<string, string>, days: number, place: (typeof PLACES)[number], deadScale: number): CodedEvent {
  const party = (p: EventParty): EventParty => ({ ...p, code: p.code === null ? null : (map.get(p.code) ?? p.code) });
  let date = event.date;
  if (date !== null && event.date_precision === 'day') date = addDays(date, days);
  else if (date !== null && event.date_precision === 'month') date = monthOf(addDays(`${date}-15`, days));
  else if (date !== null && event.date_precision === 'year') date = String(Number(date) + Math.round(days / 365));
  const located = event.event_loc !== null || random() < 0.3;
  const size = { ...event.size };
  if (size.dead) size.dead = { ...size.dead, value: Math.max(1, Math.round(size.dead.value * deadScale)) };
  return {
    ...event,
    id: `${docId}:${event.id.split(':')[1]}`,
    doc_id: docId,
    actor: event.actor.map(party),
    recipient: event.recipient.map(party),
    third_party: event.third_party.map(party),
    date,
    size,
    event_loc: located ? { name: place[1], country_code: place[0], lat: place[2] + (random() - 0.5) * 0.2, lon: place[3] + (random() - 0.5) * 0.2, level: 'city' } : null,
    why: event.why.slice(0, 2),
    // Each outlet words its report differently; identical sentences would count as one wire story.
    evidence: { ...event.evidence, sentence: { ...event.evidence.sentence, text: `(${outlet}) ${event.evidence.sentence.text}` } },
  };
}

async function main(): Promise<void> {
  const template = templates();
  const templateCodes = [...new Set(template.events.flatMap((e) => [...e.actor, ...e.recipient, ...e.third_party].map((p) => p.code)).filter((c): c is string => c !== null))];
  const store = await openStore(values.db!);
  const runId = await store.startRun(['bench@1']);
  const started = Date.now();
  let events = 0;
  let storyNo = 0;
  const BATCH_STORIES = 100;
  while (events < TARGET) {
    const docs: { id: string; outlet: string; published: string; events: CodedEvent[] }[] = [];
    const canonical: { id: string; mentions: { docId: string; event: CodedEvent; publishedAt: string; siteName: string; url: string }[] }[] = [];
    for (let s = 0; s < BATCH_STORIES && events < TARGET; s++, storyNo++) {
      const map = new Map<string, string>();
      for (const code of templateCodes) {
        let to = country()[0];
        for (let tries = 0; [...map.values()].includes(to) && tries < 10; tries++) to = country()[0];
        map.set(code, to);
      }
      const days = Math.floor(random() * 3650) - 2800; // 2015-01 … 2024-12 around the template's 2022-10-04
      const place = PLACES.find((p) => p[0] === map.get('AZE')) ?? country();
      const outlets = [...OUTLETS].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 3));
      const clusters = template.events.map((_, i) => ({ id: `c:s${storyNo}/${i}`, mentions: [] as (typeof canonical)[number]['mentions'] }));
      outlets.forEach((outlet, o) => {
        const docId = `s${storyNo}-${o}`;
        const published = addDays('2022-10-04', days + o);
        const docEvents = template.events.map((event) => retarget(event, docId, outlet, map, days, place, 0.9 + random() * 0.3));
        docs.push({ id: docId, outlet, published, events: docEvents });
        docEvents.forEach((event, i) => clusters[i]!.mentions.push({ docId, event, publishedAt: published, siteName: outlet, url: `https://${outlet.toLowerCase().replace(/ /g, '')}.example/${docId}` }));
        events += docEvents.length;
      });
      canonical.push(...clusters);
    }
    await store.db.transaction().execute(async (trx) => {
      for (const rows of chunk(docs.map((d) => ({
        id: d.id, uri: `bench/${d.id}.txt`, url: `https://${d.outlet.toLowerCase().replace(/ /g, '')}.example/${d.id}`, title: template.source.title ?? null, author: null,
        published_at: d.published, published_provenance: 'input-field', site_name: d.outlet, language: 'en', format: 'text' as const, status: 'coded' as const,
        status_reason: null, text: '', raw_length: template.raw.length, diagnostics: '[]', run_id: runId, created_at: new Date(started).toISOString(),
      })), 500)) await trx.insertInto('documents').values(rows).execute();
      const all = docs.flatMap((d) => d.events);
      for (const rows of chunk(all.map((e) => toEventRow(e, e.doc_id, runId)), 1000)) await trx.insertInto('events').values(rows).execute();
      for (const rows of chunk(all.flatMap((e) => toActorRows(e, e.doc_id)), 2000)) await trx.insertInto('event_actors').values(rows).execute();
      const dyads = all.flatMap((e) => toDyadRows(e, e.doc_id));
      for (const rows of chunk(dyads, 2000)) await trx.insertInto('event_dyads').values(rows).execute();
      await countIntoSummaries(trx, all.map((e) => ({ doc_id: e.doc_id, id: e.id, date: e.date, event: e.event })), dyads);
      const summaries = canonical.map((c) => ({ id: c.id, mentions: c.mentions, s: summarize(c.mentions) }));
      for (const rows of chunk(summaries.map(({ id, mentions, s }) => ({
        id, event: s.event, mode: s.mode, quad: s.quad, date: s.date, date_precision: s.datePrecision, date_lo: s.dateLo, date_hi: s.dateHi, month: s.month, date_sort: sortDate(s.date),
        background: s.background ? 1 : 0, country_code: s.countryCode, lat: s.lat, lon: s.lon, first_reported: s.firstReported, mention_count: s.mentionCount,
        source_count: s.sourceCount, dead: s.dead, dead_rule: s.deadRule, figures: JSON.stringify(s.figures), actors: JSON.stringify(s.actors), locked: 0, record: JSON.stringify(s.record),
        merge_facts: encodeClusterFacts(clusterFacts(mentions)),
      })), 1000)) await trx.insertInto('canonical_events').values(rows).execute();
      for (const rows of chunk(summaries.flatMap(({ id, mentions }) => mentions.map((m) => ({
        doc_id: m.docId, event_id: m.event.id, canonical_id: id, score: 1, reasons: '["bench: generated from one story"]', pinned: 0, settled: 1,
      }))), 3000)) await trx.insertInto('event_links').values(rows).execute();
      for (const rows of chunk(summaries.flatMap(({ id, s }) => Object.entries(s.actors).flatMap(([role, codes]) => codes.map((code) => ({ canonical_id: id, role: role as 'actor', code })))), 5000)) {
        await trx.insertInto('canonical_actors').values(rows).execute();
      }
      for (const rows of chunk(summaries.flatMap(({ id, s }) => dyadsOf([...new Set([...s.actors.actor, ...s.actors.recipient])].sort()).map(([a, b]) => ({ canonical_id: id, code_a: a, code_b: b }))), 5000)) {
        await trx.insertInto('canonical_dyads').values(rows).execute();
      }
    });
    process.stderr.write(`\r${events.toLocaleString('en')} events, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await store.finishRun(runId, { events });
  // Fresh statistics, as a database that has been in use has: the planner picks indexes by them.
  // PostgreSQL also gets what autovacuum would soon do after a bulk load: a visibility map, without
  // which an index-only scan reads the table anyway (timings would depend on when autovacuum ran).
  await (store.dialect === 'postgres' ? sql`vacuum analyze` : sql`analyze`).execute(store.db);
  await store.close();
  process.stderr.write(`\n${values.db}: ${events.toLocaleString('en')} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

await main();
