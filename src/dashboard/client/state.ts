/**
 * The dashboard's state is its URL: `?view=events&type=ASSAULT&actor=ARM`. Filters are shared by
 * every view, so switching from the timeline to the table keeps them; back and forward work.
 */
export const FILTER_KEYS = ['type', 'mode', 'actor', 'recipient', 'since', 'until', 'background', 'doc'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const VIEWS = ['timeline', 'network', 'map', 'events', 'documents', 'article'] as const;
export type View = (typeof VIEWS)[number];

export interface State {
  readonly view: View;
  readonly filters: Filters;
  /** Timeline bar width. */
  readonly interval: string;
  /** Event table page start. */
  readonly offset: number;
  /** Article view: the document and the selected event. */
  readonly article?: string;
  readonly event?: string;
  /** Map extent: fitted to the events (default) or the whole world. */
  readonly extent?: 'world';
}

export function readState(search: string = location.search): State {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const article = params.get('article');
  const event = params.get('event');
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'timeline',
    filters,
    interval: params.get('interval') ?? 'month',
    offset: Math.max(0, Number(params.get('offset')) || 0),
    ...(article ? { article } : {}),
    ...(event ? { event } : {}),
    ...(params.get('extent') === 'world' ? { extent: 'world' as const } : {}),
  };
}

/** The query string for a state, with defaults left out so URLs stay short. */
export function toSearch(state: State): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.interval !== 'month') params.set('interval', state.interval);
  if (state.offset > 0) params.set('offset', String(state.offset));
  if (state.article) params.set('article', state.article);
  if (state.event) params.set('event', state.event);
  if (state.extent) params.set('extent', state.extent);
  return `?${params.toString()}`;
}

/** Query parameters for the API from the filters (same names as the API's). */
export function filterParams(filters: Filters, extra: Record<string, string | number> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params;
}
