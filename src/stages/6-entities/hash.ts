/** 32-bit feature hashing without allocating strings: each feature is a template id mixed with code units. */

/**
 * Mix one more 32-bit value into a running hash (murmur3's body step).
 *
 * @example
 * mix(mix(7, 0x4e0a), 0x6d77) >>> 0 // a stable 32-bit key
 */
export function mix(h: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * Final avalanche (murmur3's fmix32), giving an unsigned key.
 *
 * @example
 * finish(mix(1, 2)) // an integer in [0, 2^32)
 */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Mix the code units text[from, to) into h.
 *
 * @example
 * mixRange(0, '科技局', 0, 2) === mixRange(0, '科技', 0, 2) // true
 */
export function mixRange(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = mix(h, text.charCodeAt(i));
  return mix(h, to - from);
}
