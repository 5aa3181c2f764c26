import type { CodedEvent } from '../../core/document.js';
import { getJson } from './api.js';
import type { ViewContext } from './context.js';
import { formatDate, h, num, shorten } from './dom.js';
import { evidence, sizes, typePill } from './pills.js';
import { inferredDate, isCoarse, partiesLabel, partyTitle } from './quality.js';
import { filterParams, hasFilters, type Sort } from './state.js';

const PAGE = 50;

/** Sortable columns: the header, the sort it asks for first, and its reverse. */
const SORTABLE: Readonly<Record<string, readonly [Sort, Sort]>> = {
  Date: ['-date', 'date'],
  Type: ['type', '-type'],
  Size: ['-dead', 'dead'],
};
const COLUMNS = ['Date', 'Type', 'Actor → recipient', 'Evidence', 'Place', 'Size', 'Source'] as const;
const SORT_WORDS: Readonly<Record<Sort, string>> = {
  '-date': 'newest first', date: 'oldest first', type: 'by type', '-type': 'by type, Z to A', '-dead': 'largest death toll first', dead: 'smallest death toll first',
};

/** A cell with its column name for the phone layout (one wrapper, so the label and the content are two grid columns). */
function cell(label: string, attrs: Record<string, string>, ...children: (Node | string | null)[]): HTMLTableCellElement {
  return h('td', { 'data-label': label, ...attrs }, h('div', {}, ...children));
}

/** The last part of a path or id, so a server path never shows as a title: `/data/in/story-12.txt` → `story-12.txt`. */
function baseName(id: string): string {
  return id.split(/[\\/]/).filter(Boolean).at(-1) ?? id;
}

function dateCell(e: CodedEvent): HTMLElement {
  const inferred = inferredDate(e);
  const coarse = isCoarse(e.date_precision);
  return cell('Date', { class: 'nowrap' },
    formatDate(e.date),
    coarse ? h('span', { class: 'flag', title: `Only the ${e.date_precision} is known` }, ` ${e.date_precision} only`) : null,
    inferred ? h('span', { class: 'flag', title: inferred }, ' inferred') : null);
}

function partiesCell(e: CodedEvent): HTMLElement {
  const side = (list: CodedEvent['actor']) => h('span', { class: 'mono', title: list.map(partyTitle).join('\n') || null }, partiesLabel(list));
  return cell('Actor → recipient', {}, side(e.actor), h('span', { class: 'muted' }, ' → '), side(e.recipient));
}

function placeCell(e: CodedEvent): HTMLElement {
  const loc = e.event_loc;
  if (loc === null) return cell('Place', { class: 'none' }, h('span', { class: 'muted' }, '—'));
  return cell('Place', {}, loc.name, loc.country_code && loc.level !== 'country' ? h('span', { class: 'muted' }, ` (${loc.country_code})`) : null,
    loc.level === 'country' || loc.level === 'region' ? h('span', { class: 'flag', title: `Located only to a ${loc.level}` }, ` ${loc.level}`) : null);
}

