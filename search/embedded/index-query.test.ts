import { describe, expect, it } from 'vitest';
import { topK } from './index-query';

describe('topK', () => {
  it('returns the same best items, in order, as sorting everything', () => {
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 7;
    const values = Array.from({ length: 5000 }, () => {
      seed = (seed * 16807) % 2147483647;
      return seed % 1000;
    });
    const items = values.map((_, i) => i);
    const better = (a: number, b: number) => (values[b] ?? 0) - (values[a] ?? 0) || a - b;
    for (const k of [1, 20, 60, 500]) {
      expect(topK([...items], k, better), `k=${k}`).toEqual([...items].sort(better).slice(0, k));
    }
  });

  it('gives the same items when a coarse key narrows them first, however many tie on it', () => {
    let seed = 11;
    const values = Array.from({ length: 5000 }, () => {
      seed = (seed * 16807) % 2147483647;
      return seed % 1000;
    });
    const items = values.map((_, i) => i);
    const better = (a: number, b: number) => (values[b] ?? 0) - (values[a] ?? 0) || a - b;
    // Buckets of ten values: up to ~50 items share each coarse key.
    const coarse = (i: number) => -Math.floor((values[i] ?? 0) / 10);
    for (const k of [1, 20, 60, 500]) {
      expect(topK([...items], k, better, coarse), `k=${k}`).toEqual([...items].sort(better).slice(0, k));
    }
  });

  it('handles fewer items than asked for, and none', () => {
    expect(topK([3, 1, 2], 20, (a, b) => a - b)).toEqual([1, 2, 3]);
    expect(topK([], 20, (a, b) => a - b)).toEqual([]);
  });
});
