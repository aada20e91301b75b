import type { Exclusion, Fit } from '../lead/lead';
import onetData from './data/onet-compact.json' with { type: 'json' };
import type { ExclusionRule } from './exclusions';
import { compileExclusions, DEFAULT_EXCLUSION_RULES } from './exclusions';
import { OnetIndex, onetDatasetSchema } from './onet-index';
import type { FitCorrection } from './score-fit';
import { scoreFit } from './score-fit';

/**
 * Changes whenever the scorer's rules change (classification, requirements, weights, reasons), so a
 * store scored by an older scorer is rescored in the background when Offramp starts.
 */
export const SCORER_VERSION = '2026-12-01-occupation-reasons';

let sharedIndex: OnetIndex | undefined;

/** The O*NET index, parsed and validated once per process (it is 1.5 MB). */
export function onetIndex(): OnetIndex {
  sharedIndex ??= new OnetIndex(onetDatasetSchema.parse(onetData));
  return sharedIndex;
}

export interface ScorableLead {
  title: string;
  company: string;
  description: string;
  /** The lead's own "No degree required" answer (see FitInput). */
  noDegreeRequired?: boolean;
}

/** The crawler's score step and `rescore`: fit plus the exclusion check, from the same rules. */
export function createScorer(rules: ExclusionRule[] = DEFAULT_EXCLUSION_RULES) {
  const index = onetIndex();
  const exclude = compileExclusions(rules);
  return (lead: ScorableLead, correction?: FitCorrection): { fit: Fit; excluded: Exclusion | null } => ({
    fit: scoreFit(index, lead, correction),
    excluded: exclude(lead),
  });
}
