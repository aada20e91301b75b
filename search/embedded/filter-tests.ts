import type { Bits } from './bitset';
import { andInto, has, put, wordsFor } from './bitset';

/** A numeric column: a typed array read at `i * stride + offset`. */
type Column = Uint8Array | Uint16Array | Int32Array | Float32Array | Float64Array;

/**
 * One structured filter over index positions, two ways: `pred` for one position (a walk down a
 * precomputed order tests a few), `keep` for many at once: it keeps, in place, the first `n`
 * positions that pass and returns how many did. Each kind of test has its own loop, with no call
 * per position: a chain of predicate closures, called a million times by one browse, cost tens of
 * ms at a million leads (V8 cannot inline calls whose target changes from test to test).
 */
export interface FilterTest {
  pred: (i: number) => boolean;
  keep: (positions: Int32Array, n: number) => number;
  /** Every passing position as bits, when the index keeps them (ColumnIndex.bits); read-only. */
  bits?: () => Bits;
}

/** The value at `i * stride + offset` equals `value`. */
export function equalsTest(array: Column, stride: number, offset: number, value: number): FilterTest {
  return {
    pred: (i) => array[i * stride + offset] === value,
    keep: (positions, n) => {
      let m = 0;
      for (let j = 0; j < n; j++) {
        const i = positions[j] as number;
        if (array[i * stride + offset] === value) positions[m++] = i;
      }
      return m;
    },
  };
}

/** The value at `i * stride + offset` is one of `values`. */
export function oneOfTest(array: Column, stride: number, offset: number, values: number[]): FilterTest {
  return {
    pred: (i) => values.includes(array[i * stride + offset] as number),
    keep: (positions, n) => {
      let m = 0;
      for (let j = 0; j < n; j++) {
        const i = positions[j] as number;
        if (values.includes(array[i * stride + offset] as number)) positions[m++] = i;
      }
      return m;
    },
  };
}

/** The value is at least `min` (missing values, NaN, never are). */
export function atLeastTest(array: Float32Array | Float64Array, min: number): FilterTest {
  return {
    pred: (i) => (array[i] as number) >= min,
    keep: (positions, n) => {
      let m = 0;
      for (let j = 0; j < n; j++) {
        const i = positions[j] as number;
        if ((array[i] as number) >= min) positions[m++] = i;
      }
      return m;
    },
  };
}

/** The bit mask shares a bit with `mask`. */
export function anyBitTest(array: Uint16Array, mask: number): FilterTest {
  return {
    pred: (i) => ((array[i] as number) & mask) !== 0,
    keep: (positions, n) => {
      let m = 0;
      for (let j = 0; j < n; j++) {
        const i = positions[j] as number;
        if (((array[i] as number) & mask) !== 0) positions[m++] = i;
      }
      return m;
    },
  };
}

/** Any other test (distances), one call per position. */
export function predicateTest(pred: (i: number) => boolean): FilterTest {
  return {
    pred,
    keep: (positions, n) => {
      let m = 0;
      for (let j = 0; j < n; j++) {
        const i = positions[j] as number;
        if (pred(i)) positions[m++] = i;
      }
      return m;
    },
  };
}

/** A query's filters: a position passes when it passes every test. */
export interface Filter {
  passes: (i: number) => boolean;
  /** Keeps, in place, the first `n` positions that pass; returns how many. */
  keep: (positions: Int32Array, n: number) => number;
  /**
   * The passing positions below `size` as bits: the tests' bitsets ANDed word by word (into
   * `start` when given, else into new bits), then the tests without one (distances) asked only
   * about the positions still in.
   */
  bits: (size: number, start?: Bits) => Bits;
}

export function allOf(tests: FilterTest[]): Filter {
  const preds = tests.map((t) => t.pred);
  const count = preds.length;
  return {
    passes:
      count === 1
        ? (preds[0] as (i: number) => boolean)
        : (i) => {
            for (let k = 0; k < count; k++) if (!(preds[k] as (i: number) => boolean)(i)) return false;
            return true;
          },
    keep: (positions, n) => {
      let m = n;
      for (const test of tests) m = test.keep(positions, m);
      return m;
    },
    bits: (size, start) => {
      const words = wordsFor(size);
      const held = tests.filter((t) => t.bits);
      let out = start;
      if (!out) {
        out = new Uint32Array(words);
        const first = held.shift()?.bits?.();
        if (first) out.set(first.subarray(0, words));
        else {
          out.fill(0xffffffff);
          if (size & 31) out[words - 1] = 2 ** (size & 31) - 1;
        }
      }
      for (const t of held) andInto(out, t.bits?.() as Bits, words);
      for (const t of tests) {
        if (t.bits) continue;
        for (let i = 0; i < size; i++) if (has(out, i) && !t.pred(i)) put(out, i, false);
      }
      return out;
    },
  };
}
