import { murmurFinish } from '../../core/murmur.js';

/**
 * A per-sentence memo from a configuration's context — a fixed number of integers, whatever a group
 * of features reads of it — to what the model made of that context (scores, a label).
 * Configurations of a beam share most of their history, so the same context comes up again and
 * again within a sentence; looking it up costs a few comparisons where scoring costs a lookup per
 * feature in a table far larger than the CPU cache. A whole key is compared, never only its hash,
 * so a hit is exactly what scoring would give again.
 *
 * Use: fill `key`, then `find()`; on a miss, compute and write the values at `store()` (unless it
 * says the sentence's share of the table is full). `begin()` starts a sentence; before the first
 * `begin()` nothing is found or stored.
 */
export class ContextCache {
  readonly key: Int32Array;
  readonly values: Float64Array;
  private readonly keys: Int32Array;
  private readonly stamps: Int32Array;
  private readonly mask: number;
  private sentence = 0;
  private entries = 0;
  private slot = -1;

  /** `slots` is a power of two; at most half of them are filled in one sentence. */
  constructor(private readonly keyWidth: number, private readonly valueWidth: number, private readonly slots: number) {
    this.key = new Int32Array(keyWidth);
    this.values = new Float64Array(slots * valueWidth);
    this.keys = new Int32Array(slots * keyWidth);
    this.stamps = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Starts a sentence: forgets every context of the sentences before. */
  begin(): void {
    this.sentence = this.sentence === 0x7fffffff ? 1 : this.sentence + 1;
    if (this.sentence === 1) this.stamps.fill(0);
    this.entries = 0;
  }

  /** Offset in `values` of what is stored for `key`, or -1. */
  find(): number {
    this.slot = -1;
    if (this.sentence === 0) return -1;
    const width = this.keyWidth;
    const key = this.key;
    // A cheap hash (a hit is decided by comparing the whole key): small integers, so one final mix spreads them.
    let h = 0;
    for (let k = 0; k < width; k++) h = (Math.imul(h, 31) + key[k]!) | 0;
    let i = murmurFinish(h) & this.mask;
    for (;;) {
      if (this.stamps[i] !== this.sentence) {
        this.slot = i;
        return -1;
      }
      if (this.matches(i)) return i * this.valueWidth;
      i = (i + 1) & this.mask;
    }
  }

  /** Offset in `values` where to write the values of the key `find` just missed, or -1 (not kept). */
  store(): number {
    if (this.slot < 0 || this.entries * 2 >= this.slots) return -1;
    const i = this.slot;
    this.keys.set(this.key, i * this.keyWidth);
    this.stamps[i] = this.sentence;
    this.entries++;
    return i * this.valueWidth;
  }

  private matches(i: number): boolean {
    const base = i * this.keyWidth;
    for (let k = 0; k < this.keyWidth; k++) if (this.keys[base + k] !== this.key[k]) return false;
    return true;
  }
}
