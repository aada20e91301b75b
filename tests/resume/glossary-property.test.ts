import { describe, expect, it } from 'vitest';
import { rebuild } from '../../core/resume/change';
import { GLOSSARY } from '../../core/resume/glossary';
import { SOURCES } from '../../core/resume/glossary/sources';
import {
  brokenArticles,
  doubledWords,
  nearEchoes,
  repeatedParentheses,
} from '../../core/resume/rewrite/guard';
import { proposeEdits } from '../../core/resume/rewrite/rewrite-text';

/** A form of the term its own pattern matches, singular and (for acronyms) plural. */
function forms(term: string, match: string, acronym: boolean): string[] {
  const re = new RegExp(`^(?:${match})$`, acronym ? '' : 'i');
  const candidates = [term, term.replace(/^\w+ /, ''), `${term}s`];
  return [...new Set(candidates.filter((f) => re.test(f)))];
}

const templates = (t: string, glossWord: string) => [
  `${t} reviewed the files.`,
  `Reviewed files with ${t} every week.`,
  `Worked with a ${t} on cases.`,
  `Worked with an ${t} on cases.`,
  `Worked with the ${t} on cases.`,
  `Wrote 12 reports for ${t} and the team.`,
  `Managed ${t} ${glossWord} reviews.`,
];

describe('the whole glossary', () => {
  it('holds at least 300 entries, each with a source for its meaning', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(300);
    for (const g of GLOSSARY) expect(SOURCES[g.source], g.term).toMatch(/\w+ \w+/);
    expect(new Set(GLOSSARY.map((g) => g.term)).size).toBe(GLOSSARY.length);
  });

  it('decides each agency’s employer wording in one entry', () => {
    const employers = GLOSSARY.filter((g) => g.employer);
    expect(employers.map((g) => g.term)).toEqual(
      expect.arrayContaining(['ICE', 'CBP', 'USBP', 'HSI', 'ERO', 'DHS']),
    );
    for (const g of employers) expect(g.employer?.general, g.term).toMatch(/^[A-Z]\w+ /);
  });

  const cases = GLOSSARY.flatMap((g) => {
    const glossWord = g.civilian.split(' ').find((w) => w.length > 3) ?? 'case';
    return forms(g.term, g.match, g.acronym).flatMap((f) =>
      templates(f, glossWord).map((s) => [g.term, s] as const),
    );
  });

  it('covers most entries with a form their own pattern matches', () => {
    const covered = new Set(cases.map(([term]) => term));
    expect(covered.size / GLOSSARY.length).toBeGreaterThan(0.8);
  });

  it.each([
    ['private', false],
    ['federal', false],
    ['private', true],
  ] as const)(
    'never adds a doubled word, an "X (X)" or a broken article (%s mode, general terms: %s)',
    (mode, generalize) => {
      const failures: string[] = [];
      for (const [term, input] of cases) {
        const output = rebuild(input, proposeEdits(input, { mode, generalize, field: 'prose' }));
        // Where the term itself was rewritten, the article before it must agree with the new words.
        const rewritten = !output.includes(term) && output !== input;
        const problems = [
          doubledWords(output) + nearEchoes(output) > doubledWords(input) + nearEchoes(input) && 'doubled',
          repeatedParentheses(output) > 0 && 'X (X)',
          (rewritten ? brokenArticles(output) > 0 : brokenArticles(output) > brokenArticles(input)) &&
            'article',
        ].filter(Boolean);
        if (problems.length > 0) failures.push(`${term}: "${input}" → "${output}" (${problems.join(', ')})`);
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
