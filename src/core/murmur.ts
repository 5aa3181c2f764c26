/**
 * Murmur3's 32-bit finaliser (fmix32): a fast bijective mix of 32 bits, shared by the syntax
 * model's feature hashing and the near-duplicate MinHash (`mix(x ^ seed)` is one hash per seed).
 */
export function murmurFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
