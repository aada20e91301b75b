import { trackIds } from '../../core/fit/tracks';
import type { Bits } from './bitset';
import { put, wordsFor } from './bitset';
import type { CodedName, ColumnIndex } from './column-index';

/**
 * Columns with more values than this get no bitsets: each value's set is an eighth of a byte per
 * lead, so employers (thousands at real scale) are counted by visiting the passing leads instead.
 */
export const MAX_VALUE_BITS = 32;

/** A column whose values can each hold a bitset: a coded column, or the tracks (one bit each). */
export type BitColumn = CodedName | 'tracks';

/**
 * Per value of a column (by code; by track for the tracks), the positions holding it, as bits.
 * Built in one pass over the column and carried through patches like every derived value: a
 * changed position leaves every set, then joins the sets of its current values. Null when the
 * column has more than MAX_VALUE_BITS values (values are never forgotten, so it stays null).
 */
export function valueBits(index: ColumnIndex, column: BitColumn): Bits[] | null {
  return index.derived(
    `value-bits:${column}`,
    () => build(index, column),
    (sets) => ({
      leave: (i) => {
        for (const bits of sets ?? []) if (i < bits.length * 32) put(bits, i, false);
      },
      enter: (i) => {
        if (!sets) return true;
        const words = sets[0]?.length ?? 0;
        // Past the words (the index grew) or past the cap: built afresh on next use.
        if (i >= words * 32) return false;
        for (const code of codesAt(index, column, i)) {
          if (code >= MAX_VALUE_BITS) return false;
          while (sets.length <= code) sets.push(new Uint32Array(words));
          put(sets[code] as Bits, i, true);
        }
        return true;
      },
    }),
  );
}

function build(index: ColumnIndex, column: BitColumn): Bits[] | null {
  const width = column === 'tracks' ? trackIds.length : index.coded[column].values.length;
  if (width > MAX_VALUE_BITS) return null;
  const words = Math.max(1, wordsFor(index.capacity));
  const sets = Array.from({ length: width }, () => new Uint32Array(words));
  if (column === 'tracks') {
    const tracks = index.tracks;
    for (let i = 0; i < index.size; i++) {
      for (let mask = tracks[i] as number; mask; mask &= mask - 1) {
        const bits = sets[31 - Math.clz32(mask & -mask)] as Bits;
        bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
      }
    }
    return sets;
  }
  const codes = index.coded[column].codes;
  for (let i = 0; i < index.size; i++) {
    const code = codes[i] as number;
    if (code < 0) continue;
    const bits = sets[code] as Bits;
    bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  }
  return sets;
}

/** The value codes a position holds in the column (its tracks, or its one coded value). */
export function codesAt(index: ColumnIndex, column: BitColumn, i: number): number[] {
  if (column !== 'tracks') {
    const code = index.coded[column].codes[i] ?? -1;
    return code < 0 ? [] : [code];
  }
  const codes: number[] = [];
  for (let mask = index.tracks[i] ?? 0; mask; mask &= mask - 1) codes.push(31 - Math.clz32(mask & -mask));
  return codes;
}

/** The positions holding any of the given codes, as bits (shared when there is one; read-only). */
export function anyValueBits(sets: Bits[], codes: number[]): Bits {
  const held = codes.filter((c) => c >= 0 && c < sets.length).map((c) => sets[c] as Bits);
  if (held.length === 1) return held[0] as Bits;
  const out = new Uint32Array(sets[0]?.length ?? 0);
  for (const bits of held)
    for (let w = 0; w < out.length; w++) out[w] = (out[w] as number) | (bits[w] as number);
  return out;
}
