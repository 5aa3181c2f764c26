/**
 * Linear multi-class models over hashed features: an averaged perceptron for training and a
 * compact, read-only sparse model for prediction.
 *
 * Training keeps one dense row of class weights per feature that was ever updated (features seen
 * only in correct decisions never get a row). Averaging uses the "w − u/c" trick (Daumé 2006): `u`
 * accumulates each update times the step it happened at, so the average is exact without touching
 * every weight at every step.
 *
 * The exported model keeps, per feature, only the classes whose averaged weight survives pruning,
 * quantised to 16 bits with one scale for the model: weights `(value / scale)`. Lookup is an
 * open-addressing table keyed by the 32-bit feature hash.
 */

/** Open-addressing map from a non-zero uint32 key to a row number; grows by doubling. */
class KeyTable {
  keys: Uint32Array;
  rows: Int32Array;
  size = 0;
  constructor(capacity = 1 << 16) {
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
  }
  get(key: number): number {
    const mask = this.keys.length - 1;
    let i = key & mask;
    for (;;) {
      const row = this.rows[i]!;
      if (row < 0) return -1;
      if (this.keys[i] === key) return row;
      i = (i + 1) & mask;
    }
  }
  insert(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = key & mask;
    while (this.rows[i]! >= 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.rows[i] = row;
    this.size++;
  }
  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2).fill(-1);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (rows[i]! >= 0) this.insert(keys[i]!, rows[i]!);
  }
}

/** An averaged perceptron being trained. */
export class PerceptronTrainer {
  readonly classes: number;
  private readonly table = new KeyTable();
  private weights: Float32Array;
  private updatesByStep: Float64Array;
  private featureKeys: Uint32Array;
  private rowCount = 0;
  /** Number of examples seen: the clock of the averaging. */
  step = 1;

  constructor(classes: number) {
    this.classes = classes;
    this.weights = new Float32Array(classes * 1024);
    this.updatesByStep = new Float64Array(classes * 1024);
    this.featureKeys = new Uint32Array(1024);
  }

  get features(): number {
    return this.rowCount;
  }

  /** Adds the current weights of `features` into `scores` (length `classes`, zeroed by the caller). */
  score(features: ArrayLike<number>, count: number, scores: Float64Array): void {
    const c = this.classes;
    const w = this.weights;
    for (let f = 0; f < count; f++) {
      const row = this.table.get(features[f]!);
      if (row < 0) continue;
      const base = row * c;
      for (let k = 0; k < c; k++) scores[k]! += w[base + k]!;
    }
  }

  /** One perceptron update: `truth` up, `guess` down, for every feature. Call `tick()` once per example. */
  update(features: ArrayLike<number>, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const c = this.classes;
    for (let f = 0; f < count; f++) {
      const row = this.rowFor(features[f]!);
      const base = row * c;
      this.weights[base + truth]! += 1;
      this.updatesByStep[base + truth]! += this.step;
      this.weights[base + guess]! -= 1;
      this.updatesByStep[base + guess]! -= this.step;
    }
  }

  /** Adds `delta` to class `k`'s weight of every feature (a structured update, one side of it). */
  add(features: ArrayLike<number>, count: number, k: number, delta: number): void {
    const c = this.classes;
    for (let f = 0; f < count; f++) {
      const base = this.rowFor(features[f]!) * c;
      this.weights[base + k]! += delta;
      this.updatesByStep[base + k]! += delta * this.step;
    }
  }

  tick(): void {
    this.step++;
  }

  private rowFor(key: number): number {
    const found = this.table.get(key);
    if (found >= 0) return found;
    const row = this.rowCount++;
    if (row * this.classes >= this.weights.length) {
      const grow = <T extends Float32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const next = make(a.length * 2);
        next.set(a);
        return next;
      };
      this.weights = grow(this.weights, (n) => new Float32Array(n));
      this.updatesByStep = grow(this.updatesByStep, (n) => new Float64Array(n));
    }
    if (row >= this.featureKeys.length) {
      const keys = new Uint32Array(this.featureKeys.length * 2);
      keys.set(this.featureKeys);
      this.featureKeys = keys;
    }
    this.featureKeys[row] = key;
    this.table.insert(key, row);
    return row;
  }

  /**
   * The averaged model, pruned and quantised: weights whose magnitude is below `threshold` (in
   * averaged units) are dropped, the rest stored as int16 against one scale.
   */
  export(threshold: number): SparseLinearModel {
    const c = this.classes;
    const averaged = (row: number, k: number) => this.weights[row * c + k]! - this.updatesByStep[row * c + k]! / this.step;
    let maxAbs = 0;
    let entries = 0;
    let rows = 0;
    for (let row = 0; row < this.rowCount; row++) {
      let kept = 0;
      for (let k = 0; k < c; k++) {
        const v = Math.abs(averaged(row, k));
        if (v >= threshold) {
          kept++;
          if (v > maxAbs) maxAbs = v;
        }
      }
      if (kept > 0) {
        rows++;
        entries += kept;
      }
    }
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const keys = new Uint32Array(rows);
    const offsets = new Uint32Array(rows + 1);
    const classIds = new Uint8Array(entries);
    const values = new Int16Array(entries);
    let r = 0;
    let e = 0;
    for (let row = 0; row < this.rowCount; row++) {
      const start = e;
      for (let k = 0; k < c; k++) {
        const v = averaged(row, k);
        if (Math.abs(v) >= threshold) {
          classIds[e] = k;
          values[e] = Math.round(v * scale);
          e++;
        }
      }
      if (e > start) {
        keys[r] = this.featureKeys[row]!;
        offsets[r] = start;
        r++;
        offsets[r] = e;
      }
    }
    return SparseLinearModel.fromArrays({ classes: c, scale, keys, offsets, classIds, values });
  }
}

