import type { DegreeFacts } from '../fit/degree-ask';
import { noDegreeRequiredIn } from '../fit/degree-ask';

export type { DegreeFacts } from '../fit/degree-ask';

/**
 * Whether a posting can be had without a college degree, for the seeker's "no degree required"
 * filter. Many people leaving enforcement work have experience and training but no bachelor's
 * degree, so the filter must not let in a posting that asks for one.
 *
 * The answer comes from the fit's own requirement reader (core/fit/degree-ask.ts), with schema.org's
 * `experienceInPlaceOfEducation` (https://schema.org/experienceInPlaceOfEducation) when a source
 * gives it, so the filter and the fit's "Needs a degree in …" can never disagree.
 */
export function noDegreeRequired(text: string, facts: DegreeFacts = {}): boolean {
  return noDegreeRequiredIn(text, facts);
}
