import type { EventParty } from '../core/document.js';
import { quadClass } from '../store/plover.js';
import type { ExportRow } from './rows.js';

/**
 * A flat column of the tabular outputs (every CSV Chronicle writes, and Parquet): name, Parquet
 * type, and how to read it from a row. Null means "not known" and is an empty CSV field.
 */
export interface FlatColumn {
  readonly name: string;
  readonly type: 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';
  readonly get: (row: ExportRow) => string | number | boolean | null;
}

type Role = 'actor' | 'recipient' | 'third_party';

/**
 * One field of every party of a role, joined with `;` in the order of the CodedEvent array, so the
 * `_code`, `_sector` and `_text` columns line up: [AZE, rebels (no state)] → `AZE;`, `GOV;REB`,
 * `Azerbaijan;rebels`. An unknown member is an empty item; a role with no party is null.
 */
const joined = (parties: readonly EventParty[], field: (party: EventParty) => string | null): string | null =>
  parties.length === 0 ? null : parties.map((party) => field(party) ?? '').join(';');

/**
 * A role's three columns. The code alone would leave a party with no state (rebels, police,
 * protesters: `code: null`) blank; its sector and words are always there.
 */
function partyColumns(role: Role): FlatColumn[] {
  return [
    { name: `${role}_code`, type: 'STRING', get: (r) => joined(r.event[role], (p) => p.code) },
    { name: `${role}_sector`, type: 'STRING', get: (r) => joined(r.event[role], (p) => p.sector) },
    { name: `${role}_text`, type: 'STRING', get: (r) => joined(r.event[role], (p) => p.text) },
  ];
}

/**
 * The one flat event table, written by `events --format csv`, `code --format csv`, `export
 * --format csv|parquet` and the API's CSV: one row per event mention, the article it came from
 * (`source_*`), the parties (see `partyColumns`), and the canonical event it was merged into
 * (empty outside a store).
 */
export const FLAT_COLUMNS: readonly FlatColumn[] = [
  { name: 'id', type: 'STRING', get: (r) => r.event.id },
  { name: 'doc_id', type: 'STRING', get: (r) => r.event.doc_id },
  { name: 'source_id', type: 'STRING', get: (r) => r.event.source.id },
  { name: 'source_url', type: 'STRING', get: (r) => r.event.source.url },
  { name: 'source_title', type: 'STRING', get: (r) => r.event.source.title },
  { name: 'source_outlet', type: 'STRING', get: (r) => r.event.source.outlet },
  { name: 'source_published', type: 'STRING', get: (r) => r.event.source.published },
  { name: 'event', type: 'STRING', get: (r) => r.event.event },
  { name: 'mode', type: 'STRING', get: (r) => r.event.mode },
  { name: 'context', type: 'STRING', get: (r) => (r.event.context.length === 0 ? null : r.event.context.join(';')) },
  { name: 'quad_code', type: 'INT32', get: (r) => quadClass(r.event.event) },
  { name: 'date', type: 'STRING', get: (r) => r.event.date },
  { name: 'date_precision', type: 'STRING', get: (r) => r.event.date_precision },
  { name: 'background', type: 'BOOLEAN', get: (r) => r.event.background },
  { name: 'modality', type: 'STRING', get: (r) => r.event.modality },
  ...partyColumns('actor'),
  ...partyColumns('recipient'),
  ...partyColumns('third_party'),
  { name: 'place', type: 'STRING', get: (r) => r.event.event_loc?.name ?? null },
  { name: 'country_code', type: 'STRING', get: (r) => r.event.event_loc?.country_code ?? null },
  { name: 'lat', type: 'DOUBLE', get: (r) => r.event.event_loc?.lat ?? null },
  { name: 'lon', type: 'DOUBLE', get: (r) => r.event.event_loc?.lon ?? null },
  { name: 'dead', type: 'INT32', get: (r) => r.event.size.dead?.value ?? null },
  { name: 'injured', type: 'INT32', get: (r) => r.event.size.injured?.value ?? null },
  { name: 'arrested', type: 'INT32', get: (r) => r.event.size.arrested?.value ?? null },
  { name: 'persons', type: 'INT32', get: (r) => r.event.size.persons?.value ?? null },
  { name: 'confidence', type: 'DOUBLE', get: (r) => r.event.confidence },
  { name: 'cameo', type: 'STRING', get: (r) => r.event.cameo },
  { name: 'canonical_id', type: 'STRING', get: (r) => r.canonical?.id ?? null },
  { name: 'num_mentions', type: 'INT32', get: (r) => r.canonical?.mentions ?? null },
  { name: 'num_sources', type: 'INT32', get: (r) => r.canonical?.sources ?? null },
  { name: 'trigger', type: 'STRING', get: (r) => r.event.evidence.trigger.text },
  { name: 'evidence', type: 'STRING', get: (r) => r.event.evidence.sentence.text },
];