function sourceCell(e: CodedEvent): HTMLElement {
  const source = e.source;
  const title = shorten(source.title ?? baseName(source.id), 70);
  const meta = [source.outlet, source.published ? formatDate(source.published.slice(0, 10)) : null].filter(Boolean).join(' · ');
  return cell('Source', { class: 'source' },
    h('div', { class: 'source-title', title: source.title ?? source.id }, title),
    meta ? h('div', { class: 'muted' }, meta) : null,
    source.url ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank', onclick: (ev: Event) => ev.stopPropagation() }, 'original ↗') : null);
}

/** The header cell of a column: a sort button for the sortable ones, with aria-sort saying the order. */
function header(name: (typeof COLUMNS)[number], context: ViewContext): HTMLElement {
  const sorts = SORTABLE[name];
  if (sorts === undefined) return h('th', { scope: 'col' }, name);
  const current = sorts.indexOf(context.state.sort);
  const next = current === 0 ? sorts[1] : sorts[0];
  const ariaSort = current === -1 ? 'none' : context.state.sort.startsWith('-') ? 'descending' : 'ascending';
  return h('th', { scope: 'col', 'aria-sort': ariaSort },
    h('button', { type: 'button', class: 'sort', 'data-sort': next, title: `Sort ${SORT_WORDS[next]}`, onclick: () => context.navigate({ sort: next, offset: 0 }) },
      name, h('span', { 'aria-hidden': 'true' }, current === -1 ? ' ↕' : context.state.sort.startsWith('-') ? ' ↓' : ' ↑')));
}

/**
 * The event table for the shared filters, newest first by default and sortable by date, type and
 * death toll; each row names its article (title, outlet, date, link) and marks a date that was
 * inferred or is only a year. A row opens the article with the event's evidence highlighted.
 */
export async function renderTable(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  const data = await getJson<{ total: number; offset: number; events: CodedEvent[] }>(
    '/api/events', filterParams(state.filters, { limit: PAGE, offset: state.offset, sort: state.sort }),
  );
  const panel = h('section', { class: 'panel' },
    h('h2', {}, 'Events'),
    h('p', { class: 'hint', 'data-testid': 'event-total' }, `${num(data.total)} events match the filters, ${SORT_WORDS[state.sort]}. Select a row to read it in its article; “inferred” dates were not in the event's sentence.`));
  root.append(panel);
  if (data.events.length === 0) {
    panel.append(h('div', { class: 'empty' }, 'No event matches these filters.',
      hasFilters(state.filters) ? h('div', {}, h('button', { type: 'button', onclick: () => navigate({ filters: {} }) }, 'Clear the filters')) : null));
    return;
  }
  const rows = data.events.map((e) => {
    const open = () => navigate({ view: 'article', article: e.doc_id, event: e.id });
    return h('tr', {
      class: e.background ? 'bg' : '', 'data-type': e.event, 'data-date': e.date ?? '', tabindex: 0, 'aria-label': `${e.event} “${e.evidence.trigger.text}”, ${formatDate(e.date)}: open in its article`,
      onclick: open, onkeydown: (k: Event) => (k as KeyboardEvent).key === 'Enter' && open(),
    },
      dateCell(e),
      cell('Type', {}, typePill(e.event, e.background), e.mode ? h('div', { class: 'muted mono' }, e.mode) : null),
      partiesCell(e),
      cell('Evidence', {}, evidence(e)),
      placeCell(e),
      cell('Size', sizes(e) ? {} : { class: 'none' }, sizes(e) || h('span', { class: 'muted' }, '—')),
      sourceCell(e));
  });
  // Phones hide the header row (rows become cards), so the order is chosen here.
  const sortBar = h('label', { class: 'sort-bar' }, 'Order ', h('select', { onchange: (ev: Event) => navigate({ sort: (ev.target as HTMLSelectElement).value as Sort, offset: 0 }) },
    ...(Object.keys(SORT_WORDS) as Sort[]).map((sort) => h('option', { value: sort, selected: sort === state.sort }, SORT_WORDS[sort]))));
  panel.append(sortBar, h('div', { class: 'table-wrap' }, h('table', { class: 'events' },
    h('caption', { class: 'sr-only' }, `Events matching the filters, ${SORT_WORDS[state.sort]}`),
    h('thead', {}, h('tr', {}, ...COLUMNS.map((name) => header(name, context)))),
    h('tbody', {}, ...rows))));
  const last = Math.min(data.offset + PAGE, data.total);
  panel.append(h('div', { class: 'pager' },
    `${num(data.offset + 1)}–${num(last)} of ${num(data.total)}`,
    h('button', { type: 'button', disabled: data.offset === 0, onclick: () => navigate({ offset: Math.max(0, data.offset - PAGE) }) }, '‹ Previous'),
    h('button', { type: 'button', disabled: last >= data.total, onclick: () => navigate({ offset: data.offset + PAGE }) }, 'Next ›')));
}
