import type { EventParty } from '../core/document.js';
import { periodOf } from '../store/periods.js';
import { ploverScore, quadClass } from '../store/plover.js';
import { toCameo } from '../stages/events/cameo.js';
import type { ExportRow } from './rows.js';
import type { Sink } from './sink.js';

/*
 * A GDELT-like event table (tab-separated, one event per line, a header line), modelled on the
 * GDELT 1.0/2.0 event fields so tools written for GDELT can read it. Differences, on purpose:
 * - GlobalEventID is Chronicle's event id (`doc:3`), not an integer.
 * - GoldsteinScale is PLOVER's conflict–cooperation score of the type/mode (plover.json), a
 *   stand-in on the same -10…+10 range, not Goldstein's scale.
 * - Country codes are ISO 3166 alpha-3 (GDELT's actor codes are CAMEO/ISO alpha-3 too, but its
 *   ActionGeo_CountryCode is FIPS 10-4; ours is alpha-3).
 * - Day is the first day of the event's period (`2022-09` → 20220901); DatePrecision, the last
 *   column, says how much of it the text gave.
 * - NumMentions/NumSources count the mentions and independent outlets of the canonical event;
 *   NumArticles is the mentions' count as well (one event per article mention).
 * - CAMEO codes come from the official CAMEO→PLOVER table via `toCameo`.
 * - DATEADDED is the article's publication day; after DatePrecision, SourceID (the input's own id),
 *   SourceTitle and SourceOutlet say which article it is, beside GDELT's SOURCEURL.
 */

export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long',
  'DATEADDED', 'SOURCEURL', 'DatePrecision', 'SourceID', 'SourceTitle', 'SourceOutlet',
] as const;

/** GDELT's geo type: 1 country, 4 world city, 5 world state (region); site counts as a city. */
const GEO_TYPE = { country: 1, region: 5, city: 4, site: 4 } as const;

/** A TSV field: tabs and line breaks become spaces (GDELT has no quoting); null is empty. */
function tsvField(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** CAMEO-style actor code: country plus sector (`AZE` + `GOV` → `AZEGOV`). */
function actorFields(party: EventParty | undefined): (string | null)[] {
  if (party === undefined) return [null, null, null, null];
  return [party.code === null ? null : `${party.code}${party.sector ?? ''}`, party.text, party.code, party.sector];
}

/** One GDELT-like line's fields for an export row. */
export function toGdeltFields(row: ExportRow): (string | number | null)[] {
  const { event } = row;
  const period = periodOf(event.date);
  const day = period?.lo.replace(/-/g, '') ?? null;
  const year = period === null ? null : Number(period.lo.slice(0, 4));
  const dayOfYear = period === null ? 0 : (Date.parse(`${period.lo}T00:00:00Z`) - Date.UTC(year!, 0, 1)) / 86_400_000;
  const cameo = event.cameo ?? toCameo(event.event, event.mode);
  const loc = event.event_loc;
  // GDELT's "both sides" events put one side in Actor1 and the other in Actor2.
  const first = event.actor[0];
  const second = event.recipient[0] ?? event.actor.find((p) => p.code !== null && p.code !== first?.code);
  return [
    event.id, day, day?.slice(0, 6) ?? null, year, year === null ? null : Number((year + dayOfYear / 365).toFixed(4)),
    ...actorFields(first), ...actorFields(second),
    event.background ? 0 : 1, cameo, cameo?.slice(0, 3) ?? null, cameo?.slice(0, 2) ?? null, quadClass(event.event), ploverScore(event.event, event.mode),
    row.canonical?.mentions ?? 1, row.canonical?.sources ?? 1, row.canonical?.mentions ?? 1, null,
    loc === null ? null : GEO_TYPE[loc.level], loc?.resolved ?? loc?.name ?? null, loc?.country_code ?? null, loc?.lat ?? null, loc?.lon ?? null,
    event.source.published?.slice(0, 10).replace(/-/g, '') ?? null, event.source.url, event.date_precision,
    event.source.id, event.source.title, event.source.outlet,
  ];
}

/** Writes the GDELT-like table (header + one line per event, LF line ends). Returns the row count. */
export async function writeGdelt(rows: AsyncIterable<ExportRow>, sink: Sink): Promise<number> {
  await sink.write(`${GDELT_COLUMNS.join('\t')}\n`);
  let n = 0;
  for await (const row of rows) {
    await sink.write(`${toGdeltFields(row).map(tsvField).join('\t')}\n`);
    n++;
  }
  return n;
}
