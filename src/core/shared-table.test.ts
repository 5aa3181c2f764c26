import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resourceDir } from '../kb/resource.js';
import { StringIndex, StringList } from './shared-table.js';

/** Every (spelling, row) pair of the world gazetteer, in file order: real names in many scripts. */
function gazetteerPairs(): [string, number][] {
  const text = gunzipSync(readFileSync(join(resourceDir(), 'places.tsv.gz'))).toString('utf8');
  const pairs: [string, number][] = [];
  let row = 0;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# ')) continue;
    const [name, others] = line.split('\t') as [string, string];
    pairs.push([name, row]);
    if (others) for (const other of others.split('|')) pairs.push([other, row]);
    row++;
  }
  return pairs;
}

describe('StringList', () => {
  it('should give back every string, whatever its script, astral characters and length', () => {
    const strings = ['', 'Genève', 'Ağdam', 'Київ', '東京', 'رفح', '𝒜 astral 😀', 'x'.repeat(10_000)];
    const list = StringList.build(strings);
    expect(Array.from({ length: list.length }, (_, i) => list.get(i))).toEqual(strings);
    expect(list.equals(1, 'Genève')).toBe(true);
    expect(list.equals(1, 'Geneve')).toBe(false);
    expect(list.equals(0, '')).toBe(true);
    expect(list.arrays.chars.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});

describe('StringIndex', () => {
  it('should find every spelling of the world gazetteer with the rows a Map gives, in order, repeats kept', () => {
    const pairs = gazetteerPairs();
    const expected = new Map<string, number[]>();
    for (const [key, row] of pairs) expected.set(key, [...(expected.get(key) ?? []), row]);
    const index = StringIndex.build(pairs);
    expect(index.size).toBe(expected.size);
    expect(index.size).toBeGreaterThan(100_000);
    let wrong = 0;
    for (const [key, rows] of expected) {
      const got = index.get(key);
      if (!got || got.length !== rows.length || got.some((r, i) => r !== rows[i])) wrong++;
    }
    expect(wrong).toBe(0);
    // Spellings of the file that are not keys: other case, a missing accent, a trailing space, a prefix.
    for (const absent of ['london', 'Geneve ', 'Londo', 'LONDON', 'Nowhere-on-Sea']) expect(index.get(absent), absent).toBeUndefined();
    expect(Array.from(index.get('London')!).length).toBeGreaterThan(1);
  });

  it('should keep keys apart that share a slot or are prefixes of one another', () => {
    // 16 slots for 8 keys: several of them collide and are found by probing.
    const keys = ['Sal', 'Salt', 'Salta', 'Salto', '', 'a', 'b', 'ab'];
    const index = StringIndex.build(keys.map((k, i) => [k, i * 1000] as const));
    expect(index.arrays.slots.length).toBe(16);
    for (const [i, k] of keys.entries()) {
      expect(index.find(k)).toBe(i);
      expect(index.keyAt(i)).toBe(k);
      expect(Array.from(index.get(k)!)).toEqual([i * 1000]);
    }
    expect(index.has('Salt ')).toBe(false);
    expect(index.has('ba')).toBe(false);
  });

  it('should answer the same over its arrays sent to another realm (shared, not copied)', () => {
    const index = StringIndex.build([['Mosul', 7], ['Mosul', 3], ['Erbil', 4_000_000_000]]);
    const copy = StringIndex.over(structuredClone(index.arrays));
    expect(Array.from(copy.get('Mosul')!)).toEqual([7, 3]);
    expect(Array.from(copy.get('Erbil')!)).toEqual([4_000_000_000]);
    expect(copy.arrays.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    // One memory: a write through the original is seen through the clone.
    index.arrays.values[0] = 8;
    expect(Array.from(copy.get('Mosul')!)).toEqual([8, 3]);
  });

  it('should refuse a value that is not a uint32', () => {
    expect(() => StringIndex.build([['Tal Afar', -1]])).toThrow(/uint32/);
    expect(() => StringIndex.build([['Tal Afar', 1.5]])).toThrow(/uint32/);
  });
});
