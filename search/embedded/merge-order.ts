/**
 * An order with the touched positions moved to where they now belong (and new ones added). The
 * untouched positions keep their relative order, so they are copied as runs; each touched one finds
 * its place by binary search. A patch of m leads costs m log n comparisons instead of n: comparing
 * every position made a 50-lead patch at 100,000 leads hold the event loop for tens of ms.
 */
export function mergeOrder(
  before: Int32Array,
  touched: number[],
  size: number,
  better: (a: number, b: number) => number,
): Int32Array {
  const moved = new Uint8Array(size);
  for (const i of touched) moved[i] = 1;
  const kept = new Int32Array(size);
  let length = 0;
  for (let k = 0; k < before.length; k++) {
    const i = before[k] as number;
    if (i < size && moved[i] === 0) kept[length++] = i;
  }
  const sortedTouched = Int32Array.from(new Set(touched)).sort(better);
  const out = new Int32Array(size);
  let n = 0;
  let from = 0;
  for (const t of sortedTouched) {
    // The first kept position that ranks after t, searched from where the last one went.
    let lo = from;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(kept[mid] as number, t) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.set(kept.subarray(from, lo), n);
    n += lo - from;
    from = lo;
    out[n++] = t;
  }
  out.set(kept.subarray(from, length), n);
  return out;
}
