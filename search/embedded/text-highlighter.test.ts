import { describe, expect, it } from 'vitest';
import { highlightText, snippetText } from './text-highlighter';

const show = (s: string | null) => s?.replaceAll('\u0001', '[').replaceAll('\u0002', ']') ?? null;
const terms = { words: ['fraud'], prefixes: ['inv'], phrases: [['law', 'enforcement']] };

describe('highlightText', () => {
  it('marks whole words, last-word prefixes and phrases, keeping the original spelling', () => {
    expect(
      show(highlightText('Fraud Investigator (Law Enforcement liaison)', terms, '\u0001', '\u0002')),
    ).toBe('[Fraud] [Investigator] ([Law] [Enforcement] liaison)');
  });

  it('matches accented text the way the index folds it', () => {
    expect(show(highlightText('Fráud analyst', terms, '\u0001', '\u0002'))).toBe('[Fráud] analyst');
  });

  it('returns null when nothing in the text matched, so no empty highlight is shown', () => {
    expect(highlightText('Security Manager', terms, '\u0001', '\u0002')).toBeNull();
    expect(highlightText('Law office clerk', terms, '\u0001', '\u0002')).toBeNull();
  });
});

describe('snippetText', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('cuts a window around the matches with ellipses on the cut sides', () => {
    const text = `${filler(40)} fraud cases and investigations ${filler(40)}`;
    const snippet = show(snippetText(text, terms, '\u0001', '\u0002', 10)) ?? '';
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('[fraud] cases and [investigations]');
    expect(snippet.split(' ').length).toBeLessThanOrEqual(11);
  });

  it('starts at the beginning when the text has no match', () => {
    expect(snippetText(`${filler(5)}.`, terms, '[', ']', 24)).toBe(`${filler(5)}.`);
  });
});
