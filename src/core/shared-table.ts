/**
 * Read-only tables of strings laid out in SharedArrayBuffers, so that worker threads can use one
 * copy built once per process instead of each building its own Maps of the same data.
 *
 * A `Map<string, …>` of 100,000 names costs a thread some 20 MB of heap (one string object and
 * one map entry each, plus arrays for the values); the same names as UTF-16 code units in one
 * buffer, with a hash table of int32 slots, cost about 3 MB in all, shared by every thread.
 * Typed arrays over a SharedArrayBuffer cross `workerData` / `postMessage` without a copy: each
 * thread sees the same memory. Nothing here writes to a table after it is built; every thread
 * only reads it.
 *
 * Lookups hash the query string's code units and compare them in place (`charCodeAt`), so a
 * lookup allocates nothing; only reading a string back (`StringList.get`) makes one.
 */

/** A typed array of `length` elements over fresh shared memory. */
export function sharedArray<T>(Type: { new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number }, length: number): T {
  return new Type(new SharedArrayBuffer(Math.max(1, length) * Type.BYTES_PER_ELEMENT));
}

/** A Uint32Array over shared memory with these values. */
export function sharedUint32(values: ArrayLike<number>): Uint32Array {
  const out = sharedArray(Uint32Array, values.length).subarray(0, values.length);
  out.set(values);
  return out;
}

/** The arrays of a `StringList`: string i is `chars[starts[i], starts[i + 1])`. */
export interface StringListArrays {
  readonly chars: Uint16Array;
  readonly starts: Uint32Array;
}

/** A list of strings as UTF-16 code units in one shared buffer. */
export class StringList {
  readonly arrays: StringListArrays;

  private constructor(arrays: StringListArrays) {
    if (arrays.starts.length === 0) throw new Error('a string list needs at least its closing offset.');
    this.arrays = arrays;
  }

  static build(strings: readonly string[]): StringList {
    let total = 0;
    for (const s of strings) total += s.length;
    const chars = sharedArray(Uint16Array, total).subarray(0, total);
    const starts = sharedArray(Uint32Array, strings.length + 1).subarray(0, strings.length + 1);
    let at = 0;
    strings.forEach((s, i) => {
      starts[i] = at;
      for (let c = 0; c < s.length; c++) chars[at++] = s.charCodeAt(c);
    });
    starts[strings.length] = at;
    return new StringList({ chars, starts });
  }

  /** A list over arrays another thread built (see `arrays`): used as they are, not copied. */
  static over(arrays: StringListArrays): StringList {
    return new StringList(arrays);
  }

  get length(): number {
    return this.arrays.starts.length - 1;
  }

  /** String `i` (a new JavaScript string each call). */
  get(i: number): string {
    const { chars, starts } = this.arrays;
    const from = starts[i]!;
    const to = starts[i + 1]!;
    // In slices: spreading a very long string's code units into one call would overflow the stack.
    let out = '';
    for (let at = from; at < to; at += 4096) out += String.fromCharCode(...chars.subarray(at, Math.min(to, at + 4096)));
    return out;
  }

  /** Whether string `i` is `s`, without building string `i`. */
  equals(i: number, s: string): boolean {
    const { chars, starts } = this.arrays;
    const from = starts[i]!;
    if (starts[i + 1]! - from !== s.length) return false;
    for (let c = 0; c < s.length; c++) if (chars[from + c] !== s.charCodeAt(c)) return false;
    return true;
  }
}

/** FNV-1a over a string's UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The arrays of a `StringIndex`. */
export interface StringIndexArrays {
  /** The distinct keys, in the order they were first given. */
  readonly keys: StringListArrays;
  /** Open addressing, linear probing: key number + 1, or 0 for an empty slot; the length is a power of two. */
  readonly slots: Int32Array;
  /** Key k's values are `values[valueStarts[k], valueStarts[k + 1])`. */
  readonly valueStarts: Uint32Array;
  readonly values: Uint32Array;
}

/**
 * A read-only multimap from strings to lists of uint32 (row numbers, packed codes), in shared
 * memory: what a `Map<string, number[]>` built once would hold, with each key's values in the
 * order they were given (repeats kept).
 */
export class StringIndex {
  readonly arrays: StringIndexArrays;
  private readonly keys: StringList;
  private readonly mask: number;

  private constructor(arrays: StringIndexArrays) {
    const slots = arrays.slots.length;
    if (slots === 0 || (slots & (slots - 1)) !== 0) throw new Error(`a string index needs a power-of-two number of slots, not ${slots}.`);
    this.arrays = arrays;
    this.keys = StringList.over(arrays.keys);
    this.mask = slots - 1;
  }

  /** Builds the index from (key, value) pairs; a key's values keep the order of the pairs. */
  static build(pairs: Iterable<readonly [string, number]>): StringIndex {
    // Grouped in a Map on the building thread only; the Map is garbage once the arrays are written.
    const grouped = new Map<string, number[]>();
    let count = 0;
    for (const [key, value] of pairs) {
      if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Error(`a string index holds uint32 values, not ${value} (key ${JSON.stringify(key)}).`);
      const list = grouped.get(key);
      if (list) list.push(value);
      else grouped.set(key, [value]);
      count++;
    }
    const keyList = [...grouped.keys()];
    let capacity = 16;
    while (capacity < keyList.length * 2) capacity *= 2;
    const slots = sharedArray(Int32Array, capacity);
    const valueStarts = sharedArray(Uint32Array, keyList.length + 1).subarray(0, keyList.length + 1);
    const values = sharedArray(Uint32Array, count).subarray(0, count);
    let at = 0;
    keyList.forEach((key, k) => {
      let slot = hashOf(key) & (capacity - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
      slots[slot] = k + 1;
      valueStarts[k] = at;
      for (const v of grouped.get(key)!) values[at++] = v;
    });
    valueStarts[keyList.length] = at;
    return new StringIndex({ keys: StringList.build(keyList).arrays, slots, valueStarts, values });
  }

  /** An index over arrays another thread built (see `arrays`): used as they are, not copied. */
  static over(arrays: StringIndexArrays): StringIndex {
    return new StringIndex(arrays);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.keys.length;
  }

  /** The key's number (its place among the distinct keys), or -1. */
  find(key: string): number {
    const slots = this.arrays.slots;
    let slot = hashOf(key) & this.mask;
    for (;;) {
      const k = slots[slot]!;
      if (k === 0) return -1;
      if (this.keys.equals(k - 1, key)) return k - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The values of key number `k` (a view of the shared memory: read it, never write it). */
  valuesAt(k: number): Uint32Array {
    const { valueStarts, values } = this.arrays;
    return values.subarray(valueStarts[k]!, valueStarts[k + 1]!);
  }

  /** The key's values, or undefined when the key is not in the index. */
  get(key: string): Uint32Array | undefined {
    const k = this.find(key);
    return k < 0 ? undefined : this.valuesAt(k);
  }

  /** Key number `k` as a string. */
  keyAt(k: number): string {
    return this.keys.get(k);
  }
}
