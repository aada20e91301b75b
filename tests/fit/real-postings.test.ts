import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../core/fit/create-scorer';
import { hasSharedData } from '../helpers/shared-data';
import { formatMetrics, measureFit } from './fit-metrics';
import { loadRealPostings, REAL_POSTINGS_DIR } from './real-postings';

/**
 * The goals, measured on real postings labelled by others. The scorer is never tuned to
 * these postings by name; they check it.
 */
describe.skipIf(!hasSharedData())('fit and exclusion on real labelled postings', () => {
  // Read in beforeAll, not in the body: vitest still runs a skipped describe's body to collect it.
  let metrics: ReturnType<typeof measureFit>;
  beforeAll(() => {
    metrics = measureFit(loadRealPostings(), createScorer());
    console.log(formatMetrics(`real postings (${REAL_POSTINGS_DIR})`, metrics));
  });

  it('excludes every immigration-enforcement and detention posting, and nothing else', () => {
    expect(metrics.exclusion.missed).toEqual([]);
    expect(metrics.exclusion.falseExclusions).toEqual([]);
  });

  it('ranks strong above none in 95% of pairs, and some above none in 85%', () => {
    expect(metrics.pairwise.strongOverNone).toBeGreaterThanOrEqual(0.95);
    expect(metrics.pairwise.someOverNone).toBeGreaterThanOrEqual(0.85);
  });

  it('shows at most 2% of unsuitable postings as a Good fit', () => {
    expect(metrics.noneShownAsGoodFit.share).toBeLessThanOrEqual(0.02);
  });
});
