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
 * open-addressing table keyed by the 32-bit feature hash — or, for a model trained with
 * `hashBits` (the hashing trick), a plain array of 2^hashBits rows indexed by the key's low bits,
 * in which features that share a row share their weights in training as in use.
 */

/**
 * The row of a feature key in a model of 2^bits rows (its low bits: the keys are already mixed by
 * MurmurHash3's finaliser, hash.ts); the key itself when bits is 0 (no hashing trick).
 */
export function hashedRow(key: number, bits: number): number {
  return bits === 0 ? key : key & ((1 << bits) - 1);
}

/**
 * Open-addressing map from a uint32 key to a row number; grows by doubling. Key and row share a
 * slot (`[key, row + 1]`, 0 = empty), so a lookup usually touches one cache line.
 */
class KeyTable {
  slots: Int32Array;
  mask: number;
  size = 0;
  constructor(capacity = 1 << 16) {
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }
  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const k = key | 0;
    let i = k & mask;
    for (;;) {
      const row = slots[i * 2 + 1]!;
      if (row === 0) return -1;
      if (slots[i * 2] === k) return row - 1;
      i = (i + 1) & mask;
    }
  }
  insert(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const mask = this.mask;
    let i = key & mask;
    while (this.slots[i * 2 + 1]! !== 0) i = (i + 1) & mask;
    this.slots[i * 2] = key | 0;
    this.slots[i * 2 + 1] = row + 1;
    this.size++;
  }
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1]! !== 0) this.insert(old[i]!, old[i + 1]! - 1);
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
  /** 0: one row per feature key; more: the hashing trick, 2^hashBits rows shared by all keys. */
  readonly hashBits: number;

  constructor(classes: number, options: { hashBits?: number } = {}) {
    this.classes = classes;
    this.hashBits = options.hashBits ?? 0;
    if (this.hashBits < 0 || this.hashBits > 30) throw new Error(`hashBits must be 0–30, not ${this.hashBits}.`);
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
      const row = this.table.get(hashedRow(features[f]!, this.hashBits));
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

  private rowFor(feature: number): number {
    const key = hashedRow(feature, this.hashBits);
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
    return SparseLinearModel.fromArrays({ classes: c, scale, keys, offsets, classIds, values, hashBits: this.hashBits });
  }
}

/** The lookup tables a loaded model builds from its arrays (views of SharedArrayBuffers). */
export interface SparseLinearTables {
  readonly slots: Int32Array;
  readonly entries: Int32Array;
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
  /** The hashing trick's row bits (`keys` are then row numbers, see `hashedRow`); 0 or absent: none. */
  readonly hashBits?: number;
}

/**
 * A read-only, pruned, quantised linear model for prediction, laid out so that scoring a feature
 * touches as few cache lines as possible — what bounds tagging and parsing speed once a model is
 * larger than the CPU cache. The hash table is keyed by the feature (key 0 marks an empty slot;
 * a real 0 key is dropped: 1 in 4 billion):
 *
 * - models with at most four classes (the parser's actions) keep the weights in the slot itself,
 *   three int32s `[key, w0 | w1 << 16, w2 | w3 << 16]`, so a feature costs one memory access;
 * - other models (the tagger, the arc labels) keep four int32s `[key, entry0, entry1, rest]`, an
 *   entry being `class << 16 | weight`, and a row's entries past its first two in one array of
 *   entries (`buildEntryRows`): a feature costs one memory access, two for the few rows with more
 *   than two classes. (Before, the slot held `[key, start, end]` into the entries and every
 *   feature cost two: 0.8–0.9× the tagger's and the label model's time, the same sums.)
 *
 * A model trained with the hashing trick (`hashBits`, at most four classes) has no keys to compare
 * and no probing: its table is 2^hashBits rows of `[w0 | w1 << 16, w2 | w3 << 16]`, and a feature
 * reads the row its key's low bits name — one read, and no branch on what was read, so the reads
 * of a batch of features go out to memory together. The released model does not use it: at 2^20
 * rows (8 MB instead of the keyed table's 50 MB) it measured 1.05–1.15× faster at the same beam
 * and cost 0.77 dev LAS (docs/syntax.md, "Third round").
 *
 * The tables are built when the model is loaded, from the compact arrays stored on disk.
 */
