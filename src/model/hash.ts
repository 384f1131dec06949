/**
 * Feature hashing
 *
 * Features are 32-bit integers: a template number mixed with the hashes of the values it reads.
 * Strings are hashed once per word (FNV-1a); templates combine those integers with `mix`, so the
 * hot loop builds features with integer arithmetic only and allocates nothing.
 */

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mixes two 32-bit values into one (a murmur3-style combine); never returns 0. The result is the
 * signed reading of the 32 bits: every caller stores it in a Uint32Array (or mixes it again), which
 * keeps the same bits, and a signed 32-bit number is returned as a small integer, where one of
 * 2^31 or more would be allocated on the heap whenever the call is not inlined (the parser's
 * feature function alone makes 136 calls, far past V8's inlining budget).
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593) ^ b;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h || 1;
}

/** mix(mix(a, b), c). */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
