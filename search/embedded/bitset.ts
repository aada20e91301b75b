/**
 * Sets of index positions as bits, 32 to a word: a million leads fit in 125 KB, which stays in the
 * CPU caches, where a pass over a column of a million numbers streams megabytes from memory. A
 * browse combines its filters word by word and counts the result without visiting a lead.
 */
export type Bits = Uint32Array;

/** Words needed for `size` positions. */
export const wordsFor = (size: number): number => (size + 31) >>> 5;

export function has(bits: Bits, i: number): boolean {
  return (((bits[i >>> 5] ?? 0) >>> (i & 31)) & 1) === 1;
}

/** Sets or clears position `i` (which must fall within the words). */
export function put(bits: Bits, i: number, on: boolean): void {
  const w = i >>> 5;
  const mask = 1 << (i & 31);
  bits[w] = on ? (bits[w] as number) | mask : (bits[w] as number) & ~mask;
}

/** The positions below `size` whose value in `array` is at least `min` (NaN never is). */
export function atLeastBits(
  array: Float32Array | Float64Array,
  min: number,
  size: number,
  words: number,
): Bits {
  const bits = new Uint32Array(words);
  for (let i = 0; i < size; i++)
    if ((array[i] as number) >= min) bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  return bits;
}

/** The positions below `size` whose value in `array` equals `value`. */
export function equalBits(
  array: Uint8Array | Uint16Array | Int32Array,
  value: number,
  size: number,
  words: number,
): Bits {
  const bits = new Uint32Array(words);
  for (let i = 0; i < size; i++)
    if (array[i] === value) bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  return bits;
}

/** `into` &= `other`, over the first `words` words. */
export function andInto(into: Bits, other: Bits, words: number): void {
  for (let w = 0; w < words; w++) into[w] = (into[w] as number) & (other[w] ?? 0);
}

/** `into` |= `other`, over the first `words` words. */
export function orInto(into: Bits, other: Bits, words: number): void {
  for (let w = 0; w < words; w++) into[w] = (into[w] as number) | (other[w] ?? 0);
}

/** How many bits are set in a 32-bit word (the usual SWAR count; JS has no popcount). */
function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** How many positions are set. */
export function countBits(bits: Bits, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    const v = bits[w] as number;
    if (v !== 0) n += bitCount(v);
  }
  return n;
}

/** How many positions are set in both. */
export function countBoth(a: Bits, b: Bits, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    const v = (a[w] as number) & (b[w] as number);
    if (v !== 0) n += bitCount(v);
  }
  return n;
}

/** Writes the set positions into `out`, ascending; returns how many. */
export function positionsOf(bits: Bits, words: number, out: Int32Array): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    let v = bits[w] as number;
    while (v !== 0) {
      const low = v & -v;
      out[n++] = (w << 5) | (31 - Math.clz32(low));
      v ^= low;
    }
  }
  return n;
}
