import type { StoredDocument } from '../../store/records.js';
import { getJson } from './api.js';
import type { ViewContext } from './context.js';
import { formatDate, h, num, shorten } from './dom.js';
import { filterParams, hasFilters } from './state.js';

const PAGE = 100;

/** What to call an article: its title, else its text's first line, else the last part of its path (never the server's path). */
export function documentTitle(d: Pick<StoredDocument, 'source' | 'lead'>): string {
  if (d.source.title) return d.source.title;
  if (d.lead) return shorten(d.lead, 120);
  return d.source.uri.split(/[\\/]/).filter(Boolean).at(-1) ?? d.source.uri;
}

/** The stored articles, newest first; with filters, the articles that have a matching event. One opens the article view. */
export async function renderDocuments(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  const filtered = hasFilters(state.filters);
  const data = await getJson<{ total: number; offset: number; documents: StoredDocument[] }>('/api/documents', filterParams(state.filters, { limit: PAGE, offset: state.offset }));
  const list = data.documents.map((d) => {
    const title = documentTitle(d);
    const counts = d.matchingEvents === undefined ? `${num(d.eventCount)} events` : `${num(d.matchingEvents)} of ${num(d.eventCount)} events match`;
    return h('a', { class: 'doc', href: `?view=article&article=${encodeURIComponent(d.id)}`, onclick: (e: Event) => { e.preventDefault(); navigate({ view: 'article', article: d.id }); } },
      h('div', { class: `title${d.source.title ? '' : ' untitled'}` }, title),
      h('div', { class: 'meta' }, [
        d.source.publishedAt ? formatDate(d.source.publishedAt.slice(0, 10)) : 'no publication date',
        d.source.siteName, counts, d.status === 'coded' ? null : d.status, d.source.title ? null : 'no title: its first line',
      ].filter(Boolean).join(' · ')));
  });
  const hint = filtered ? `${num(data.total)} articles have events matching the filters, newest first.` : `${num(data.total)} stored articles, newest first.`;
  const last = Math.min(data.offset + PAGE, data.total);
  root.append(h('section', { class: 'panel docs' }, h('h2', {}, 'Articles'), h('p', { class: 'hint', 'data-testid': 'document-total' }, hint),
    ...(list.length > 0 ? list : [h('div', { class: 'empty' }, filtered ? 'No article has an event matching these filters.' : 'No article is stored yet; run chronicle ingest.')]),
    data.total > PAGE ? h('div', { class: 'pager' }, `${num(data.offset + 1)}–${num(last)} of ${num(data.total)}`,
      h('button', { type: 'button', disabled: data.offset === 0, onclick: () => navigate({ offset: Math.max(0, data.offset - PAGE) }) }, '‹ Previous'),
      h('button', { type: 'button', disabled: last >= data.total, onclick: () => navigate({ offset: data.offset + PAGE }) }, 'Next ›')) : null));
}
