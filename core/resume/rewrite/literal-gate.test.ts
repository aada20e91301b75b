import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { requiredLiterals } from './literal-gate';

describe('the literal gate in front of each glossary pattern', () => {
  it('takes the longest required run of every alternative, past optional groups and letters', () => {
    expect(requiredLiterals('CBP One(?: app)?')).toEqual(['CBP One']);
    expect(requiredLiterals('Enforcement (?:and|&) Removal Operations|ERO')).toEqual([
      ' Removal Operations',
      'ERO',
    ]);
    expect(requiredLiterals('SAs?(?= (?:and|from))|SAs')).toEqual(['SA', 'SAs']);
    expect(requiredLiterals("USAOs?|U\\.S\\. Attorney’?'?s Office")).toEqual(['USAO', 'U.S. Attorney']);
    expect(requiredLiterals('I-?216')).toEqual(['216']);
    expect(requiredLiterals('(?:illegal|undocumented) aliens')).toEqual([' aliens']);
    expect(requiredLiterals('(?<!\\d )CFR')).toEqual(['CFR']);
    expect(requiredLiterals('[Ss]ector headquarters')).toEqual(['ector headquarters']);
    expect(requiredLiterals('a[|(]b|cd')).toBeUndefined();
    expect(requiredLiterals('\\d+ ports?')).toEqual([' port']);
  });

  it('never shuts out an entry from a sentence its pattern matches', () => {
    // Every glossary term, its plural and its pattern's own alternatives, in a sentence.
    const texts = GLOSSARY.flatMap((e) => [
      `Worked with ${e.term} on cases.`,
      `Reviewed ${e.term}s weekly.`,
      `The ${e.term.toLowerCase()} team.`,
    ]);
    const misses: string[] = [];
    for (const entry of GLOSSARY) {
      const gate = requiredLiterals(entry.match);
      if (!gate) continue;
      const regex = new RegExp(`(?:${entry.match})`, entry.acronym ? '' : 'i');
      const open = gate.map((g) => (entry.acronym ? g : g.toLowerCase()));
      for (const text of texts) {
        const hay = entry.acronym ? text : text.toLowerCase();
        if (regex.test(text) && !open.some((g) => hay.includes(g))) misses.push(`${entry.term}: ${text}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('gates every glossary entry but I-9, whose pattern requires no two letters in a row', () => {
    const ungated = GLOSSARY.filter((e) => !requiredLiterals(e.match)).map((e) => e.term);
    expect(ungated).toEqual(['I-9']);
  });
});
