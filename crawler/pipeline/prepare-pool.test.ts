import { afterAll, describe, expect, it } from 'vitest';
import { exclusionSchema } from '../../core/lead/lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import type { PackedLead } from '../../store/packed-lead';
import { packedTexts, unpackChecked } from '../../store/packed-lead';
import { leadScorer } from './lead-scorer';
import { prepareReplySchema } from './prepare-messages';
import { PreparePool } from './prepare-pool';
import { prepareStep } from './steps';

const pool = new PreparePool({ size: 2 });

/**
 * Packed leads as the writer opens them: the same leads packed by other pages sit at other places
 * in other texts, so the leads are compared opened.
 */
const opened = (leads: PackedLead[]) =>
  leads.map((l) => ({ ...packedTexts(l), lead: unpackChecked(l), fitScore: l.fitScore }));
afterAll(() => pool.close());

const TITLES = [
  'Fraud Investigator',
  'Security Engineer, Cloud',
  'Paralegal',
  'Deportation Officer',
  'Police Officer',
];

/** 600 postings over three chunks; ids 0–49 come again near the end with a new title. */
const raws = Array.from({ length: 600 }, (_, i) => {
  const id = i >= 550 ? i - 550 : i;
  return {
    raw: rawLeadSchema.parse({
      sourceLeadId: `job-${id}`,
      title: `${TITLES[i % TITLES.length]}${i >= 550 ? ' (reposted)' : ''}`,
      company: i % 7 === 0 ? 'U.S. Immigration and Customs Enforcement' : `Employer ${i % 40}`,
      locations: [{ text: ['Phoenix, AZ', 'Remote - US', 'Berlin, Germany'][i % 3] }],
      descriptionHtml: `<p>Posting ${i}.</p><h3>Requirements</h3><ul><li>${i % 2 ? "Bachelor's degree in computer science" : '3+ years of investigative experience'}</li></ul>`,
      url: `https://jobs.example.test/${id}?utm_source=x`,
    }),
  };
});

describe('the prepare threads', { timeout: 90_000 }, () => {
  it('give what the prepare step gives in this thread, page order and the last of each repeated id kept', async () => {
    const here = prepareStep(raws, leadScorer());
    const there = await pool.prepare(raws, { stamp: 'bundled', rules: null });
    expect(there.leads).toHaveLength(550);
    const job3 = there.leads.find((s) => s.sourceLeadId === 'job-3');
    expect(job3 && unpackChecked(job3).title).toBe('Deportation Officer (reposted)');
    // ... with each lead's stored texts and hash made there too, as this thread would make them.
    expect(there.problems).toEqual(here.problems);
    expect(opened(there.leads)).toEqual(opened(here.leads));
    // The threads send their step's output unparsed: it is in the shape the store takes, field by field.
    expect(prepareReplySchema.parse({ id: 1, ...there })).toEqual({ id: 1, ...there });
  });

  it('are helped by this thread when they hold their fill, with the same leads and scores', async () => {
    const one = new PreparePool({ size: 1, help: true });
    // Three copies of the page under new ids: eight chunks, more than one thread holds at once.
    const big = [0, 1, 2].flatMap((k) =>
      raws.map(({ raw }) => ({ raw: { ...raw, sourceLeadId: `${k}-${raw.sourceLeadId}` } })),
    );
    try {
      const there = await one.prepare(big, { stamp: 'bundled', rules: null });
      expect(one.helped).toBeGreaterThan(0);
      expect(opened(there.leads)).toEqual(opened(prepareStep(big, leadScorer()).leads));
    } finally {
      await one.close();
    }
  });

  it('score by the rules they are sent, and by new ones when the rules change', async () => {
    const rules = [
      {
        id: 'no-paralegals',
        kind: 'pattern' as const,
        match: '\\bparalegal\\b',
        reason: 'Test rule: no paralegals',
      },
    ];
    const page = raws.slice(0, 10);
    const excludedTitles = (leads: PackedLead[], rule: string) =>
      leads
        .filter((s) => {
          const { excluded } = packedTexts(s).stored;
          return excluded !== null && exclusionSchema.parse(JSON.parse(excluded)).rule === rule;
        })
        .map((s) => unpackChecked(s).title);
    const first = await pool.prepare(page, { stamp: 'edited-1', rules });
    expect(excludedTitles(first.leads, 'no-paralegals')).toEqual(['Paralegal', 'Paralegal']);
    const again = await pool.prepare(page, { stamp: 'bundled', rules: null });
    expect(excludedTitles(again.leads, 'no-paralegals')).toEqual([]);
  });
});
