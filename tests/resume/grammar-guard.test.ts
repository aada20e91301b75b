import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGrammar } from '../../core/resume/check-grammar';
import type { GrammarChecker } from '../../core/resume/grammar/harper-checker';
import { harperChecker } from '../../core/resume/grammar/harper-checker';
import type { Resume } from '../../core/resume/resume-schema';
import { resumeSchema } from '../../core/resume/resume-schema';
import { getAt, translateResume } from '../../core/resume/translate-resume';
import { LONG, tecsTranslation } from './tecs-fixture';

// The test profiles and the two written for the held-out check.
const profiles = ['./profiles/', './held-out/'].flatMap((d) => {
  const dir = fileURLToPath(new URL(d, import.meta.url));
  return readdirSync(dir).map(
    (f) => [f, resumeSchema.parse(JSON.parse(readFileSync(`${dir}${f}`, 'utf8')))] as [string, Resume],
  );
});

let harper: GrammarChecker;
beforeAll(async () => {
  harper = await harperChecker();
}, 60_000);

describe('the grammar checker (Harper, offline WebAssembly)', () => {
  it('finds the article and repetition errors the old translator made', async () => {
    expect(await harper.problems('Worked at an federal law enforcement agency.')).toEqual([
      'Miscellaneous: Incorrect indefinite article.',
    ]);
    expect((await harper.problems('Completed the the training.')).length).toBe(1);
    expect(await harper.problems('Worked at a federal law enforcement agency.')).toEqual([]);
  });

  it('refuses a change that adds a grammar problem and falls back to the term with a gloss', async () => {
    const { original, translation: bad } = tecsTranslation(
      ['Queried TECS for every traveler.'],
      ['an law enforcement records system'],
      'TECS (a law enforcement records system)',
    );
    const checked = await checkGrammar(original, bad, harper);
    expect(checked.resume.work?.[0]?.highlights?.[0]).toBe(
      'Queried TECS (a law enforcement records system) for every traveler.',
    );
    expect(checked.changes[0]?.guard).toBe(
      'Grammar check refused "an law enforcement records system" (Miscellaneous: Incorrect indefinite article.). Kept the term with a plain gloss.',
    );
  });

  // Each edit, mid-sentence in a long bullet, adds one kind of problem Harper's grammar rules catch.
  it.each([
    [
      'an article that does not fit',
      'an law enforcement records system',
      'Miscellaneous: Incorrect indefinite article.',
    ],
    ['a repeated word', 'the the records system', 'Repetition: Did you mean to repeat this word?'],
    [
      'a pluralised mass noun',
      'an advices',
      'Grammar: The word `advice` is a mass noun and should not be pluralized.',
    ],
    [
      'a wrong number suffix',
      '2th systems',
      'Miscellaneous: This number needs a different suffix to sound right.',
    ],
    [
      'a space before a comma',
      'records ,and systems',
      "Punctuation: Don't use a space before a comma. Use a space after a comma.",
    ],
  ])('refuses an edit that adds %s in the middle of a long sentence', async (_kind, replacement, problem) => {
    const { original, translation } = tecsTranslation([LONG], [replacement]);
    const translated = LONG.replace('TECS', replacement);
    const checked = await checkGrammar(original, translation, harper);
    expect(await harper.problems(translated)).toContain(problem);
    expect(checked.resume.work?.[0]?.highlights?.[0]).toBe(LONG);
    expect(checked.changes).toEqual([]);
  });

  it.each(profiles)(
    'never finds more problems in the translation of %s than in the original',
    async (_f, profile) => {
      for (const options of [
        { mode: 'private', generalizeEmployer: false },
        { mode: 'federal', generalizeEmployer: false },
        { mode: 'private', generalizeEmployer: true, generalizeTitles: true },
      ] as const) {
        const t = await checkGrammar(profile, translateResume(profile, options), harper);
        for (const path of new Set(t.changes.map((c) => c.path))) {
          const before = getAt(profile, path);
          const after = getAt(t.resume, path);
          if (typeof before !== 'string' || typeof after !== 'string') continue;
          const added = (await harper.problems(after)).length - (await harper.problems(before)).length;
          expect(added, `${path}: ${after}`).toBeLessThanOrEqual(0);
        }
        for (const c of t.changes.filter((c) => !c.path.endsWith('x-federal') && !c.id.endsWith('@field')))
          expect(c.guard, c.path).toMatch(/Grammar check/);
      }
    },
    60_000,
  );
});
