import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../core/document.js';
import { createDocumentCoder } from '../pipeline/default.js';
import { cleanInput } from '../stages/clean/index.js';
import { openStore, type Store } from '../store/index.js';
import { DIALECTS, freshLocation, type TestLocation } from '../store/testing/dialects.js';
import { docFromRaw } from './load.js';
import {
  bandKeys, decodeSignature, encodeSignature, findNearDuplicate, findNearDuplicateMatch, NEAR_DUPLICATE, nearDuplicateCheck, rememberDocument, signature, similarity,
} from './near-duplicates.js';

const WIRE = fileURLToPath(new URL('../../test/fixtures/ingest/wire/', import.meta.url));

/** A document as `ingest` has it after `clean`: raw input plus cleaned text. */
function cleaned(name: string): ArticleDoc {
  const raw = readFileSync(WIRE + name, 'utf8');
  const format = name.endsWith('.html') ? 'html' : 'text';
  const doc = docFromRaw(raw, WIRE + name, format);
  doc.text = cleanInput(raw, format).text;
  return doc;
}

const sig = (name: string) => signature(cleaned(name).text)!;

describe('similarity of signatures', () => {
  it.each([
    ['geneva-talks-wire.txt', 'geneva-talks-reprint.html', 'the same wire story with another headline, byline, dateline, a Read-more line and a cut last sentence', 0.6, 1],
    ['geneva-talks-wire.txt', 'geneva-talks-analysis.txt', 'two stories about the same Geneva meeting, written separately', 0, 0.2],
    ['geneva-talks-wire.txt', 'prisoners-release.txt', 'two Armenia–Azerbaijan stories about different events', 0, 0.1],
    ['geneva-talks-reprint.html', 'geneva-talks-analysis.txt', 'the reprint against the separate analysis', 0, 0.2],
  ])('should score %s vs %s (%s) within [%f, %f]', (a, b, _why, low, high) => {
    const score = similarity(sig(a), sig(b));
    expect(score).toBeGreaterThanOrEqual(low);
    expect(score).toBeLessThanOrEqual(high);
  });

  it('should score a text against itself as 1 and be deterministic across calls', () => {
    expect(similarity(sig('geneva-talks-wire.txt'), sig('geneva-talks-wire.txt'))).toBe(1);
    expect(Array.from(sig('prisoners-release.txt'))).toEqual(Array.from(sig('prisoners-release.txt')));
  });

  it('should give no signature to a text too short to judge', () => {
    expect(signature('Markets closed higher on Tuesday as oil prices fell.')).toBeUndefined();
  });

  it('should ignore case, punctuation and spacing', () => {
    const text = cleaned('prisoners-release.txt').text;
    expect(similarity(signature(text)!, signature(text.toUpperCase().replace(/,/g, ' ,  '))!)).toBe(1);
  });

  it('should round-trip a signature through its stored form and make one band key per band', () => {
    const s = sig('geneva-talks-wire.txt');
    expect(Array.from(decodeSignature(encodeSignature(s)))).toEqual(Array.from(s));
    expect(bandKeys(s)).toHaveLength(NEAR_DUPLICATE.bands);
    expect(bandKeys(s)[0]).toMatch(/^0:[0-9a-f]{32}$/);
  });
});

