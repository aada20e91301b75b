import { createScorer } from '../../core/fit/create-scorer';
import { readSettingStamp } from '../../store/app-settings';
import { exclusionRules } from '../../store/exclusions-repo';
import type { Store } from '../../store/open-store';
import type { Scorer } from './steps';

/**
 * The score step's scorer: fit and exclusion from the posting's title, employer and description.
 * With a store, it follows the admin's exclusion rules, compiling them again only when they change.
 */
export function leadScorer(db?: Store): Scorer {
  if (!db) {
    const score = createScorer();
    return (lead) => score({ title: lead.title, company: lead.company, description: lead.description });
  }
  let stamp: string | undefined | null = null;
  let score = createScorer();
  return (lead) => {
    const current = readSettingStamp(db, 'exclusions.rules');
    if (current !== stamp) {
      stamp = current;
      score = createScorer(exclusionRules(db).rules);
    }
    return score({ title: lead.title, company: lead.company, description: lead.description });
  };
}
