import { describe, expect, it } from 'vitest';
import { createScorer } from '../../core/fit/create-scorer';
import { LABELLED_POSTINGS } from './labelled-postings';

const LEVEL = { low: 0, medium: 1, high: 2 } as const;

/**
 * Measures fit and exclusion on postings labelled by hand. The thresholds are set just below what
 * the scorer reaches today, so a change that makes either worse fails here.
 */
describe('fit and exclusion on the labelled postings', () => {
  const score = createScorer();
  const results = LABELLED_POSTINGS.map((posting) => ({
    posting,
    ...score({ title: posting.title, company: posting.employer, description: posting.description }),
  }));

  it('has at least 80 labelled postings', () => {
    expect(LABELLED_POSTINGS.length).toBeGreaterThanOrEqual(80);
  });

  it('excludes immigration enforcement and detention with high precision and recall', () => {
    const tp = results.filter((r) => r.posting.excluded && r.excluded).length;
    const fp = results.filter((r) => !r.posting.excluded && r.excluded);
    const fn = results.filter((r) => r.posting.excluded && !r.excluded);
    const precision = tp / (tp + fp.length);
    const recall = tp / (tp + fn.length);
    console.log(
      `exclusion precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} true, ${fp.length} false positives, ${fn.length} missed)`,
    );
    expect(fp.map((r) => r.posting.title)).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('ranks suitable postings above unsuitable ones', () => {
    const scored = results.filter((r) => !r.posting.excluded);
    let agree = 0;
    let pairs = 0;
    for (const a of scored) {
      for (const b of scored) {
        if (LEVEL[a.posting.fit] <= LEVEL[b.posting.fit]) continue;
        pairs++;
        if (a.fit.score > b.fit.score) agree++;
        else if (a.fit.score === b.fit.score) agree += 0.5;
      }
    }
    const accuracy = agree / pairs;
    console.log(`pairwise ordering accuracy ${accuracy.toFixed(3)} over ${pairs} pairs`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('places postings in their expected tracks', () => {
    const withTracks = results.filter((r) => r.posting.tracks.length > 0);
    const hits = withTracks.filter((r) => r.posting.tracks.some((t) => r.fit.tracks.includes(t))).length;
    const recall = hits / withTracks.length;
    console.log(`track recall ${recall.toFixed(3)} (${hits} of ${withTracks.length})`);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });

  it('flags sworn and armed roles so a seeker can hide them', () => {
    const flagged = (title: string) => results.find((r) => r.posting.title === title)?.fit.enforcementRole;
    expect(flagged('Police Officer')).toBe(true);
    expect(flagged('Deputy Sheriff')).toBe(true);
    expect(flagged('Armed Security Officer')).toBe(true);
    expect(flagged('Fraud Investigator')).toBe(false);
    expect(flagged('Records Specialist')).toBe(false);
  });

  it('explains a good fit in words a seeker can read', () => {
    const fraud = results.find((r) => r.posting.title === 'Fraud Investigator');
    expect(fraud?.fit.reasons.join(' | ')).toMatch(
      /Title matches O\*NET 13-2099\.04 Fraud Examiners, Investigators and Analysts/,
    );
    expect(fraud?.fit.reasons.join(' | ')).toMatch(/Asks for .*interviewing/);
    expect(fraud?.fit.reasons).toContain('Says law-enforcement experience is valued');
  });
});
