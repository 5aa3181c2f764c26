import { describe, expect, it } from 'vitest';
import { fromEventRow, toActorRows, toEventRow } from './event-rows.js';
import { releaseDoc, talksDoc } from './testing/sample-docs.js';

describe('toEventRow', () => {
  const doc = releaseDoc();
  const release = doc.events[0]!;
  const clashes = doc.events[1]!;
  const geneva = talksDoc().events[1]!;

  it('should copy the query columns out of the event', () => {
    const row = toEventRow(clashes, doc.id, 'run-1');
    expect(row).toMatchObject({
      id: 'clashes-a', doc_id: 'doc-a', run_id: 'run-1', event: 'ASSAULT', date: '2022-09', date_precision: 'month',
      background: 0, dead: 286, lat: null, lon: null, event_loc: null,
      evidence_start: clashes.evidence.sentence.start, trigger_text: 'killed',
    });
  });

  it('should leave a running total out of the summed dead column and keep it in the record', () => {
    const total = { ...clashes, size: { dead: { value: 500_000, qualifier: 'more than' as const, cumulative: true as const } } };
    const row = toEventRow(total, doc.id, 'run-1');
    expect([row.dead, (JSON.parse(row.record) as typeof total).size.dead]).toEqual([null, { value: 500_000, qualifier: 'more than', cumulative: true }]);
  });

  it('should copy coordinates out of event_loc and keep the location as JSON', () => {
    const row = toEventRow(geneva, 'doc-b', 'run-1');
    expect([row.lat, row.lon, JSON.parse(row.event_loc ?? 'null')]).toEqual([46.20222, 6.14569, geneva.event_loc]);
  });

  it('should round-trip the whole record through the record column and the document\'s columns', () => {
    const { source } = release;
    const columns = {
      source_id: source.id, source_uri: doc.source.uri, source_url: source.url, source_title: source.title, source_outlet: source.outlet, source_published: source.published,
    };
    expect(fromEventRow({ record: toEventRow(release, doc.id, 'run-1').record, ...columns })).toStrictEqual(release);
  });

  it('should keep the source out of the stored record: it is the document\'s', () => {
    expect(JSON.parse(toEventRow(release, doc.id, 'run-1').record)).not.toHaveProperty('source');
  });

  it('should name an old document by its uri when it has no source id', () => {
    const columns = { source_id: null, source_uri: 'old/story.txt', source_url: null, source_title: null, source_outlet: null, source_published: null };
    expect(fromEventRow({ record: toEventRow(release, doc.id, 'run-1').record, ...columns }).source.id).toBe('old/story.txt');
  });
});

describe('toActorRows', () => {
  it('should give each party its role and position, in actor, recipient, third-party order', () => {
    const release = releaseDoc().events[0]!;
    expect(toActorRows(release, 'doc-a').map((row) => [row.role, row.idx, row.code, row.sector, row.text])).toEqual([
      ['actor', 0, 'AZE', 'GOV', 'Azerbaijan'],
      ['recipient', 0, 'ARM', null, 'Armenian'],
      ['third_party', 0, 'USA', 'GOV', 'US'],
    ]);
  });

  it('should number collective parties apart ("both sides" coded as two countries)', () => {
    const clashes = releaseDoc().events[1]!;
    expect(toActorRows(clashes, 'doc-a').map((row) => [row.role, row.idx, row.code])).toEqual([
      ['actor', 0, 'AZE'],
      ['actor', 1, 'ARM'],
    ]);
  });
});
