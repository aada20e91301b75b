import { describe, expect, it } from 'vitest';
import { allMatches, eachMatch } from './all-matches';

const found = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, m[0]]);
const byMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it.each([
    [/\b\d+ years?\b/g, '3 years of work, 1 year of study and 12 years'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/^[a-z][^\n]*$/gm, 'requirements\n- one\npreferred\n'],
  ])('finds what matchAll finds for %s', (pattern, text) => {
    expect(found(pattern, text)).toEqual(byMatchAll(pattern, text));
  });

  it('leaves the pattern ready for the next text, even after stopping early', () => {
    const pattern = /a/g;
    const seen: number[] = [];
    eachMatch(pattern, 'aaa', (m) => {
      seen.push(m.index);
      return seen.length < 2;
    });
    expect(seen).toEqual([0, 1]);
    expect(found(pattern, 'ba')).toEqual([[1, 'a']]);
  });

  it('refuses a pattern without the g flag, which would loop for ever', () => {
    expect(() => allMatches(/a/, 'aa')).toThrow('eachMatch needs a global pattern');
  });
});
