import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PatchedOrder } from './patched-order';

/** Keys with many ties, so the tie-break (the position) decides often. */
const better = (keys: number[]) => (a: number, b: number) => (keys[b] ?? 0) - (keys[a] ?? 0) || a - b;

describe('PatchedOrder', () => {
  it('after any sequence of patches, walks and ranks the positions as sorting them afresh does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 60 }),
        fc.array(
          fc.record({
            changes: fc.array(fc.tuple(fc.nat(80), fc.integer({ min: 0, max: 5 })), { maxLength: 12 }),
            grow: fc.nat(4),
          }),
          { maxLength: 30 },
        ),
        (start, patches) => {
          const keys = [...start];
          // Folded back into the base past 3 moved positions, so compaction runs too.
          const order = new PatchedOrder(keys.length, better(keys), 3);
          for (const { changes, grow } of patches) {
            const before = keys.length;
            for (let g = 0; g < grow; g++) keys.push(g % 6);
            const touched = Array.from({ length: grow }, (_, g) => before + g);
            for (const [at, key] of changes) {
              if (keys.length === 0) break;
              const i = at % keys.length;
              keys[i] = key;
              touched.push(i);
            }
            order.patch(touched, keys.length, better(keys));
            const expected = Array.from({ length: keys.length }, (_, i) => i).sort(better(keys));
            expect([...order.toArray()]).toEqual(expected);
            const ranks = expected.map((i) => order.rank[i] as number);
            expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
            expect(new Set(ranks).size).toBe(ranks.length);
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('stops walking when the visitor says so', () => {
    const keys = [3, 1, 2, 5, 4];
    const order = new PatchedOrder(keys.length, better(keys));
    keys[1] = 9;
    order.patch([1], keys.length, better(keys));
    const seen: number[] = [];
    order.walk((i) => {
      seen.push(i);
      return seen.length < 3;
    });
    expect(seen).toEqual([1, 3, 4]);
  });
});
