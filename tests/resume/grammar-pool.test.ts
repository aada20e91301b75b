import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrammarPool } from '../../api/workers/grammar-pool';
import { checkGrammar, translateCheckedAndRender } from '../../core/resume/check-grammar';
import { GOOD, LONG, tecsTranslation } from './tecs-fixture';

// The server's grammar check on two worker threads must give the in-process checker's verdicts.
let pool: GrammarPool;
beforeAll(async () => {
  pool = new GrammarPool(2);
  await pool.warm();
}, 90_000);
afterAll(() => pool.close());

const SHORT = 'Queried TECS for every traveler.';
const translation = (replacement: string) => tecsTranslation([LONG, SHORT], [replacement, GOOD]);

describe('the grammar check on worker threads', () => {
  it('counts problems text by text across both threads, as Harper does in one', async () => {
    expect(
      await pool.counts([
        'Worked at an federal law enforcement agency.',
        'Worked at a federal law enforcement agency.',
        'Completed the the training.',
        'Reviewed files and queried 2th systems.',
      ]),
    ).toEqual([1, 0, 1, 1]);
    expect(await pool.problems('Worked at an federal law enforcement agency.')).toEqual([
      'Miscellaneous: Incorrect indefinite article.',
    ]);
  });

  it('refuses the change that adds a problem and keeps the one that does not', async () => {
    const { original, translation: bad } = translation('an law enforcement records system');
    const checked = await checkGrammar(original, bad, pool);
    expect(checked.resume.work?.[0]?.highlights).toEqual([
      LONG,
      'Queried a law enforcement records system for every traveler.',
    ]);
    expect(checked.changes.map((c) => c.guard)).toEqual([
      'Grammar check (Harper): no problem the original did not have.',
    ]);
  });

  it('keeps the file rendered during the check when the check changed nothing', async () => {
    const rendered: string[] = [];
    const { translation: t, output } = await translateCheckedAndRender(
      { work: [{ highlights: ['Queried TECS for every traveler.'] }] },
      { mode: 'private', generalizeEmployer: false },
      pool,
      async (r) => {
        rendered.push(r.work?.[0]?.highlights?.[0] ?? '');
        return r.work?.[0]?.highlights?.[0];
      },
    );
    expect(output).toBe('Queried a law enforcement records and screening system for every traveler.');
    expect(t.resume.work?.[0]?.highlights?.[0]).toBe(output);
    expect(rendered).toEqual([output]);
  });

  it('renders the file again from the checked resume when the check refused a change', async () => {
    // A checker that finds a problem in the rewrite, as Harper would in a bad one.
    const strict = {
      problems: async (t: string) => (t.includes('screening system') ? ['Grammar: a problem'] : []),
      counts: async (ts: string[]) => ts.map((t) => (t.includes('screening system') ? 1 : 0)),
    };
    const rendered: string[] = [];
    const { output } = await translateCheckedAndRender(
      { work: [{ highlights: ['Queried TECS for every traveler.'] }] },
      { mode: 'private', generalizeEmployer: false },
      strict,
      async (r) => {
        rendered.push(r.work?.[0]?.highlights?.[0] ?? '');
        return r.work?.[0]?.highlights?.[0];
      },
    );
    expect(output).toBe('Queried TECS (a law enforcement records system) for every traveler.');
    expect(rendered).toEqual([
      'Queried a law enforcement records and screening system for every traveler.',
      'Queried TECS (a law enforcement records system) for every traveler.',
    ]);
  });
});
