import type { EventTypeInfo } from '../../api/plover.js';
import type { State } from './state.js';

/** A party as the dashboard names it (from /api/actors): the key filters take, a short label and a name. */
export interface PartyInfo {
  readonly key: string;
  readonly label: string;
  readonly name: string | null;
  readonly events: number;
}

/** What every view gets: the current state, a way to change it, the PLOVER types, and the room it has. */
export interface ViewContext {
  readonly state: State;
  /** Changes the state (and the URL); a change of filters goes back to the first page. */
  navigate(next: Partial<State>): void;
  readonly eventTypes: readonly EventTypeInfo[];
  /** Quad code (1–4) by event type. */
  readonly quad: ReadonlyMap<string, number>;
  /** Parties of the whole store by key, for labels. */
  readonly parties: ReadonlyMap<string, PartyInfo>;
  /** Width in CSS pixels of the view's content box: charts are drawn at this size, so text stays readable on a phone. */
  readonly width: number;
}

export type View = (root: HTMLElement, context: ViewContext) => Promise<void>;

/** Width of a panel's content (inside its padding and border) in a view `width` wide. */
export function panelWidth(context: ViewContext): number {
  return Math.max(240, context.width - 38);
}

/**
 * Width of the chart column of a `.grid2` panel (chart beside a list): three quarters of the
 * panel above 900 px of view (the CSS breakpoint), the whole panel below.
 */
export function chartColumnWidth(context: ViewContext): number {
  const inner = panelWidth(context);
  if (context.width <= 900) return inner;
  const free = inner - 16;
  return free * 0.25 >= 260 ? free * 0.75 : free - 260;
}