for (const dialect of DIALECTS) describe(`findNearDuplicate (${dialect})`, () => {
  let location: TestLocation;
  let store: Store;
  let runId: string;
  beforeEach(async () => {
    location = await freshLocation(dialect);
    store = await openStore(location.location, { now: () => new Date('2022-10-05T08:00:00Z') });
    runId = await store.startRun(['clean@1']);
  });
  afterEach(async () => {
    await store.close();
    await location.cleanup();
  });

  async function ingestOriginal(name: string): Promise<ArticleDoc> {
    const doc = cleaned(name);
    await store.saveDocument(doc, runId);
    expect(await rememberDocument(store, doc)).toBe(true);
    return doc;
  }

  it('should find the earlier wire copy of a reprinted story', async () => {
    const wire = await ingestOriginal('geneva-talks-wire.txt');
    const reprint = cleaned('geneva-talks-reprint.html');
    expect(reprint.id).not.toBe(wire.id); // not an exact duplicate: the content hashes differ
    expect(await findNearDuplicate(store, reprint)).toBe(wire.id);
    expect((await findNearDuplicateMatch(store, reprint))?.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE.threshold);
  });

  it('should clean the raw input itself when doc.text is not set yet', async () => {
    const wire = await ingestOriginal('geneva-talks-wire.txt');
    const reprint = cleaned('geneva-talks-reprint.html');
    reprint.text = '';
    expect(await findNearDuplicate(store, reprint)).toBe(wire.id);
  });

  it.each(['geneva-talks-analysis.txt', 'prisoners-release.txt'])('should not link %s, a different story on the same topic', async (name) => {
    await ingestOriginal('geneva-talks-wire.txt');
    expect(await findNearDuplicate(store, cleaned(name))).toBeUndefined();
  });

  it('should record a skipped copy with near_duplicate_of pointing at the original', async () => {
    const wire = await ingestOriginal('geneva-talks-wire.txt');
    const reprint = cleaned('geneva-talks-reprint.html');
    const original = (await findNearDuplicate(store, reprint))!;
    await store.saveDocument(reprint, runId, { status: 'skipped', reason: `near-duplicate of ${original}`, nearDuplicateOf: original });
    const stored = await store.getDocument(reprint.id);
    expect(stored).toMatchObject({ status: 'skipped', statusReason: `near-duplicate of ${wire.id}`, nearDuplicateOf: wire.id });
    expect((await store.getDocument(wire.id))?.nearDuplicateOf).toBeUndefined();
  });

  it('should not match a document against its own signature, and index it only once', async () => {
    const wire = await ingestOriginal('geneva-talks-wire.txt');
    expect(await findNearDuplicate(store, wire)).toBeUndefined();
    await rememberDocument(store, wire);
    const rows = await store.db.selectFrom('near_duplicate_bands').select('doc_id').execute();
    expect(rows).toHaveLength(NEAR_DUPLICATE.bands);
  });

  it('should keep nothing for a text too short to judge', async () => {
    const brief = docFromRaw('Markets closed higher on Tuesday.', 'brief.txt', 'text');
    brief.text = 'Markets closed higher on Tuesday.';
    await store.saveDocument(brief, runId);
    expect(await rememberDocument(store, brief)).toBe(false);
    expect(await findNearDuplicate(store, brief)).toBeUndefined();
  });
});

/** A wire copy as another site republishes it: its own headline line, a dateline, a "Read more" line. */
function republished(name: string): ArticleDoc {
  const raw = readFileSync(WIRE + name, 'utf8');
  const [, ...body] = raw.split('\n');
  const copy = `Republished: ${name}\n\nGENEVA (AFP) — ${body.join('\n').trim()}\nRead more on our site.\n`;
  const doc = docFromRaw(copy, `copy-of-${name}`, 'text');
  doc.text = cleanInput(copy, 'text').text;
  return doc;
}

