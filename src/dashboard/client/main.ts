import type { FilterMeaning } from '../../api/params.js';
import type { EventTypeInfo } from '../../api/plover.js';
import type { StoreSummary } from '../../store/records.js';
import { getJson, whenStarting } from './api.js';
import { renderArticle } from './article.js';
import type { PartyInfo, View, ViewContext } from './context.js';
import { renderDocuments } from './documents.js';
import { h, num } from './dom.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { FILTER_KEYS, filterParams, readState, toSearch, type Filters, type State } from './state.js';
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

/** Filters typed in the form; `type` comes from the checkboxes, `doc` and `bbox` only from clicks in views. */
const TYPED = ['q', 'mode', 'actor', 'recipient', 'party', 'country', 'sector', 'since', 'until', 'background'] as const;
/** Names of the filters on the chips. */
const CHIP_NAMES: Readonly<Record<string, string>> = {
  q: 'Search', type: 'Type', mode: 'Mode', actor: 'Actor', recipient: 'Recipient', party: 'Either role', country: 'Country',
  sector: 'Sector', since: 'Since', until: 'Until', background: 'Events', doc: 'Article', bbox: 'Map area',
};
/** Below this width the filter form folds away behind its summary, so the view is on the first screen. */
const FOLD_WIDTH = 760;

const root = document.getElementById('view')!;
const form = document.getElementById('filters') as HTMLFormElement;
const panel = document.getElementById('filter-panel') as HTMLDetailsElement;
const errorBox = document.getElementById('error')!;
const summaryBox = document.getElementById('summary')!;
let eventTypes: readonly EventTypeInfo[] = [];
let quad = new Map<string, number>();
let parties = new Map<string, PartyInfo>();
let summaryText = '';
let rendering = 0;
let renderedWidth = 0;

function showError(message: string | undefined): void {
  errorBox.hidden = message === undefined;
  errorBox.textContent = message ?? '';
}

function field(name: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

function typeBoxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('#types-list input[type="checkbox"]')];
}

function showTypesSummary(): void {
  const chosen = typeBoxes().filter((b) => b.checked).map((b) => b.value);
  document.getElementById('types-summary')!.textContent = chosen.length === 0 ? 'All types' : chosen.length <= 2 ? chosen.join(', ') : `${chosen.length} types`;
}

/** Puts the state's filters into the form (after back/forward or a click in a chart). */
function fillForm(filters: Filters): void {
  for (const key of TYPED) field(key).value = filters[key] ?? '';
  const types = new Set((filters.type ?? '').split(',').filter(Boolean));
  for (const box of typeBoxes()) box.checked = types.has(box.value);
  showTypesSummary();
  const active = FILTER_KEYS.filter((key) => filters[key]).length;
  document.getElementById('filter-count')!.textContent = active > 0 ? `· ${active} active` : '';
}

