import { describe, expect, it } from 'vitest';
import { rebuild } from '../../core/resume/change';
import { proposeEdits } from '../../core/resume/rewrite/rewrite-text';

const sentence = (s: string) =>
  rebuild(s, proposeEdits(s, { mode: 'private', generalize: false, field: 'prose' }));

describe('a count before a code and its adjectives', () => {
  it.each([
    // CBPAS ends in S whatever its number: the count says it is plural, and takes no article.
    [
      'Trained 20 new CBPAS on NII imaging.',
      'Trained 20 new CBP agriculture specialists on non-intrusive inspection imaging.',
    ],
    ['Supervise 9 CBPAS on rotating shifts.', 'Supervise 9 CBP agriculture specialists on rotating shifts.'],
    ['Mentored 3 junior CBPOs.', 'Mentored 3 junior CBP officers.'],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('a phrase whose head noun comes before "to" or "of"', () => {
  it.each([
    ['Issued notices to appear to 40 people.', 'Issued immigration court charging documents to 40 people.'],
    ['Served a Notice to Appear.', 'Served an immigration court charging document.'],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('an acronym the writer already spelled out', () => {
  it.each([
    // Spelled out before the parenthesis: expanding it again would say it twice, so it goes.
    [
      'Issued emergency action notifications (EANs) for quarantine pests.',
      'Issued emergency action notifications for quarantine pests.',
    ],
    [
      'Worked with Plant Protection and Quarantine (PPQ) staff.',
      'Worked with Plant Protection and Quarantine staff.',
    ],
    [
      'Queried Treasury Enforcement Communications System (TECS) records.',
      'Queried Treasury Enforcement Communications System records.',
    ],
    // In parentheses after other words, it is still explained.
    [
      'Queried the records system (TECS) daily.',
      'Queried the records system (a law enforcement records and screening system) daily.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('an agency before its own program office', () => {
  it('names the office once, with its department, not the agency and then the raw code', () => {
    // Before: "the USDA Animal and Plant Health Inspection Service PPQ on quarantine actions".
    expect(sentence('Coordinate with USDA APHIS PPQ on quarantine actions.')).toBe(
      'Coordinate with USDA Plant Protection and Quarantine on quarantine actions.',
    );
  });
});
