import { describe, expect, it } from 'vitest';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { unpackChecked } from '../../store/packed-lead';
import { leadScorer } from './lead-scorer';
import { prepareStep } from './steps';
import { warmUpPostings } from './warm-up-postings';

describe('the postings a prepare thread warms up on', () => {
  const raws = warmUpPostings(2_000).map((p) => ({ raw: rawLeadSchema.parse(p) }));
  const { leads, problems } = prepareStep(raws, leadScorer());

  it('all go through the prepare step, each under its own id', () => {
    expect(problems).toEqual([]);
    expect(leads).toHaveLength(2_000);
  });

  it('cover the shapes real boards send: yearly and hourly pay, remote and foreign places, no-degree postings', () => {
    const opened = leads.map(unpackChecked);
    expect(new Set(opened.map((l) => l.salary?.period ?? 'none'))).toEqual(new Set(['year', 'hour', 'none']));
    expect(new Set(opened.map((l) => l.remote))).toContain('remote');
    expect(new Set(opened.map((l) => l.country))).toEqual(new Set(['US', 'GB']));
    expect(opened.some((l) => l.noDegreeRequired)).toBe(true);
  });
});
