import { ContextCache } from './context-cache.js';
import type { ParseState } from './transitions.js';

/**
 * The labels chosen so far in one sentence, keyed by everything the label features
 * (features.ts, `labelFeatures`) and `bestLabel` read of a configuration: the head and the
 * dependent (which fix their words, tags, clusters, neighbours, direction and distance), the
 * dependent's outermost dependents and their labels, the head's own label and head, the label sets
 * of the head, the dependent's valency. The same arc is often proposed in several configurations
 * of a beam with the same surroundings; it gets the label the model gave it the first time.
 */
export class LabelCache {
  private readonly cache = new ContextCache(11, 1, 1024);

  /** Starts a sentence: forgets every label of the sentences before. */
  begin(): void {
    this.cache.begin();
  }

  /** The cached label of the arc head → dependent in this configuration, or -1 (then `store` it). */
  find(state: ParseState, head: number, dependent: number): number {
    const key = this.cache.key;
    const dl = state.left1[dependent]!;
    const dr = state.right1[dependent]!;
    key[0] = head;
    key[1] = dependent;
    key[2] = dl;
    key[3] = dr;
    key[4] = dl >= 0 ? state.labels[dl]! : -1;
    key[5] = dr >= 0 ? state.labels[dr]! : -1;
    key[6] = state.labels[head]!;
    key[7] = head > 0 ? state.heads[head]! : -1;
    key[8] = state.leftLabels[head]!;
    key[9] = state.rightLabels[head]!;
    key[10] = state.leftCount[dependent]! + 8 * state.rightCount[dependent]!;
    const at = this.cache.find();
    return at < 0 ? -1 : this.cache.values[at]!;
  }

  /** Remembers the label of the arc last looked up with `find` (which found none). */
  store(label: number): void {
    const at = this.cache.store();
    if (at >= 0) this.cache.values[at] = label;
  }
}
