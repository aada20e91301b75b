import type { ScorableLead } from '../../core/fit/create-scorer';
import { createScorer } from '../../core/fit/create-scorer';
import type { NormalisedLead } from '../../core/lead/lead';
import { readSettingStamp } from '../../store/app-settings';
import { exclusionRules } from '../../store/exclusions-repo';
import type { Store } from '../../store/open-store';
import type { Scorer } from './steps';

/** What the scorer reads of a lead, the "No degree required" answer included (see FitInput). */
const scorable = (lead: NormalisedLead): ScorableLead => ({
  title: lead.title,
  company: lead.company,
  description: lead.description,
  noDegreeRequired: lead.noDegreeRequired,
});

/**
 * The score step's scorer: fit and exclusion from the posting's title, employer and description.
 * With a store, it follows the admin's exclusion rules, compiling them again only when they change.
 */
export function leadScorer(db?: Store): Scorer {
  if (!db) {
    const score = createScorer();
    return (lead) => score(scorable(lead));
  }
  let stamp: string | undefined | null = null;
  let score = createScorer();
  return (lead) => {
    const current = readSettingStamp(db, 'exclusions.rules');
    if (current !== stamp) {
      stamp = current;
      score = createScorer(exclusionRules(db).rules);
    }
    return score(scorable(lead));
  };
}