function readForm(current: Filters): Filters {
  const filters: Filters = {};
  for (const key of TYPED) {
    const value = field(key).value.trim();
    if (value) filters[key] = value;
  }
  const types = typeBoxes().filter((b) => b.checked).map((b) => b.value);
  if (types.length > 0) filters.type = types.join(',');
  if (current.doc) filters.doc = current.doc;
  if (current.bbox) filters.bbox = current.bbox;
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

/** A link that downloads the current filters' events in `format`, in the table's order. */
function exportLink(state: State, format: 'csv' | 'geojson', label: string): HTMLAnchorElement {
  const params = filterParams(state.filters, { sort: state.sort, format });
  return h('a', { class: 'export', href: `/api/events?${params.toString()}`, download: `chronicle-events.${format}`, 'data-format': format,
    title: `Download every event matching these filters as ${label}` }, `⤓ ${label}`);
}

/**
 * The active filters as removable chips, worded as the API read them ("Armenia (ARM) as actor"),
 * with the export links. A filter the API cannot read shows as the error instead.
 */
async function renderChips(state: State): Promise<void> {
  const chips = document.getElementById('chips')!;
  const exports = h('span', { class: 'exports' }, 'Export: ', exportLink(state, 'csv', 'CSV'), ' ', exportLink(state, 'geojson', 'GeoJSON'));
  const given = FILTER_KEYS.filter((key) => state.filters[key]);
  if (given.length === 0) {
    chips.replaceChildren(h('span', { class: 'muted' }, 'No filter: every event.'), exports);
    return;
  }
  const { filters } = await getJson<{ filters: FilterMeaning[] }>('/api/filters', filterParams(state.filters)).catch(() => ({ filters: [] as FilterMeaning[] }));
  const meaning = new Map(filters.map((f) => [f.parameter, f.meaning]));
  const list = given.map((key) => {
    const name = CHIP_NAMES[key] ?? key;
    const text = meaning.get(key) ?? state.filters[key]!;
    const remove = () => navigate({ filters: { ...state.filters, [key]: undefined } as Filters });
    return h('span', { class: 'chip', 'data-filter': key },
      h('span', { class: 'chip-name' }, name), ' ', text,
      h('button', { type: 'button', 'aria-label': `Remove the ${name.toLowerCase()} filter (${text})`, title: 'Remove this filter', onclick: remove }, '×'));
  });
  chips.replaceChildren(...list, h('button', { type: 'button', class: 'link', onclick: () => navigate({ filters: {} }) }, 'Clear all'), exports);
}

function contentWidth(): number {
  const style = getComputedStyle(root);
  return Math.round(root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
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
  renderedWidth = contentWidth();
  const context: ViewContext = { state, navigate, eventTypes, quad, parties, width: renderedWidth };
  const target = h('div', { class: 'view-body', 'data-view': state.view });
  root.setAttribute('aria-busy', 'true');
  try {
    await Promise.all([VIEWS[state.view](target, context), renderChips(state)]);
    if (ticket === rendering) root.replaceChildren(target);
  } catch (error) {
    if (ticket === rendering) {
      root.replaceChildren();
      showError(error instanceof Error ? error.message : String(error));
    }
  }
  root.removeAttribute('aria-busy');
  document.body.dataset.ready = String(ticket);
}

async function loadLookups(): Promise<void> {
  const [types, summary, actors, sectorList] = await Promise.all([
    getJson<{ eventTypes: EventTypeInfo[] }>('/api/event-types'),
    getJson<StoreSummary>('/api/summary'),
    getJson<{ actors: PartyInfo[] }>('/api/actors', new URLSearchParams({ limit: '500' })),
    getJson<{ sectors: { code: string; definition: string }[] }>('/api/sectors'),
  ]);
  eventTypes = types.eventTypes;
  quad = new Map(eventTypes.map((t) => [t.event, t.quadCode]));
  parties = new Map(actors.actors.map((a) => [a.key, a]));
  const list = document.getElementById('types-list')!;
  for (const group of ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']) {
    const boxes = eventTypes.filter((t) => t.quadClass === group).map((t) => h('label', { class: 'check', title: t.definition },
      h('input', { type: 'checkbox', value: t.event, onchange: showTypesSummary }), ` ${t.event}`, summary.byType[t.event] ? h('span', { class: 'muted' }, ` ${num(summary.byType[t.event]!)}`) : null));
    list.append(h('fieldset', {}, h('legend', {}, group), ...boxes));
  }
  list.append(h('div', { class: 'dropdown-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply types')));
  document.getElementById('party-keys')!.append(...actors.actors.map((a) => h('option', { value: a.key }, `${a.name ?? a.label} · ${a.events} events`)));
  document.getElementById('countries')!.append(...actors.actors.filter((a) => /^[A-Z]{3}$/.test(a.key) && a.name).map((a) => h('option', { value: a.name! }, a.key)));
  const sector = field('sector') as HTMLSelectElement;
  sector.append(...sectorList.sectors.map((s) => h('option', { value: s.code }, `${s.code} · ${s.definition}`)));
  const modes = [...new Set(eventTypes.flatMap((t) => t.modes))].sort();
  document.getElementById('modes')!.append(...modes.map((m) => h('option', { value: m })));
  summaryText = `${num(summary.documents)} articles · ${num(summary.events)} events`;
  summaryBox.textContent = summaryText;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  (document.getElementById('types') as HTMLDetailsElement).open = false;
  navigate({ filters: readForm(readState().filters) });
});
document.getElementById('clear-filters')!.addEventListener('click', () => navigate({ filters: {} }));
// A changed select applies at once; text fields wait for Enter or Apply.
for (const name of ['background', 'sector']) field(name).addEventListener('change', () => form.requestSubmit());
for (const tab of document.querySelectorAll<HTMLAnchorElement>('#tabs a')) {
  tab.addEventListener('click', (event) => {
    event.preventDefault();
    navigate({ view: tab.dataset.view as State['view'], offset: 0 });
  });
}
window.addEventListener('popstate', () => void render());
// Charts are drawn at the view's width: draw again when it changes noticeably (a rotated phone).
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (Math.abs(contentWidth() - renderedWidth) > 40) void render();
  }, 250);
});
panel.open = window.innerWidth > FOLD_WIDTH;
whenStarting((starting) => {
  summaryBox.textContent = starting ? 'Starting: opening the store…' : summaryText;
});

loadLookups()
  .catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)))
  .finally(() => void render());
