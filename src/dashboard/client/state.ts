/**
 * The dashboard's state is its URL: `?view=events&type=ASSAULT&actor=ARM&sort=-date`. Filters are
 * shared by every view (timeline, map, network, table, articles, article), so switching views keeps
 * them, a link reproduces exactly what was on screen, and back and forward work.
 */
export const FILTER_KEYS = ['q', 'type', 'mode', 'actor', 'recipient', 'party', 'country', 'sector', 'since', 'until', 'background', 'doc', 'bbox'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const VIEWS = ['timeline', 'network', 'map', 'events', 'documents', 'article'] as const;
export type View = (typeof VIEWS)[number];

export const SORTS = ['-date', 'date', 'type', '-type', '-dead', 'dead'] as const;
export type Sort = (typeof SORTS)[number];

export const INTERVALS = ['auto', 'day', 'week', 'month', 'year'] as const;

export interface State {
  readonly view: View;
  readonly filters: Filters;
  /** Timeline bar width; `auto` lets the server choose from the dates. */
  readonly interval: string;
  /** Event table order. */
  readonly sort: Sort;
  /** Event table and article list page start. */
  readonly offset: number;
  /** Article view: the document and the selected event. */
  readonly article?: string;
  readonly event?: string;
  /** Map extent: fitted to the events (default) or the whole world. */
  readonly extent?: 'world';
  /** Map circle size: events (default) or deaths. */
  readonly metric?: 'deaths';
  /** Article view: show only the events that match the filters. */
  readonly only?: 'matching';
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
  const sort = params.get('sort');
  const interval = params.get('interval');
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'timeline',
    filters,
    interval: (INTERVALS as readonly string[]).includes(interval ?? '') ? interval! : 'auto',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : '-date',
    offset: Math.max(0, Number(params.get('offset')) || 0),
    ...(article ? { article } : {}),
    ...(event ? { event } : {}),
    ...(params.get('extent') === 'world' ? { extent: 'world' as const } : {}),
    ...(params.get('metric') === 'deaths' ? { metric: 'deaths' as const } : {}),
    ...(params.get('only') === 'matching' ? { only: 'matching' as const } : {}),
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
  if (state.interval !== 'auto') params.set('interval', state.interval);
  if (state.sort !== '-date') params.set('sort', state.sort);
  if (state.offset > 0) params.set('offset', String(state.offset));
  if (state.article) params.set('article', state.article);
  if (state.event) params.set('event', state.event);
  if (state.extent) params.set('extent', state.extent);
  if (state.metric) params.set('metric', state.metric);
  if (state.only) params.set('only', state.only);
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

/** Whether any filter narrows the events. */
export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => Boolean(filters[key]));
}
