import type { StoredDocument } from '../../store/records.js';
import { getJson } from './api.js';
import type { ViewContext } from './context.js';
import { formatDate, h, num } from './dom.js';

/** The stored articles; one opens the article view. */
export async function renderDocuments(root: HTMLElement, context: ViewContext): Promise<void> {
  const data = await getJson<{ total: number; documents: StoredDocument[] }>('/api/documents', new URLSearchParams({ limit: '500' }));
  const list = data.documents.map((d) =>
    h('a', { class: 'doc', href: `?view=article&article=${encodeURIComponent(d.id)}`, onclick: (e: Event) => { e.preventDefault(); context.navigate({ view: 'article', article: d.id }); } },
      h('div', { class: 'title' }, d.source.title ?? d.source.uri),
      h('div', { class: 'meta' }, [
        d.source.publishedAt ? formatDate(d.source.publishedAt.slice(0, 10)) : 'no date',
        d.source.siteName, `${num(d.eventCount)} events`, d.status === 'coded' ? null : d.status, d.source.uri,
      ].filter(Boolean).join(' · '))));
  root.append(h('section', { class: 'panel docs' }, h('h2', {}, 'Articles'), h('p', { class: 'hint' }, `${num(data.total)} stored articles.`),
    ...(list.length > 0 ? list : [h('div', { class: 'empty' }, 'No article is stored yet; run chronicle ingest.')])));
}
