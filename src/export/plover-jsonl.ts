import type { EventParty } from '../core/document.js';
import { quadClass } from '../store/plover.js';
import type { ExportRow } from './rows.js';
import type { Sink } from './sink.js';

const entity = (party: EventParty) => ({ code: party.code, sector: party.sector, entity_text: party.text });

/**
 * An event in PLOVER's record fields (resources/ontology/plover.json `event_record_fields`):
 * `id, has_event, date, actor, recipient, event, event_loc, event_text, quad_code, mode, context,
 * link, text, text_info, cite_info, coder, comment`, plus `size` from PLOVER's size object
 * (dead, injured, arrested), and `third_party` and Chronicle's `source` (the article's own id,
 * URL, title, outlet, publication date), which PLOVER's record has no field for.
 * `date` keeps Chronicle's truncated form (`2022-09` for "last month").
 */
export function toPloverRecord(row: ExportRow): Record<string, unknown> {
  const { event } = row;
  const { source } = event;
  const loc = event.event_loc;
  const size = Object.fromEntries((['dead', 'injured', 'arrested'] as const).filter((k) => event.size[k] !== undefined).map((k) => [k, event.size[k]!.value]));
  return {
    id: event.id,
    has_event: true,
    date: event.date,
    actor: event.actor.map(entity),
    recipient: event.recipient.map(entity),
    third_party: event.third_party.map(entity),
    event: event.event,
    event_loc: loc === null ? null : {
      extracted_place: loc.name, resolved_place: loc.resolved ?? loc.name, lat: loc.lat, lon: loc.lon, country_code: loc.country_code,
      resolution: { site: 5, city: 4, region: 2, country: 1 }[loc.level],
    },
    event_text: event.evidence.trigger.text,
    quad_code: quadClass(event.event),
    mode: event.mode,
    context: event.context,
    size,
    link: row.canonical === null ? [] : [row.canonical.id],
    text: event.evidence.sentence.text,
    text_info: { start: event.evidence.sentence.start, end: event.evidence.sentence.end },
    source,
    cite_info: {
      url: source.url, title: source.title, language: row.language, publication: source.outlet, published: source.published,
      coder: 'chronicle', codebook: 'PLOVER', version: event.origin.stage,
    },
    coder: 'chronicle',
    comment: event.why.join('; '),
  };
}

/** Writes one PLOVER record per line (JSONL). Returns the row count. */
export async function writePloverJsonl(rows: AsyncIterable<ExportRow>, sink: Sink): Promise<number> {
  let n = 0;
  for await (const row of rows) {
    await sink.write(`${JSON.stringify(toPloverRecord(row))}\n`);
    n++;
  }
  return n;
}
