import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { literalOpenings } from './rewrite-text';

describe('the literal gate in front of each glossary pattern', () => {
  it('takes the literal opening of every alternative, and gives up on a group or optional letter', () => {
    expect(literalOpenings('CBP One(?: app)?')).toEqual(['CBP One']);
    expect(literalOpenings('Enforcement (?:and|&) Removal Operations|ERO')).toEqual(['Enforcement ', 'ERO']);
    expect(literalOpenings('SAs?(?= (?:and|from))|SAs')).toEqual(['SA', 'SAs']);
    expect(literalOpenings("USAOs?|U\\.S\\. Attorney’?'?s Office")).toBeUndefined();
    expect(literalOpenings('I-?216')).toBeUndefined();
    expect(literalOpenings('(?:illegal|undocumented) aliens')).toBeUndefined();
  });

  it('never shuts out an entry from its own term', () => {
    for (const entry of GLOSSARY) {
      const regex = new RegExp(`^(?:${entry.match})$`, entry.acronym ? '' : 'i');
      if (!regex.test(entry.term)) continue;
      const gate = literalOpenings(entry.match);
      if (!gate) continue;
      const hay = entry.acronym ? entry.term : entry.term.toLowerCase();
      const open = gate.map((g) => (entry.acronym ? g : g.toLowerCase()));
      expect(
        open.some((g) => hay.includes(g)),
        entry.term,
      ).toBe(true);
    }
  });
});
