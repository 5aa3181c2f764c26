import type { CodedEvent, EventParty } from '../core/document.js';

const partiesText = (parties: readonly EventParty[]) =>
  parties.map((p) => `${p.code ?? '?'}${p.sector ? `/${p.sector}` : ''}`).filter((v, i, a) => a.indexOf(v) === i).join('+') || '-';

/** The sentence with the trigger marked: in colour on a terminal, in [brackets] otherwise. */
export function highlight(event: CodedEvent, color: boolean): string {
  const { sentence, trigger } = event.evidence;
  const from = trigger.start - sentence.start;
  const to = trigger.end - sentence.start;
  const open = color ? '\u001b[1;33m' : '[';
  const close = color ? '\u001b[0m' : ']';
  return `${sentence.text.slice(0, from)}${open}${sentence.text.slice(from, to)}${close}${sentence.text.slice(to)}`;
}

function sizeText(event: CodedEvent): string {
  return Object.entries(event.size).map(([k, v]) => `${k}=${v && v.qualifier !== 'exact' ? `${v.qualifier} ` : ''}${v?.value}`).join(', ');
}

/** One row a line for `events --format table`. */
export function formatEventRows(events: readonly CodedEvent[]): string {
  const header = ['date', 'event', 'mode', 'actor', 'recipient', 'third', 'bg', 'modality', 'size', 'place', 'trigger'];
  const rows = events.map((e) => [e.date ?? '-', e.event, e.mode ?? '-', partiesText(e.actor), partiesText(e.recipient), partiesText(e.third_party),
    e.background ? 'bg' : '', e.modality, sizeText(e), e.event_loc?.name ?? '', e.evidence.trigger.text]);
  const widths = header.map((h, i) => Math.min(24, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(header.map((_, i) => '-'.repeat(widths[i]!))), ...rows.map(line)].join('\n');
}

/** The explain view: each event with its evidence highlighted and why each field was chosen. */
export function formatExplain(events: readonly CodedEvent[], color: boolean): string {
  return events.map((e, i) => {
    const lines = [
      `#${i + 1} ${e.event}${e.mode ? `/${e.mode}` : ''}  ${partiesText(e.actor)} → ${partiesText(e.recipient)}${e.third_party.length ? `  (third party ${partiesText(e.third_party)})` : ''}`,
      `   date ${e.date ?? '?'} (${e.date_precision ?? '?'})${e.background ? ', background' : ''}, ${e.modality}, confidence ${e.confidence}${e.cameo ? `, CAMEO ${e.cameo}` : ''}${sizeText(e) ? `, ${sizeText(e)}` : ''}${e.event_loc ? `, at ${e.event_loc.name} (${e.event_loc.country_code ?? '?'})` : ''}`,
      `   “${highlight(e, color)}”`,
      ...e.why.map((w) => `   · ${w}`),
    ];
    return lines.join('\n');
  }).join('\n\n');
}

/** Minimal RFC 4180 CSV of the main event fields. */
export function formatCsv(events: readonly CodedEvent[]): string {
  const header = ['id', 'doc_id', 'date', 'date_precision', 'event', 'mode', 'context', 'actor', 'recipient', 'third_party', 'background', 'modality', 'dead', 'injured', 'persons', 'place', 'country', 'lat', 'lon', 'cameo', 'confidence', 'trigger', 'sentence'];
  const esc = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = events.map((e) => [e.id, e.doc_id, e.date, e.date_precision, e.event, e.mode, e.context.join(';'), partiesText(e.actor), partiesText(e.recipient), partiesText(e.third_party),
    e.background, e.modality, e.size.dead?.value, e.size.injured?.value, e.size.persons?.value, e.event_loc?.name, e.event_loc?.country_code, e.event_loc?.lat, e.event_loc?.lon, e.cameo, e.confidence, e.evidence.trigger.text, e.evidence.sentence.text].map(esc).join(','));
  return [header.join(','), ...rows].join('\n');
}