export class SparseLinearModel {
  readonly classes: number;
  readonly arrays: SparseLinearArrays;
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;
  private readonly inline: boolean;
  /** Rows of the hashing trick (0: a keyed table). */
  private readonly hashBits: number;
  private readonly mask: number;
  private readonly inverseScale: number;
  /** Where the prefetching passes leave what they read, so the compiler keeps the reads. */
  private sink = 0;

  private constructor(arrays: SparseLinearArrays, built?: SparseLinearTables) {
    if (arrays.classes > 256) throw new Error(`a sparse model holds at most 256 classes, not ${arrays.classes}.`);
    this.arrays = arrays;
    this.classes = arrays.classes;
    this.inverseScale = 1 / arrays.scale;
    this.inline = arrays.classes <= 4;
    this.hashBits = arrays.hashBits ?? 0;
    if (this.hashBits > 0 && !this.inline) throw new Error(`the hashing trick is for models of at most 4 classes, not ${arrays.classes}.`);
    let capacity = 1024;
    while (capacity < arrays.keys.length * 2) capacity *= 2;
    if (this.hashBits > 0) capacity = 1 << this.hashBits;
    const slotSize = this.hashBits > 0 ? 2 : this.inline ? 3 : 4;
    const entryCount = this.inline ? 0 : overflowCount(arrays);
    if (built) {
      // Tables another thread built from the same arrays: used as they are, not copied. A model
      // shared without its arrays (`withoutWeightArrays` in syntax-model.ts) takes its size from them.
      const rows = built.slots.length / slotSize;
      const withoutArrays = arrays.keys.length === 0;
      const rowsFit = withoutArrays && this.hashBits === 0 ? rows >= 1024 && (rows & (rows - 1)) === 0 : rows === capacity;
      if (!rowsFit || (!withoutArrays && built.entries.length !== entryCount)) throw new Error('the shared tables do not fit this model.');
      this.mask = rows - 1;
      this.slots = built.slots;
      this.entries = built.entries;
      return;
    }
    this.mask = capacity - 1;
    if (this.hashBits > 0) {
      this.entries = new Int32Array(0);
      this.slots = this.buildHashedRows(arrays);
      return;
    }
    if (!this.inline) {
      const built = this.buildEntryRows(arrays, capacity, entryCount);
      this.slots = built.slots;
      this.entries = built.entries;
      return;
    }
    // On shared memory, so that worker threads can use these tables instead of building their own.
    const slots = new Int32Array(new SharedArrayBuffer(capacity * 3 * 4));
    const { keys, offsets, classIds, values } = arrays;
    this.entries = new Int32Array(0);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! | 0;
      if (key === 0) continue;
      let i = key & this.mask;
      while (slots[i * 3] !== 0) i = (i + 1) & this.mask;
      slots[i * 3] = key;
      // Up to four classes: the weights themselves, two 16-bit halves to an int32 (models with more classes took the branch above).
      const w = [0, 0, 0, 0];
      for (let e = offsets[r]!; e < offsets[r + 1]!; e++) w[classIds[e]!] = values[e]!;
      slots[i * 3 + 1] = (w[0]! & 0xffff) | (w[1]! << 16);
      slots[i * 3 + 2] = (w[2]! & 0xffff) | (w[3]! << 16);
    }
    this.slots = slots;
  }

  /**
   * The keyed table of a model with more than four classes, on shared memory: slots of four int32s,
   * `[key, entry0, entry1, rest]`, an entry being `class << 16 | weight` and `rest` the row's number of
   * entries (9 bits) with, above them, where its entries past the first two start in `entries` (0
   * when it has none there). Most rows have two entries (a perceptron update raises one class and
   * lowers another), so most features cost one memory access, not two, and a slot of 16 bytes never
   * straddles a cache line.
   */
  private buildEntryRows(arrays: SparseLinearArrays, capacity: number, overflow: number): { slots: Int32Array; entries: Int32Array } {
    if (overflow >= 1 << 22) throw new Error(`a sparse model keeps at most ${1 << 22} entries past its rows' first two, not ${overflow}.`);
    const slots = new Int32Array(new SharedArrayBuffer(capacity * 4 * 4));
    const entries = new Int32Array(new SharedArrayBuffer(Math.max(1, overflow) * 4)).subarray(0, overflow);
    const { keys, offsets, classIds, values } = arrays;
    const entry = (e: number) => (classIds[e]! << 16) | (values[e]! & 0xffff);
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! | 0;
      if (key === 0) continue;
      let i = key & this.mask;
      while (slots[i * 4] !== 0) i = (i + 1) & this.mask;
      const from = offsets[r]!;
      const count = offsets[r + 1]! - from;
      slots[i * 4] = key;
      if (count > 0) slots[i * 4 + 1] = entry(from);
      if (count > 1) slots[i * 4 + 2] = entry(from + 1);
      slots[i * 4 + 3] = (count > 2 ? next << 9 : 0) | count;
      for (let e = from + 2; e < from + count; e++) entries[next++] = entry(e);
    }
    return { slots, entries };
  }

  /** The rows of a hashing-trick model, `[w0 | w1 << 16, w2 | w3 << 16]` each, on shared memory. */
  private buildHashedRows(arrays: SparseLinearArrays): Int32Array {
    const rows = new Int32Array(new SharedArrayBuffer((this.mask + 1) * 2 * 4));
    const { keys, offsets, classIds, values } = arrays;
    const w = [0, 0, 0, 0];
    for (let r = 0; r < keys.length; r++) {
      const row = keys[r]!;
      if (row > this.mask) throw new Error(`row ${row} is past the model's ${this.mask + 1} rows.`);
      w.fill(0);
      for (let e = offsets[r]!; e < offsets[r + 1]!; e++) w[classIds[e]!] = values[e]!;
      rows[row * 2] = (w[0]! & 0xffff) | (w[1]! << 16);
      rows[row * 2 + 1] = (w[2]! & 0xffff) | (w[3]! << 16);
    }
    return rows;
  }

  /** A model over stored arrays; `tables` are the lookup tables another thread built from the same arrays (see `tables`). */
  static fromArrays(arrays: SparseLinearArrays, tables?: SparseLinearTables): SparseLinearModel {
    return new SparseLinearModel(arrays, tables);
  }

  /**
   * The lookup tables built at load, on shared memory: hand them to a worker thread with the
   * model's bytes. Every thread reads them; none may write them.
   */
  get tables(): SparseLinearTables {
    return { slots: this.slots, entries: this.entries };
  }

  /** Number of (feature, class) weights kept (0 for a model over shared tables without its arrays). */
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
    this.prefetch(features, 0, count);
    this.addWeights(features, 0, count, scores, 0);
  }

  /**
   * Reads, without looking at them, the slot where each feature of `features[from, to)` starts its
   * search (and, for a model with entries, the first entry that slot points at). Most of those
   * reads miss the CPU cache; made in a loop with no branch on what they read, they go out to
   * memory together instead of one after another (the scoring loop branches on each key, and a
   * wrong guess there stalls the next read), and scoring then finds them in the cache.
   * `scoreUnscaled` does it for its own features; a caller that scores many groups of features
   * can fetch them all at once first and then use `addWeights`. Changes no result.
   */
  prefetch(features: ArrayLike<number>, from: number, to: number): void {
    // A hashing-trick model's scoring loop has no branch on what it reads: nothing to gain.
    if (this.hashBits > 0) return;
    const slots = this.slots;
    const mask = this.mask;
    let touched = 0;
    if (this.inline) {
      for (let f = from; f < to; f++) touched ^= slots[((features[f]! | 0) & mask) * 3]!;
    } else {
      // The slot first; then, for a row with entries past its slot, where they start (entries[0], read
      // again and again and so cached, for the others).
      const entries = this.entries;
      for (let f = from; f < to; f++) touched ^= slots[((features[f]! | 0) & mask) * 4 + 3]!;
      for (let f = from; f < to; f++) touched ^= entries[slots[((features[f]! | 0) & mask) * 4 + 3]! >>> 9] ?? 0;
    }
    this.sink = touched;
  }

  /**
   * Adds the stored integer weights of `features[from, to)` into `scores[at, at + classes)` (as
   * `scoreUnscaled`, without fetching the features' weights first: see `prefetch`).
   */
  addWeights(features: ArrayLike<number>, from: number, to: number, scores: Float64Array, at: number): void {
    if (this.hashBits > 0) this.addHashed(features, from, to, scores, at);
    else if (this.inline) this.addInline(features, from, to, scores, at);
    else this.addEntries(features, from, to, scores, at);
  }

  private addEntries(features: ArrayLike<number>, from: number, to: number, scores: Float64Array, at: number): void {
    const slots = this.slots;
    const entries = this.entries;
    const mask = this.mask;
    for (let f = from; f < to; f++) {
      const key = features[f]! | 0;
      let i = key & mask;
      for (;;) {
        const k = slots[i * 4]!;
        if (k === 0) break;
        if (k === key) {
          const rest = slots[i * 4 + 3]!;
          const count = rest & 0x1ff;
          if (count > 0) {
            const first = slots[i * 4 + 1]!;
            scores[at + (first >> 16)]! += (first << 16) >> 16;
          }
          if (count > 1) {
            const second = slots[i * 4 + 2]!;
            scores[at + (second >> 16)]! += (second << 16) >> 16;
          }
          if (count > 2) {
            const start = rest >>> 9;
            const end = start + count - 2;
            for (let e = start; e < end; e++) {
              const entry = entries[e]!;
              scores[at + (entry >> 16)]! += (entry << 16) >> 16;
            }
          }
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }

  private addHashed(features: ArrayLike<number>, from: number, to: number, scores: Float64Array, at: number): void {
    const rows = this.slots;
    const mask = this.mask;
    let a = 0, b = 0, c = 0, d = 0;
    for (let f = from; f < to; f++) {
      const i = (features[f]! & mask) * 2;
      const lo = rows[i]!;
      const hi = rows[i + 1]!;
      a += (lo << 16) >> 16;
      b += lo >> 16;
      c += (hi << 16) >> 16;
      d += hi >> 16;
    }
    scores[at]! += a;
    if (this.classes > 1) scores[at + 1]! += b;
    if (this.classes > 2) scores[at + 2]! += c;
    if (this.classes > 3) scores[at + 3]! += d;
  }

  private addInline(features: ArrayLike<number>, from: number, to: number, scores: Float64Array, at: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let a = 0, b = 0, c = 0, d = 0;
    for (let f = from; f < to; f++) {
      const key = features[f]! | 0;
      let i = key & mask;
      for (;;) {
        const k = slots[i * 3]!;
        if (k === 0) break;
        if (k === key) {
          const lo = slots[i * 3 + 1]!;
          const hi = slots[i * 3 + 2]!;
          a += (lo << 16) >> 16;
          b += lo >> 16;
          c += (hi << 16) >> 16;
          d += hi >> 16;
          break;
        }
        i = (i + 1) & mask;
      }
    }
    scores[at]! += a;
    if (this.classes > 1) scores[at + 1]! += b;
    if (this.classes > 2) scores[at + 2]! += c;
    if (this.classes > 3) scores[at + 3]! += d;
  }
}

/** Entries of a model's rows past each row's first two (those kept in `entries`, the rest in the rows' slots). */
function overflowCount(arrays: SparseLinearArrays): number {
  let count = 0;
  for (let r = 0; r < arrays.keys.length; r++) count += Math.max(0, arrays.offsets[r + 1]! - arrays.offsets[r]! - 2);
  return count;
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
