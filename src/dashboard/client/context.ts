import type { EventTypeInfo } from '../../api/plover.js';
import type { State } from './state.js';

/** What every view gets: the current state, a way to change it, and the PLOVER types. */
export interface ViewContext {
  readonly state: State;
  /** Changes the state (and the URL); a change of filters goes back to the first page. */
  navigate(next: Partial<State>): void;
  readonly eventTypes: readonly EventTypeInfo[];
  /** Quad code (1–4) by event type. */
  readonly quad: ReadonlyMap<string, number>;
}

export type View = (root: HTMLElement, context: ViewContext) => Promise<void>;
