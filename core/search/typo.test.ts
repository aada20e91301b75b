import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from './typo';

describe('typo tolerance', () => {
  it('follows the documented length thresholds', () => {
    expect(allowedTypos('aml')).toBe(0);
    expect(allowedTypos('fraud')).toBe(1);
    expect(allowedTypos('investigator')).toBe(2);
  });

  it('counts substitutions, insertions, deletions and transpositions', () => {
    expect(editDistance('fraud', 'frawd', 2)).toBe(1);
    expect(editDistance('fraud', 'fruad', 2)).toBe(1);
    expect(editDistance('investigator', 'invstigatr', 2)).toBe(2);
    expect(editDistance('security', 'secure', 1)).toBe(2);
  });
});
