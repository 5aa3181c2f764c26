import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { DIALECTS, freshLocation, type TestLocation } from '../store/testing/dialects.js';
import { docFromParagraphs, makeEvent } from '../store/testing/make-doc.js';
import { releaseDoc, talksDoc } from '../store/testing/sample-docs.js';
import { csvField, exportEvents, GDELT_COLUMNS } from './index.js';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) to read an export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['Azerbaijan', 'Azerbaijan'],
    ['Baku, Yerevan', '"Baku, Yerevan"'],
    ['“I appreciate the efforts,” Pashinyan said "on Twitter"', '"“I appreciate the efforts,” Pashinyan said ""on Twitter"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [286, '286'],
  ])('should write %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

for (const dialect of DIALECTS) {
  describe(`exports (${dialect})`, () => {
    let where: TestLocation;
    let store: Store;
    let dir: string;

    beforeEach(async () => {
      where = await freshLocation(dialect);
      store = await openStore(where.location);
      const runId = await store.startRun(['clean@1', 'events@1']);
      await store.saveDocument(releaseDoc(), runId);
      await store.saveDocument(talksDoc(), runId);
      dir = mkdtempSync(join(tmpdir(), 'chronicle-export-'));
    });

    afterEach(async () => {
      await store.close();
      await where.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    it('should write CSV that reads back to the same events, with quoted evidence', async () => {
      const file = join(dir, 'events.csv');
      expect(await exportEvents(store, 'csv', file, {}, { pageSize: 3 })).toEqual({ rows: 8 });
      const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
      const at = (name: string) => header!.indexOf(name);
      expect(rows.map((r) => r[at('id')])).toEqual((await store.queryEvents()).map((e) => e.id));
      const clashes = rows.find((r) => r[at('id')] === 'clashes-a')!;
      expect([clashes[at('actor_code')], clashes[at('dead')], clashes[at('quad_code')], clashes[at('evidence')]]).toEqual([
        'AZE;ARM', '286', '4', releaseDoc().events[1]!.evidence.sentence.text,
      ]);
      const geneva = rows.find((r) => r[at('id')] === 'geneva-b')!;
      expect(['source_id', 'source_url', 'source_outlet', 'source_published', 'source_title'].map((name) => geneva[at(name)])).toEqual([
        'wire-4711', 'https://example.org/azerbaijan-prisoners', 'Example News', '2022-10-04', '',
      ]);
      expect(clashes[at('source_id')]).toBe('examples/doc-a.txt');
    });

    it('should show the sector and words of a party that has no state', async () => {
      const doc = docFromParagraphs('doc-r', ['Rebels attacked an army base in northern Mali on Monday, killing 12 soldiers.'], { publishedAt: '2022-10-04' });
      doc.events = [makeEvent(doc, {
        id: 'rebels-r', event: 'ASSAULT', sentence: doc.text, trigger: 'attacked', actor: [['Rebels', null, 'REB']], recipient: [['army', 'MLI', 'MIL']],
        date: '2022-10-03', date_precision: 'day',
      })];
      await store.saveDocument(doc, await store.startRun(['events@1']));
      const file = join(dir, 'rebels.csv');
      await exportEvents(store, 'csv', file, { type: 'ASSAULT', since: '2022-10' });
      const [header, row] = parseCsv(readFileSync(file, 'utf8'));
      const cell = (name: string) => row![header!.indexOf(name)];
      expect(['actor_code', 'actor_sector', 'actor_text', 'recipient_code', 'recipient_sector', 'recipient_text', 'third_party_code'].map(cell)).toEqual([
        '', 'REB', 'Rebels', 'MLI', 'MIL', 'army', '',
      ]);
    });

    it('should write JSONL in PLOVER field names to a stream', async () => {
      const stream = new PassThrough();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      expect(await exportEvents(store, 'jsonl', stream, { type: 'CONSULT' })).toEqual({ rows: 3 });
      const records = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(['id', 'date', 'actor', 'recipient', 'event', 'event_loc', 'quad_code', 'mode', 'context', 'text', 'cite_info', 'source']));
      expect(records.find((r) => r.id === 'geneva-b')).toMatchObject({
        source: { id: 'wire-4711', url: 'https://example.org/azerbaijan-prisoners', title: null, outlet: 'Example News', published: '2022-10-04' },
        event: 'CONSULT', quad_code: 1, date: '2022-10-02',
        event_loc: { extracted_place: 'Geneva', country_code: 'CHE', lat: 46.20222, lon: 6.14569, resolution: 4 },
        actor: [{ code: 'AZE', entity_text: 'the two' }, { code: 'ARM', entity_text: 'the two' }],
      });
    });

    it('should write Parquet that hyparquet reads back with typed columns', async () => {
      const file = join(dir, 'events.parquet');
      expect(await exportEvents(store, 'parquet', file, { background: false })).toEqual({ rows: 5 });
      const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(file) })) as Record<string, unknown>[];
      expect(rows.map((r) => r.id)).toEqual(['brussels-b', 'clashes-a', 'unga-b', 'geneva-b', 'release-a']);
      expect(rows[1]).toMatchObject({ event: 'ASSAULT', dead: 286, background: false, lat: null, actor_code: 'AZE;ARM', source_id: 'examples/doc-a.txt' });
      expect(rows[3]).toMatchObject({ lat: 46.20222, lon: 6.14569, country_code: 'CHE' });
    });

    it('should write a GeoJSON FeatureCollection of the located events only', async () => {
      const file = join(dir, 'events.geojson');
      expect(await exportEvents(store, 'geojson', file)).toEqual({ rows: 2 });
      const collection = JSON.parse(readFileSync(file, 'utf8')) as { type: string; features: { geometry: { coordinates: number[] }; properties: { id: string; source: { id: string } } }[] };
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
        ['brussels-b', [4.34878, 50.85045]],
        ['geneva-b', [6.14569, 46.20222]],
      ]);
      expect(collection.features.map((f) => f.properties.source.id)).toEqual(['wire-4711', 'wire-4711']);
    });

    it('should write a GDELT-like table with CAMEO codes, quad class and PLOVER scores', async () => {
      const file = join(dir, 'events.tsv');
      expect(await exportEvents(store, 'gdelt', file, { limit: 8 })).toEqual({ rows: 8 });
      const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
      expect(header).toEqual([...GDELT_COLUMNS]);
      const row = (id: string) => Object.fromEntries(header!.map((name, i) => [name, lines.find((l) => l[0] === id)![i]]));
      expect(row('release-a')).toMatchObject({
        Day: '20221004', Actor1Code: 'AZEGOV', Actor1CountryCode: 'AZE', Actor2CountryCode: 'ARM', EventCode: '0841', EventRootCode: '08',
        QuadClass: '2', GoldsteinScale: '6.5', NumMentions: '1', NumSources: '1', IsRootEvent: '1', DatePrecision: 'day',
      });
      expect(row('geneva-b')).toMatchObject({
        ActionGeo_Type: '4', ActionGeo_FullName: 'Geneva', ActionGeo_CountryCode: 'CHE', ActionGeo_Lat: '46.20222',
        SOURCEURL: 'https://example.org/azerbaijan-prisoners', SourceID: 'wire-4711', SourceOutlet: 'Example News', DATEADDED: '20221004',
      });
      expect(row('clashes-a')).toMatchObject({ Day: '20220901', Actor1CountryCode: 'AZE', Actor2CountryCode: 'ARM', QuadClass: '4', GoldsteinScale: '-9' });
    });

    it('should refuse an unknown format', async () => {
      await expect(exportEvents(store, 'xml' as never, join(dir, 'x'))).rejects.toThrow(/Unknown export format "xml"/);
    });
  });
}
