import type { CodedEvent } from '../../core/document.js';
import { getJson } from './api.js';
import type { ViewContext } from './context.js';
import { formatDate, h, num } from './dom.js';
import { evidence, parties, sizes, typePill } from './pills.js';
import { filterParams } from './state.js';

const PAGE = 50;

/** The filterable event table; a row opens the article with the event's evidence highlighted. */
export async function renderTable(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  const data = await getJson<{ total: number; offset: number; events: CodedEvent[] }>(
    '/api/events', filterParams(state.filters, { limit: PAGE, offset: state.offset }),
  );
  const panel = h('section', { class: 'panel' },
    h('h2', {}, 'Events'),
    h('p', { class: 'hint', 'data-testid': 'event-total' }, `${num(data.total)} events match the filters. Click a row to read it in its article.`));
  root.append(panel);
  if (data.events.length === 0) {
    panel.append(h('div', { class: 'empty' }, 'No event matches these filters.'));
    return;
  }
  const rows = data.events.map((e) => {
    const open = () => navigate({ view: 'article', article: e.doc_id, event: e.id });
    return h('tr', { class: e.background ? 'bg' : '', 'data-type': e.event, tabindex: 0, onclick: open, onkeydown: (k: Event) => (k as KeyboardEvent).key === 'Enter' && open() },
      h('td', { class: 'nowrap' }, formatDate(e.date)),
      h('td', {}, typePill(e.event, e.background), e.mode ? h('div', { class: 'muted mono' }, e.mode) : null),
      h('td', { class: 'nowrap' }, h('span', { class: 'mono' }, parties(e.actor)), h('span', { class: 'muted' }, ' → '), h('span', { class: 'mono' }, parties(e.recipient))),
      h('td', {}, evidence(e)),
      h('td', {}, e.event_loc?.name ?? h('span', { class: 'muted' }, '—')),
      h('td', {}, sizes(e) || h('span', { class: 'muted' }, '—')));
  });
  panel.append(h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, ...['Date', 'Type', 'Actor → recipient', 'Evidence', 'Place', 'Size'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...rows)));
  const last = Math.min(data.offset + PAGE, data.total);
  panel.append(h('div', { class: 'pager' },
    `${num(data.offset + 1)}–${num(last)} of ${num(data.total)}`,
    h('button', { type: 'button', disabled: data.offset === 0, onclick: () => navigate({ offset: Math.max(0, data.offset - PAGE) }) }, '‹ Previous'),
    h('button', { type: 'button', disabled: last >= data.total, onclick: () => navigate({ offset: data.offset + PAGE }) }, 'Next ›')));
}
