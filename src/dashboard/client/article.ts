import type { CodedEvent } from '../../core/document.js';
import type { StoredDocumentWithText } from '../../store/records.js';
import { getJson } from './api.js';
import type { ViewContext } from './context.js';
import { documentTitle } from './documents.js';
import { formatDate, h, num } from './dom.js';
import { marksFor, piecesOf } from './highlight.js';
import { sizes, typePill } from './pills.js';
import { inferredDate, partiesLabel, partyLabel } from './quality.js';
import { filterParams, hasFilters, type Filters } from './state.js';

const KEYS: readonly [string, string][] = [
  ['trigger', 'trigger'], ['actor', 'actor'], ['recipient', 'recipient'], ['third', 'third party'],
  ['date', 'date expression'], ['number', 'number'], ['place', 'place'],
];

function partyText(list: CodedEvent['actor']): string {
  return list.length === 0 ? '—' : list.map((p) => `${partyLabel(p)}${p.code !== null && p.sector ? ` · ${p.sector}` : ''} “${p.text}”`).join(', ');
}

function card(e: CodedEvent, selected: boolean, matches: boolean, select: () => void): HTMLElement {
  const inferred = inferredDate(e);
  const date = `${formatDate(e.date)}${e.date_precision ? ` (${e.date_precision})` : ''}${inferred ? ` — ${inferred}` : e.date_source.text ? ` from “${e.date_source.text}”` : ''}`;
  const rows: [string, string][] = [
    ['Actor', partyText(e.actor)],
    ['Recipient', partyText(e.recipient)],
    ...(e.third_party.length ? [['Third party', partyText(e.third_party)] as [string, string]] : []),
    ['Date', date],
    ['Place', e.event_loc ? `${e.event_loc.name}${e.event_loc.country_code ? ` (${e.event_loc.country_code})` : ''}` : '—'],
    ...(sizes(e) ? [['Size', sizes(e)] as [string, string]] : []),
    ['Modality', `${e.modality}${e.background ? ' · background' : ''}`],
    ['Confidence', e.confidence.toFixed(2) + (e.cameo ? ` · CAMEO ${e.cameo}` : '')],
  ];
  return h('li', {
    class: `event-card${matches ? '' : ' unmatched'}`, 'aria-selected': String(selected), 'data-event-id': e.id, 'data-matches': String(matches), tabindex: 0,
    onclick: select, onkeydown: (k: Event) => (k as KeyboardEvent).key === 'Enter' && select(),
  },
    h('div', { class: 'head' }, h('span', {}, typePill(e.event, e.background), e.mode ? h('span', { class: 'muted mono' }, ` ${e.mode}`) : null), h('span', { class: 'trig' }, `“${e.evidence.trigger.text}”`)),
    h('div', { class: 'muted mono' }, `${partiesLabel(e.actor)} → ${partiesLabel(e.recipient)}`, matches ? null : h('span', { class: 'flag' }, ' · outside the filters')),
    selected ? h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : null,
    selected && e.why.length ? h('ul', { class: 'why' }, ...e.why.map((w) => h('li', {}, w))) : null);
}

/** The article's cleaned text with the selected event's evidence highlighted, and its events beside it. */
export async function renderArticle(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  if (!state.article) {
    root.append(h('div', { class: 'panel empty' }, 'Choose an article in the Articles tab or an event in the Events tab.'));
    return;
  }
  // The filter bar applies here too: events outside it are dimmed (or hidden with "only matching").
  const filters: Filters = { ...state.filters, doc: undefined };
  const filtered = hasFilters(filters);
  const [{ document: doc, events: byDate }, matching] = await Promise.all([
    getJson<{ document: StoredDocumentWithText; events: CodedEvent[] }>(`/api/documents/${encodeURIComponent(state.article)}`),
    filtered ? getJson<{ events: CodedEvent[] }>('/api/events', filterParams({ ...filters, doc: state.article }, { limit: 500 })) : Promise.resolve(undefined),
  ]);
  const matches = new Set((matching?.events ?? byDate).map((e) => e.id));
  // Beside the text, events follow the reading order (trigger offset), not the date order of the API.
  const all = [...byDate].sort((a, b) => a.evidence.trigger.start - b.evidence.trigger.start || a.id.localeCompare(b.id));
  const events = state.only === 'matching' ? all.filter((e) => matches.has(e.id)) : all;
  const selected = events.find((e) => e.id === state.event) ?? events.find((e) => matches.has(e.id)) ?? events[0];
  const select = (id: string) => navigate({ view: 'article', article: doc.id, event: id });

  const text = h('div', { class: 'text-body', 'data-testid': 'article-text' });
  for (const piece of piecesOf(marksFor(events, selected, doc.text.length), doc.text.length)) {
    const content = doc.text.slice(piece.start, piece.end);
    if (piece.roles.length === 0) {
      text.append(content);
      continue;
    }
    const primary = piece.roles[0]!;
    const classes = ['hl', primary, ...(piece.roles.includes('cue') && primary !== 'cue' ? ['cue'] : [])];
    const span = h('span', { class: classes.join(' '), 'data-role': primary, title: piece.roles.filter((r) => r !== 'sentence').join(', ') || null }, content);
    const eventId = piece.eventId;
    if (eventId !== undefined) span.addEventListener('click', () => select(eventId));
    text.append(span);
  }
  const source = doc.source;
  const byline = [source.publishedAt ? `Published ${formatDate(source.publishedAt.slice(0, 10))}` : 'No publication date', source.siteName, source.author].filter(Boolean).join(' · ');
  const article = h('article', { class: 'panel text' },
    h('h1', {}, documentTitle(doc)),
    h('div', { class: 'byline' }, byline, source.url ? h('span', {}, ' · ', h('a', { href: source.url, rel: 'noopener noreferrer' }, 'source')) : null),
    h('div', { class: 'keys' }, ...KEYS.map(([cls, name]) => h('span', { class: `hl ${cls}` }, name)), h('span', { class: 'hl cue' }, 'other events (click)')),
    text);
  const onlyMatching = state.only === 'matching';
  const side = h('aside', { class: 'panel' },
    h('h2', {}, `${all.length} coded events`),
    filtered
      ? h('p', { class: 'hint', 'data-testid': 'article-matching' }, `${num(matches.size)} of ${num(all.length)} match the filters. `,
        h('button', { type: 'button', class: 'link', onclick: () => navigate({ only: onlyMatching ? undefined : 'matching' }) }, onlyMatching ? 'Show all events' : 'Show only those'))
      : null,
    h('p', { class: 'hint' }, 'Select an event to highlight its evidence in the text.'),
    h('ul', { class: 'event-list' }, ...events.map((e) => card(e, e === selected, matches.has(e.id), () => select(e.id)))));
  root.append(h('div', { class: 'article' }, article, side));
  // After main.ts has put the view in the page: bring the chosen event's trigger into sight.
  setTimeout(() => {
    root.querySelector('.event-card[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    if (state.event) root.querySelector('.hl.trigger')?.scrollIntoView({ block: 'center' });
  }, 0);
}
