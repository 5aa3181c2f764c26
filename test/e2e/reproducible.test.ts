import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../src/core/document.js';
import { expandPaths, isFailure, loadFile } from '../../src/ingest/load.js';
import { ingestStream, type IngestCounts } from '../../src/ingest/run-ingest.js';
import { createDocumentCoder } from '../../src/pipeline/default.js';
import { loadPeopleMemory } from '../../src/memory/index.js';
import { openStore } from '../../src/store/index.js';
import { toEventRow } from '../../src/store/event-rows.js';

/**
 * Issue 18: the same inputs give the same events whatever the number of workers or the input
 * order. One corpus (articles that teach a person's country by a title, and others that use only
 * the bare name) is ingested into three real SQLite files: with 1 worker in file order, and with 3
 * worker threads in two other orders, each putting some bare-name articles before the article
 * that teaches the name. Every stored event, party and memory entry must be the same, and so must
 * the canonical events: three reports of arrests on three days running chain (each a day from the
 * next) and merge by report order, not by which was saved first.
 */
const CORPUS = fileURLToPath(new URL('../fixtures/memory-corpus', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'chronicle-reproducible-'));

function loadCorpus(): ArticleDoc[] {
  return expandPaths([CORPUS]).files.filter((f) => f.endsWith('.txt')).map((f) => {
    const doc = loadFile(f);
    if (isFailure(doc)) throw new Error(doc.reason);
    return doc;
  });
}

/** A fixed shuffle (seeded), so a failure is repeatable. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function ingestInto(name: string, docs: readonly ArticleDoc[], workers: number): Promise<{ path: string; counts: IngestCounts }> {
  const path = join(dir, `${name}.db`);
  const store = await openStore(path);
  try {
    const { counts } = await ingestStream(docs, { store, workers, versions: createDocumentCoder().versions });
    return { path, counts };
  } finally {
    await store.close();
  }
}

/** Every stored event with its parties, and the memory, without what names the run (run id, timestamps). */
function storedFacts(path: string): { events: unknown[]; parties: unknown[]; memory: unknown[]; documents: unknown[]; canonical: unknown[]; links: unknown[] } {
  const db = new Database(path, { readonly: true });
  try {
    const events = db.prepare('select * from events order by doc_id, id').all().map((row) => {
      const { run_id: _run, ...rest } = row as Record<string, unknown>;
      return rest;
    });
    const parties = db.prepare('select * from event_actors order by doc_id, event_id, role, idx').all();
    const memory = db.prepare('select * from people_memory order by name').all().map((row) => {
      const { updated_at: _at, ...rest } = row as Record<string, unknown>;
      return rest;
    });
    const documents = db.prepare('select id, status, near_duplicate_of from documents order by id').all();
    // Real-world events merged across articles: rows, parties, pairs and every mention's link with its score and reasons.
    const canonical = [
      ...db.prepare('select * from canonical_events order by id').all(),
      ...db.prepare('select * from canonical_actors order by canonical_id, role, code').all(),
      ...db.prepare('select * from canonical_dyads order by canonical_id, code_a, code_b').all(),
    ];
    const links = db.prepare('select * from event_links order by doc_id, event_id').all();
    return { events, parties, memory, documents, canonical, links };
  } finally {
    db.close();
  }
}