for (const dialect of DIALECTS) describe(`the near-duplicate decision inside the save (${dialect})`, () => {
  let location: TestLocation;
  beforeEach(async () => {
    location = await freshLocation(dialect);
  });
  afterEach(async () => {
    await location.cleanup();
  });

  const save = (store: Store, runId: string, doc: ArticleDoc, merge: boolean) =>
    store.saveDocuments([{ doc, status: { status: 'coded' }, options: { ...nearDuplicateCheck(doc), merge } }], runId).then(([result]) => result!);

  it('should store a later copy as a near-duplicate of the stored original, without a signature of its own', async () => {
    const store = await openStore(location.location);
    try {
      const runId = await store.startRun(['clean@1']);
      const wire = cleaned('geneva-talks-wire.txt');
      wire.source.publishedAt = '2022-10-05T09:00:00Z';
      const reprint = cleaned('geneva-talks-reprint.html');
      reprint.source.publishedAt = '2022-10-05T12:00:00Z';
      expect(await save(store, runId, wire, true)).toEqual({ saved: 'inserted' });
      expect(await save(store, runId, reprint, true)).toEqual({ saved: 'inserted', nearDuplicateOf: wire.id });
      expect(await save(store, runId, cleaned('geneva-talks-analysis.txt'), true)).toEqual({ saved: 'inserted' });
      const signed = await store.db.selectFrom('near_duplicate_signatures').select('doc_id').execute();
      expect(signed.map((row) => row.doc_id)).not.toContain(cleaned('geneva-talks-reprint.html').id);
      expect(await store.getDocument(cleaned('geneva-talks-reprint.html').id)).toMatchObject({ status: 'skipped', nearDuplicateOf: wire.id });
    } finally {
      await store.close();
    }
  });

  /** A wire file coded by the whole pipeline, published at the given time. */
  const codedAt = (name: string, published: string): ArticleDoc => {
    const doc = docFromRaw(readFileSync(WIRE + name, 'utf8'), WIRE + name, name.endsWith('.html') ? 'html' : 'text', {}, { published });
    expect(createDocumentCoder({ onStageError: 'throw' }).code(doc).status).toBe('coded');
    return doc;
  };

  /** What a store holds of documents, events, merges and summaries, for comparing two stores. */
  const holdings = async (store: Store) => ({
    documents: await store.db.selectFrom('documents').select(['id', 'status', 'status_reason', 'near_duplicate_of']).orderBy('id').execute(),
    events: await store.db.selectFrom('events').select(['doc_id', 'id']).orderBy('doc_id').orderBy('id').execute(),
    canonical: await store.db.selectFrom('canonical_events').select(['id', 'mention_count']).orderBy('id').execute(),
    months: await store.db.selectFrom('event_month_counts').selectAll().orderBy('period').orderBy('event').execute(),
    signed: await store.db.selectFrom('near_duplicate_signatures').select('doc_id').execute(),
  });

  it('should keep the earlier publication as the original whichever is saved first, taking a stored later one\'s events out', async () => {
    // The reprint ran three hours before the wire copy it repeats.
    const wire = codedAt('geneva-talks-wire.txt', '2022-10-05T12:00:00Z');
    const reprint = codedAt('geneva-talks-reprint.html', '2022-10-05T09:00:00Z');
    expect(wire.events.length).toBeGreaterThan(0);
    const first = await openStore(location.location);
    const other = await freshLocation(dialect);
    const second = await openStore(other.location);
    try {
      const runId = await first.startRun(['test@1']);
      expect(await save(first, runId, structuredClone(wire), true)).toEqual({ saved: 'inserted' });
      expect(await save(first, runId, structuredClone(reprint), true)).toEqual({ saved: 'inserted', demoted: { docId: wire.id, runId, events: wire.events.length } });
      const held = await holdings(first);
      expect(held.documents.find((d) => d.id === wire.id)).toMatchObject({ status: 'skipped', near_duplicate_of: reprint.id });
      expect(new Set(held.events.map((e) => e.doc_id))).toEqual(new Set([reprint.id]));
      expect(held.signed).toEqual([{ doc_id: reprint.id }]);
      expect(held.canonical.every((c) => c.id.startsWith(`c:${reprint.id}/`))).toBe(true);

      // Saved the other way round, the store holds the same.
      const run2 = await second.startRun(['test@1']);
      expect(await save(second, run2, structuredClone(reprint), true)).toEqual({ saved: 'inserted' });
      expect(await save(second, run2, structuredClone(wire), true)).toEqual({ saved: 'inserted', nearDuplicateOf: reprint.id });
      expect(await holdings(second)).toEqual(held);
    } finally {
      await first.close();
      await second.close();
      await other.cleanup();
    }
  });

  // Two processes (two connection pools) saving copies of the same stories at the same moment. SQLite
  // is left out: two connections in one thread would block each other (its writers are serialised
  // by BEGIN IMMEDIATE, which makes the decision atomic across processes).
  it.skipIf(dialect === 'sqlite').each([true, false])('should store one original per story when two stores save its copies at once (merge %s)', async (merge) => {
    const stores = [await openStore(location.location), await openStore(location.location)] as const;
    try {
      const runId = await stores[0].startRun(['clean@1']);
      const pairs = [
        [cleaned('geneva-talks-wire.txt'), cleaned('geneva-talks-reprint.html')],
        [cleaned('prisoners-release.txt'), republished('prisoners-release.txt')],
        [cleaned('geneva-talks-analysis.txt'), republished('geneva-talks-analysis.txt')],
      ] as const;
      const results = await Promise.all(pairs.flatMap(([a, b]) => [save(stores[0], runId, a, merge), save(stores[1], runId, b, merge)]));
      expect(results.every((r) => 'saved' in r && r.saved === 'inserted')).toBe(true);
      for (const [a, b] of pairs) {
        const stored = [await stores[0].getDocument(a.id), await stores[0].getDocument(b.id)];
        const originals = stored.filter((d) => d?.status === 'coded');
        expect(originals).toHaveLength(1);
        const copy = stored.find((d) => d?.status === 'skipped');
        expect(copy?.nearDuplicateOf).toBe(originals[0]!.id);
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
