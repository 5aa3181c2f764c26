import type { ExportRow } from './rows.js';
import type { Sink } from './sink.js';

/**
 * Writes a GeoJSON FeatureCollection of the events that have coordinates (Point, `[lon, lat]` as
 * RFC 7946 orders them), streamed feature by feature. Events without a location are left out.
 * Returns the feature count.
 */
export async function writeGeoJson(rows: AsyncIterable<ExportRow>, sink: Sink): Promise<number> {
  await sink.write('{"type":"FeatureCollection","features":[\n');
  let n = 0;
  for await (const row of rows) {
    const { event } = row;
    const loc = event.event_loc;
    if (loc === null || loc.lat === null || loc.lon === null) continue;
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
      properties: {
        id: event.id, doc_id: event.doc_id, event: event.event, mode: event.mode, date: event.date, date_precision: event.date_precision,
        actor: event.actor.map((p) => p.code), recipient: event.recipient.map((p) => p.code), place: loc.name, country_code: loc.country_code,
        level: loc.level, canonical_id: row.canonical?.id ?? null, sources: row.canonical?.sources ?? null, source: event.source,
        trigger: event.evidence.trigger.text,
      },
    };
    await sink.write(`${n === 0 ? '' : ',\n'}${JSON.stringify(feature)}`);
    n++;
  }
  await sink.write('\n]}\n');
  return n;
}