describe('reproducible ingest: workers and input order do not change the stored events', () => {
  const corpus = loadCorpus();
  const teacher = corpus.findIndex((d) => d.raw.includes('Kenyan Interior Minister Daniel Otieno'));
  const runs: Record<string, { path: string; counts: IngestCounts }> = {};

  beforeAll(async () => {
    runs.one = await ingestInto('one-worker-in-order', corpus, 1);
    runs.threeA = await ingestInto('three-workers-reversed', [...corpus].reverse(), 3);
    runs.threeB = await ingestInto('three-workers-shuffled', shuffled(corpus, 18), 3);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should put bare-name articles before the article that teaches the name in the other orders', () => {
    // Without this the comparison below would not test the memory's order.
    expect(teacher).toBeGreaterThanOrEqual(0);
    const reversed = [...corpus].reverse();
    const bare = (d: ArticleDoc) => /^Otieno /m.test(d.raw);
    expect(reversed.findIndex(bare)).toBeLessThan(reversed.indexOf(corpus[teacher]!));
  });

  it('should store the same documents, events, parties and memory in every run, field by field', () => {
    const reference = storedFacts(runs.one!.path);
    expect(reference.events.length).toBeGreaterThan(5);
    for (const name of ['threeA', 'threeB']) {
      const other = storedFacts(runs[name]!.path);
      expect(other.documents, name).toEqual(reference.documents);
      expect(other.memory, name).toEqual(reference.memory);
      expect(other.events, name).toEqual(reference.events);
      expect(other.parties, name).toEqual(reference.parties);
      expect(other.links, name).toEqual(reference.links);
      expect(other.canonical, name).toEqual(reference.canonical);
    }
  });

  it('should merge a chain of reports in report order: the earliest with the next, the third on its own', () => {
    // Monday's and Tuesday's arrests are a day apart, Tuesday's and Wednesday's too, Monday's and Wednesday's two days.
    const db = new Database(runs.threeA!.path, { readonly: true });
    try {
      const merged = db.prepare(`select c.id, c.mention_count, group_concat(e.date, ' ') as dates from canonical_events c
        join event_links l on l.canonical_id = c.id join events e on e.doc_id = l.doc_id and e.id = l.event_id
        join documents d on d.id = e.doc_id where d.uri like '%eldoret%' and e.event = 'COERCE' group by c.id order by c.date_lo`).all() as { mention_count: number; dates: string }[];
      expect(merged.map((c) => [c.mention_count, c.dates.split(' ').sort().join(' ')])).toEqual([[2, '2024-03-04 2024-03-05'], [1, '2024-03-06']]);
      expect(db.prepare('select count(*) as n from event_links where settled = 0').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('should keep the earlier publication of a story run twice as the original, whichever was saved first', () => {
    // File order saves the later copy (10) first, so there the earlier one (13) takes its place.
    for (const run of Object.values(runs)) {
      const db = new Database(run.path, { readonly: true });
      try {
        const copies = db.prepare('select d.uri, o.uri as original from documents d join documents o on o.id = d.near_duplicate_of').all() as { uri: string; original: string }[];
        expect(copies.map((c) => [basename(c.uri), basename(c.original)])).toEqual([['10-eldoret-raids-monday.txt', '13-eldoret-raids-monday-copy.txt']]);
      } finally {
        db.close();
      }
    }
  });

  it('should resolve bare names from the memory the run taught, through the second pass', () => {
    const { parties, memory } = storedFacts(runs.one!.path);
    expect(memory).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Daniel Otieno', code: 'KEN', source: 'learned' }),
      expect.objectContaining({ name: 'Samuel Kato', code: 'UGA', source: 'learned' }),
      expect.objectContaining({ name: 'Peter Lado', code: 'SSD', source: 'learned' }),
    ]));
    // "Otieno ordered police …" in an article that never gives his title.
    expect(parties).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Otieno', code: 'KEN' })]));
    for (const run of Object.values(runs)) {
      expect(run.counts.recoded).toBeGreaterThan(0);
      expect(run.counts.replaced).toBeGreaterThan(0);
      expect(run.counts.recoded).toBeLessThan(corpus.length);
    }
    expect(runs.threeA!.counts).toEqual(runs.one!.counts);
  });

  it('should store what coding every document again against the final memory gives, though the second pass coded only some again', async () => {
    const path = runs.threeB!.path;
    const store = await openStore(path);
    const memory = await loadPeopleMemory(store.db);
    await store.close();
    const db = new Database(path, { readonly: true });
    const coded = new Set((db.prepare("select id from documents where status = 'coded'").all() as { id: string }[]).map((r) => r.id));
    const stored = (db.prepare('select doc_id, id, record from events order by doc_id, id').all() as { doc_id: string; id: string; record: string }[])
      .map((e) => `${e.doc_id} ${e.id} ${e.record}`);
    db.close();
    const coder = createDocumentCoder({ memory });
    const again = loadCorpus().filter((doc) => coded.has(doc.id)).flatMap((doc) => {
      coder.code(doc);
      return doc.events.map((e) => `${doc.id} ${e.id} ${toEventRow(e, doc.id, 'any').record}`);
    }).sort();
    expect(stored.length).toBeGreaterThan(5);
    expect(stored).toEqual(again);
    expect(runs.threeB!.counts.recoded).toBeLessThan(coded.size);
  });
});
