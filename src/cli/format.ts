import type { CodedEvent, EventParty } from '../core/document.js';

/** `AZE/GOV+ARM`; a party with no state shows its words: `"rebels"/REB`. */
const partiesText = (parties: readonly EventParty[]) =>
  parties.map((p) => `${p.code ?? `"${p.text}"`}${p.sector ? `/${p.sector}` : ''}`).filter((v, i, a) => a.indexOf(v) === i).join('+');

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

/** One row a line for `events --format table`; an empty cell is `-`. */
export function formatEventRows(events: readonly CodedEvent[]): string {
  const header = ['date', 'event', 'mode', 'actor', 'recipient', 'third', 'bg', 'modality', 'size', 'place', 'trigger', 'source'];
  const rows = events.map((e) => [e.date, e.event, e.mode, partiesText(e.actor), partiesText(e.recipient), partiesText(e.third_party),
    e.background ? 'bg' : null, e.modality, sizeText(e), e.event_loc?.name, e.evidence.trigger.text, e.source.id].map((cell) => cell || '-'));
  const widths = header.map((h, i) => Math.min(24, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(header.map((_, i) => '-'.repeat(widths[i]!))), ...rows.map(line)].join('\n');
}

/** The explain view: each event with its evidence highlighted and why each field was chosen. */
export function formatExplain(events: readonly CodedEvent[], color: boolean): string {
  return events.map((e, i) => {
    const lines = [
      `#${i + 1} ${e.event}${e.mode ? `/${e.mode}` : ''}  ${partiesText(e.actor) || '-'} → ${partiesText(e.recipient) || '-'}${e.third_party.length ? `  (third party ${partiesText(e.third_party)})` : ''}`,
      `   date ${e.date ?? '?'} (${e.date_precision ?? '?'})${e.background ? ', background' : ''}, ${e.modality}, confidence ${e.confidence}${e.cameo ? `, CAMEO ${e.cameo}` : ''}${sizeText(e) ? `, ${sizeText(e)}` : ''}${e.event_loc ? `, at ${e.event_loc.name} (${e.event_loc.country_code ?? '?'})` : ''}`,
      `   “${highlight(e, color)}”`,
      `   from ${sourceText(e)}`,
      ...e.why.map((w) => `   · ${w}`),
    ];
    return lines.join('\n');
  }).join('\n\n');
}

/** The article of an event in one line: `story.txt — "Title" (Outlet, 2022-10-04) https://…`. */
function sourceText(event: CodedEvent): string {
  const { id, url, title, outlet, published } = event.source;
  const about = [outlet, published].filter(Boolean).join(', ');
  return [id, title ? `— “${title}”` : '', about ? `(${about})` : '', url && url !== id ? url : ''].filter(Boolean).join(' ');
}
