import type { EventParty } from '../core/document.js';
import { quadClass } from '../store/plover.js';
import type { ExportRow } from './rows.js';

/** A flat column of the tabular exports (CSV, Parquet): name, Parquet type, and how to read it from a row. */
export interface FlatColumn {
  readonly name: string;
  readonly type: 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';
  readonly get: (row: ExportRow) => string | number | boolean | null;
}

const codes = (parties: readonly EventParty[]): string | null => (parties.length === 0 ? null : parties.map((p) => p.code ?? '').join(';'));
const texts = (parties: readonly EventParty[]): string | null => (parties.length === 0 ? null : parties.map((p) => p.text).join(';'));

/**
 * The flat event table: one row per event mention; several parties are joined with `;`
 * (`AZE;ARM` for "both sides"), in the order of the CodedEvent arrays.
 */
export const FLAT_COLUMNS: readonly FlatColumn[] = [
  { name: 'id', type: 'STRING', get: (r) => r.event.id },
  { name: 'doc_id', type: 'STRING', get: (r) => r.event.doc_id },
  { name: 'event', type: 'STRING', get: (r) => r.event.event },
  { name: 'mode', type: 'STRING', get: (r) => r.event.mode },
  { name: 'context', type: 'STRING', get: (r) => (r.event.context.length === 0 ? null : r.event.context.join(';')) },
  { name: 'quad_code', type: 'INT32', get: (r) => quadClass(r.event.event) },
  { name: 'date', type: 'STRING', get: (r) => r.event.date },
  { name: 'date_precision', type: 'STRING', get: (r) => r.event.date_precision },
  { name: 'background', type: 'BOOLEAN', get: (r) => r.event.background },
  { name: 'modality', type: 'STRING', get: (r) => r.event.modality },
  { name: 'actor', type: 'STRING', get: (r) => codes(r.event.actor) },
  { name: 'actor_text', type: 'STRING', get: (r) => texts(r.event.actor) },
  { name: 'recipient', type: 'STRING', get: (r) => codes(r.event.recipient) },
  { name: 'recipient_text', type: 'STRING', get: (r) => texts(r.event.recipient) },
  { name: 'third_party', type: 'STRING', get: (r) => codes(r.event.third_party) },
  { name: 'place', type: 'STRING', get: (r) => r.event.event_loc?.name ?? null },
  { name: 'country_code', type: 'STRING', get: (r) => r.event.event_loc?.country_code ?? null },
  { name: 'lat', type: 'DOUBLE', get: (r) => r.event.event_loc?.lat ?? null },
  { name: 'lon', type: 'DOUBLE', get: (r) => r.event.event_loc?.lon ?? null },
  { name: 'dead', type: 'INT32', get: (r) => r.event.size.dead?.value ?? null },
  { name: 'injured', type: 'INT32', get: (r) => r.event.size.injured?.value ?? null },
  { name: 'arrested', type: 'INT32', get: (r) => r.event.size.arrested?.value ?? null },
  { name: 'confidence', type: 'DOUBLE', get: (r) => r.event.confidence },
  { name: 'cameo', type: 'STRING', get: (r) => r.event.cameo },
  { name: 'canonical_id', type: 'STRING', get: (r) => r.canonical?.id ?? null },
  { name: 'num_mentions', type: 'INT32', get: (r) => r.canonical?.mentions ?? null },
  { name: 'num_sources', type: 'INT32', get: (r) => r.canonical?.sources ?? null },
  { name: 'url', type: 'STRING', get: (r) => r.source.url },
  { name: 'site_name', type: 'STRING', get: (r) => r.source.siteName },
  { name: 'published_at', type: 'STRING', get: (r) => r.source.publishedAt },
  { name: 'trigger', type: 'STRING', get: (r) => r.event.evidence.trigger.text },
  { name: 'evidence', type: 'STRING', get: (r) => r.event.evidence.sentence.text },
];