/** The arrays of a sparse model, as stored on disk. */
export interface SparseLinearArrays {
  readonly classes: number;
  readonly scale: number;
  /** Feature keys, one per row. */
  readonly keys: Uint32Array;
  /** Row r's entries are `[offsets[r], offsets[r+1])`. */
  readonly offsets: Uint32Array;
  readonly classIds: Uint8Array;
  readonly values: Int16Array;
}

/**
 * A read-only, pruned, quantised linear model for prediction. Models with at most four classes
 * (the parser's actions) keep each feature's weights inline in its hash slot — key and four int16
 * weights in three int32s — so scoring a feature costs one memory access, which is what bounds
 * parsing speed once the model is larger than the CPU cache.
 */
export class SparseLinearModel {
  readonly classes: number;
  readonly arrays: SparseLinearArrays;
  private readonly slots: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly inline: Int32Array | null;
  private readonly inverseScale: number;

  private constructor(arrays: SparseLinearArrays) {
    if (arrays.classes > 256) throw new Error(`a sparse model holds at most 256 classes, not ${arrays.classes}.`);
    this.arrays = arrays;
    this.classes = arrays.classes;
    this.inverseScale = 1 / arrays.scale;
    let capacity = 1024;
    while (capacity < arrays.keys.length * 2) capacity *= 2;
    const mask = capacity - 1;
    if (arrays.classes <= 4) {
      // [key, w0 | w1 << 16, w2 | w3 << 16] per slot; key 0 marks an empty slot (a real 0 key is dropped: 1 in 4 billion).
      const inline = new Int32Array(capacity * 3);
      for (let r = 0; r < arrays.keys.length; r++) {
        const key = arrays.keys[r]!;
        if (key === 0) continue;
        let i = key & mask;
        while (inline[i * 3] !== 0) i = (i + 1) & mask;
        const w = [0, 0, 0, 0];
        for (let e = arrays.offsets[r]!; e < arrays.offsets[r + 1]!; e++) w[arrays.classIds[e]!] = arrays.values[e]!;
        inline[i * 3] = key | 0;
        inline[i * 3 + 1] = (w[0]! & 0xffff) | (w[1]! << 16);
        inline[i * 3 + 2] = (w[2]! & 0xffff) | (w[3]! << 16);
      }
      this.inline = inline;
      this.slots = new Uint32Array(0);
      this.slotRows = new Int32Array(0);
      return;
    }
    this.inline = null;
    this.slots = new Uint32Array(capacity);
    this.slotRows = new Int32Array(capacity).fill(-1);
    for (let r = 0; r < arrays.keys.length; r++) {
      let i = arrays.keys[r]! & mask;
      while (this.slotRows[i]! >= 0) i = (i + 1) & mask;
      this.slots[i] = arrays.keys[r]!;
      this.slotRows[i] = r;
    }
  }

  static fromArrays(arrays: SparseLinearArrays): SparseLinearModel {
    return new SparseLinearModel(arrays);
  }

  /** Number of (feature, class) weights kept. */
  get size(): number {
    return this.arrays.values.length;
  }

  /** Adds the weights of `features` into `scores` (length `classes`, zeroed by the caller). */
  score(features: ArrayLike<number>, count: number, scores: Float64Array): void {
    this.scoreUnscaled(features, count, scores);
    const s = this.inverseScale;
    for (let k = 0; k < this.classes; k++) scores[k]! *= s;
  }

  /**
   * Adds the stored integer weights of `features` into `scores`, without the model's scale: sums
   * of integers are exact, so a beam that adds them up ranks its configurations exactly as the
   * greedy decoder ranks actions (no rounding can swap two near-equal totals).
   */
  scoreUnscaled(features: ArrayLike<number>, count: number, scores: Float64Array): void {
    if (this.inline) {
      this.scoreInline(this.inline, features, count, scores);
      return;
    }
    const { offsets, classIds, values } = this.arrays;
    const slots = this.slots;
    const slotRows = this.slotRows;
    const mask = slots.length - 1;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let i = key & mask;
      let row = -1;
      for (;;) {
        const r = slotRows[i]!;
        if (r < 0) break;
        if (slots[i] === key) {
          row = r;
          break;
        }
        i = (i + 1) & mask;
      }
      if (row < 0) continue;
      const end = offsets[row + 1]!;
      for (let e = offsets[row]!; e < end; e++) scores[classIds[e]!]! += values[e]!;
    }
  }

  private scoreInline(inline: Int32Array, features: ArrayLike<number>, count: number, scores: Float64Array): void {
    const mask = inline.length / 3 - 1;
    let a = 0, b = 0, c = 0, d = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f]! | 0;
      let i = key & mask;
      for (;;) {
        const k = inline[i * 3]!;
        if (k === 0) break;
        if (k === key) {
          const lo = inline[i * 3 + 1]!;
          const hi = inline[i * 3 + 2]!;
          a += (lo << 16) >> 16;
          b += lo >> 16;
          c += (hi << 16) >> 16;
          d += hi >> 16;
          break;
        }
        i = (i + 1) & mask;
      }
    }
    scores[0]! += a;
    if (this.classes > 1) scores[1]! += b;
    if (this.classes > 2) scores[2]! += c;
    if (this.classes > 3) scores[3]! += d;
  }
}

/** Index of the highest score among the classes allowed by `valid` (all when omitted); -1 if none. */
export function argmax(scores: Float64Array, classes: number, valid?: (k: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < classes; k++) {
    if (valid && !valid(k)) continue;
    const s = scores[k]!;
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best;
}
