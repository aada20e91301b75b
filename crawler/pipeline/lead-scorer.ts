import type { ScorableLead } from '../../core/fit/create-scorer';
import { createScorer } from '../../core/fit/create-scorer';
import type { ExclusionRule } from '../../core/fit/exclusions';
import type { NormalisedLead } from '../../core/lead/lead';
import { readSettingStamp } from '../../store/app-settings';
import { exclusionRules } from '../../store/exclusions-repo';
import type { Store } from '../../store/open-store';
import type { RulesVersion } from './prepare-messages';
import type { Scorer } from './steps';

/** What the scorer reads of a lead, the "No degree required" answer included (see FitInput). */
const scorable = (lead: NormalisedLead): ScorableLead => ({
  title: lead.title,
  company: lead.company,
  description: lead.description,
  noDegreeRequired: lead.noDegreeRequired,
});

/** The bundled rules' version: a store whose admin never edited the rules scores by these too. */
const DEFAULTS: RulesVersion = { stamp: 'bundled', rules: null };

/** Fit and exclusion by the given rules (null: the bundled ones), in this thread. */
export function rulesScorer(rules: ExclusionRule[] | null): Scorer {
  const score = rules ? createScorer(rules) : createScorer();
  return (lead) => score(scorable(lead));
}

/**
 * The score step's scorer: fit and exclusion from the posting's title, employer and description.
 * With a store, it follows the admin's exclusion rules, compiling them again only when they change.
 * It says which rules those are (`rules`), so the pipeline can run the same scorer in its prepare
 * threads.
 */
export function leadScorer(db?: Store): Scorer {
  if (!db) return Object.assign(rulesScorer(null), { rules: () => DEFAULTS });
  let version: RulesVersion | null = null;
  let score = rulesScorer(null);
  const rules = (): RulesVersion => {
    const stamp = readSettingStamp(db, 'exclusions.rules');
    if (version === null || (stamp ?? DEFAULTS.stamp) !== version.stamp) {
      const current = exclusionRules(db);
      version = current.edited && stamp ? { stamp, rules: current.rules } : DEFAULTS;
      score = rulesScorer(version.rules);
    }
    return version;
  };
  const scoreLead = (lead: NormalisedLead) => {
    rules();
    return score(lead);
  };
  return Object.assign(scoreLead, { rules });
}
