import type { EventTypeInfo } from '../../api/plover.js';
import type { StoreSummary } from '../../store/records.js';
import { getJson } from './api.js';
import { renderArticle } from './article.js';
import type { View, ViewContext } from './context.js';
import { renderDocuments } from './documents.js';
import { clear, h, num } from './dom.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { FILTER_KEYS, readState, toSearch, type Filters, type State } from './state.js';
import { renderTable } from './table.js';
import { renderTimeline } from './timeline.js';

const VIEWS: Readonly<Record<State['view'], View>> = {
  timeline: renderTimeline,
  network: renderNetwork,
  map: renderMap,
  events: renderTable,
  documents: renderDocuments,
  article: renderArticle,
};

const root = document.getElementById('view')!;
const form = document.getElementById('filters') as HTMLFormElement;
const errorBox = document.getElementById('error')!;
let eventTypes: readonly EventTypeInfo[] = [];
let quad = new Map<string, number>();
let rendering = 0;

function showError(message: string | undefined): void {
  errorBox.hidden = message === undefined;
  errorBox.textContent = message ?? '';
}

function field(name: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

/** Puts the state's filters into the form (after back/forward or a click in a chart). */
function fillForm(filters: Filters): void {
  for (const key of FILTER_KEYS) {
    if (key === 'doc') continue;
    field(key).value = filters[key] ?? '';
  }
  const chip = document.getElementById('doc-chip')!;
  chip.hidden = !filters.doc;
  clear(chip);
  if (filters.doc) {
    chip.append(
      `Article ${filters.doc.slice(0, 8)}…`,
      h('button', { type: 'button', title: 'Remove the article filter', 'aria-label': 'Remove the article filter', onclick: () => navigate({ filters: { ...readState().filters, doc: undefined } as Filters }) }, '×'),
    );
  }
}

function readForm(current: Filters): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = key === 'doc' ? current.doc : field(key).value.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

function navigate(next: Partial<State>): void {
  const current = readState();
  const filtersChanged = next.filters !== undefined && JSON.stringify(next.filters) !== JSON.stringify(current.filters);
  const merged: State = { ...current, ...(filtersChanged ? { offset: 0 } : {}), ...next };
  if (merged.view !== 'article') {
    delete (merged as { article?: string }).article;
    delete (merged as { event?: string }).event;
  }
  history.pushState(null, '', toSearch(merged));
  void render();
}

async function render(): Promise<void> {
  const ticket = ++rendering;
  const state = readState();
  fillForm(state.filters);
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('#tabs a')) {
    const view = tab.dataset.view;
    const active = view === state.view || (view === 'documents' && state.view === 'article');
    if (active) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
    tab.href = toSearch({ ...state, view: view as State['view'], offset: 0 });
  }
  showError(undefined);
  const context: ViewContext = { state, navigate, eventTypes, quad };
  const target = h('div', { class: 'view-body', 'data-view': state.view });
  try {
    await VIEWS[state.view](target, context);
    if (ticket === rendering) root.replaceChildren(target);
  } catch (error) {
    if (ticket === rendering) {
      root.replaceChildren();
      showError(error instanceof Error ? error.message : String(error));
    }
  }
  document.body.dataset.ready = String(ticket);
}

async function loadLookups(): Promise<void> {
  const [types, summary, actors] = await Promise.all([
    getJson<{ eventTypes: EventTypeInfo[] }>('/api/event-types'),
    getJson<StoreSummary>('/api/summary'),
    getJson<{ actors: { code: string; name: string | null; events: number }[] }>('/api/actors', new URLSearchParams({ limit: '500' })),
  ]);
  eventTypes = types.eventTypes;
  quad = new Map(eventTypes.map((t) => [t.event, t.quadCode]));
  const typeSelect = field('type') as HTMLSelectElement;
  for (const group of ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']) {
    const options = eventTypes.filter((t) => t.quadClass === group).map((t) => h('option', { value: t.event }, `${t.event}${summary.byType[t.event] ? ` (${summary.byType[t.event]})` : ''}`));
    typeSelect.append(h('optgroup', { label: group }, ...options));
  }
  document.getElementById('actor-codes')!.append(...actors.actors.map((a) => h('option', { value: a.code }, `${a.name ?? a.code} · ${a.events}`)));
  const modes = [...new Set(eventTypes.flatMap((t) => t.modes))].sort();
  document.getElementById('modes')!.append(...modes.map((m) => h('option', { value: m })));
  document.getElementById('summary')!.textContent = `${num(summary.documents)} articles · ${num(summary.events)} events`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  navigate({ filters: readForm(readState().filters) });
});
document.getElementById('clear-filters')!.addEventListener('click', () => navigate({ filters: {} }));
// A changed select applies at once; text fields wait for Enter or Apply.
for (const name of ['type', 'background']) field(name).addEventListener('change', () => form.requestSubmit());
for (const tab of document.querySelectorAll<HTMLAnchorElement>('#tabs a')) {
  tab.addEventListener('click', (event) => {
    event.preventDefault();
    navigate({ view: tab.dataset.view as State['view'], offset: 0 });
  });
}
window.addEventListener('popstate', () => void render());

loadLookups()
  .catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)))
  .finally(() => void render());
