import { trackIds } from '../../core/fit/tracks';
import type { FacetName } from '../../core/search/search-query';
import { facetNames } from '../../core/search/search-query';
import type { Bits } from './bitset';
import { countBoth, wordsFor } from './bitset';
import type { CodedName, ColumnIndex } from './column-index';
import { FACET_ROW, FACET_SLOTS, TRACKS_SLOT } from './columns';
import { valueBits } from './value-bits';

export const FACET_COLUMN: Record<Exclude<FacetName, 'tracks'>, CodedName> = {
  remote: 'remote',
  employmentType: 'employmentType',
  sourceType: 'sourceType',
  company: 'company',
  country: 'country',
  region: 'region',
};

const KEYS = Object.keys(FACET_COLUMN) as (keyof typeof FACET_COLUMN)[];
// The counters' order is the facet rows' slot order, so a row's slot k counts into array k.
if (KEYS.some((key, k) => FACET_COLUMN[key] !== FACET_SLOTS[k])) throw new Error('facet slots out of order');

export type FacetCounter = ReturnType<typeof facetCounter>;

/** Counts facet values over the positions that pass; call `add` for each, then `result`. */
export function facetCounter(index: ColumnIndex) {
  // One array per facet column, in KEYS order, then the tracks'.
  const countArrays = KEYS.map((f) => new Int32Array(index.coded[FACET_COLUMN[f]].values.length));
  let trackCounts = new Int32Array(trackIds.length);
  const codeArrays = () => KEYS.map((f) => index.coded[FACET_COLUMN[f]].codes);
  let codes = codeArrays();
  const width = KEYS.length;
  const slotCounts = () =>
    countArrays as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  return {
    add(i: number) {
      for (let k = 0; k < width; k++) {
        const code = (codes[k] as Int32Array)[i] ?? -1;
        if (code >= 0) {
          const counts = countArrays[k] as Int32Array;
          counts[code] = (counts[code] ?? 0) + 1;
        }
      }
      // Visit only the set bits: most leads have one or two tracks.
      let mask = index.tracks[i] ?? 0;
      while (mask) {
        const t = 31 - Math.clz32(mask & -mask);
        trackCounts[t] = (trackCounts[t] ?? 0) + 1;
        mask &= mask - 1;
      }
    },
    /**
     * Counts the first `n` of the given positions from their facet rows (Columns.facetRows): one
     * row per position, where reading each facet's own array cost a cache miss per facet at a
     * million leads.
     */
    addAll(positions: ArrayLike<number>, n: number) {
      const rows = index.facetRows;
      const [c0, c1, c2, c3, c4, c5] = slotCounts();
      for (let j = 0; j < n; j++) {
        const r = (positions[j] as number) * FACET_ROW;
        let code = rows[r] as number;
        if (code >= 0) c0[code] = (c0[code] as number) + 1;
        code = rows[r + 1] as number;
        if (code >= 0) c1[code] = (c1[code] as number) + 1;
        code = rows[r + 2] as number;
        if (code >= 0) c2[code] = (c2[code] as number) + 1;
        code = rows[r + 3] as number;
        if (code >= 0) c3[code] = (c3[code] as number) + 1;
        code = rows[r + 4] as number;
        if (code >= 0) c4[code] = (c4[code] as number) + 1;
        code = rows[r + 5] as number;
        if (code >= 0) c5[code] = (c5[code] as number) + 1;
        for (let mask = rows[r + TRACKS_SLOT] as number; mask; mask &= mask - 1) {
          const t = 31 - Math.clz32(mask & -mask);
          trackCounts[t] = (trackCounts[t] as number) + 1;
        }
      }
    },
    /**
     * Counts a browse's passing leads, given as bits and as their `n` positions in ascending order.
     * A column of few values is counted per value, as the popcount of the passing bits AND that
     * value's bits (value-bits.ts), without visiting a lead; a column of many (employers) from
     * its narrow codes (CodedColumn.narrow), a byte or two per passing lead rather than a 32-byte
     * facet row, which suits the scattered matches of a text search better.
     */
    addBits(pass: Bits, positions: Int32Array, n: number) {
      const words = wordsFor(index.size);
      KEYS.forEach((f, k) => {
        const into = countArrays[k] as Int32Array;
        const sets = valueBits(index, FACET_COLUMN[f]);
        if (sets) {
          sets.forEach((bits, code) => {
            into[code] = (into[code] as number) + countBoth(pass, bits, words);
          });
          return;
        }
        const counts = countNarrow(index.coded[FACET_COLUMN[f]].narrow, positions, n, into.length + 1);
        for (let v = 0; v < into.length; v++) into[v] = (into[v] as number) + (counts[v + 1] as number);
      });
      valueBits(index, 'tracks')?.forEach((bits, t) => {
        trackCounts[t] = (trackCounts[t] as number) + countBoth(pass, bits, words);
      });
    },
    /**
     * Counts a position in (+1) or out (-1) of a counter kept across patches: a patch may have
     * added facet values (a new employer) or grown the arrays since the counter was made.
     */
    step(i: number, delta: 1 | -1) {
      // A patch that grew the index replaced the code arrays: follow them (without a new array per call).
      if (codes[0] !== index.coded[FACET_COLUMN[KEYS[0] as keyof typeof FACET_COLUMN]].codes)
        codes = codeArrays();
      for (let k = 0; k < width; k++) {
        const code = (codes[k] as Int32Array)[i] ?? -1;
        if (code < 0) continue;
        let counts = countArrays[k] as Int32Array;
        if (code >= counts.length) {
          const more = new Int32Array(
            index.coded[FACET_COLUMN[KEYS[k] as keyof typeof FACET_COLUMN]].values.length,
          );
          more.set(counts);
          countArrays[k] = counts = more;
        }
        counts[code] = (counts[code] ?? 0) + delta;
      }
      if (trackCounts.length < trackIds.length)
        trackCounts = Int32Array.from({ length: trackIds.length }, (_, t) => trackCounts[t] ?? 0);
      for (let mask = index.tracks[i] ?? 0; mask; mask &= mask - 1) {
        const t = 31 - Math.clz32(mask & -mask);
        trackCounts[t] = (trackCounts[t] ?? 0) + delta;
      }
    },
    /** The raw counts, in the order `absorb` takes them. */
    arrays(): Int32Array[] {
      return [...countArrays, trackCounts];
    },
    /** Adds counts kept by another counter over the same index (see `arrays`). */
    absorb(arrays: Int32Array[]) {
      [...countArrays, trackCounts].forEach((mine, k) => {
        const theirs = arrays[k] as Int32Array;
        const n = Math.min(mine.length, theirs.length);
        for (let v = 0; v < n; v++) mine[v] = (mine[v] ?? 0) + (theirs[v] ?? 0);
      });
    },
    result(): Record<FacetName, Record<string, number>> {
      const out = {} as Record<FacetName, Record<string, number>>;
      for (const name of facetNames) {
        const entries: [string, number][] =
          name === 'tracks'
            ? trackIds.map((t, k) => [t, trackCounts[k] ?? 0])
            : index.coded[FACET_COLUMN[name]].values.map((v, k) => [
                name === 'region' ? (index.regionDisplay.get(v) ?? v) : v,
                countArrays[KEYS.indexOf(name)]?.[k] ?? 0,
              ]);
        const sorted = entries.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        out[name] = Object.fromEntries(name === 'company' ? sorted.slice(0, 30) : sorted);
      }
      return out;
    },
  };
}

/** How many of the first `n` positions hold each narrow code (code + 1; 0 is null). */
function countNarrow(
  narrow: Uint8Array | Uint16Array | Int32Array,
  positions: Int32Array,
  n: number,
  width: number,
): Int32Array {
  const counts = new Int32Array(width);
  for (let j = 0; j < n; j++) {
    const code = narrow[positions[j] as number] as number;
    counts[code] = (counts[code] as number) + 1;
  }
  return counts;
}
