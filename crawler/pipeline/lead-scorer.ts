import { createScorer } from '../../core/fit/create-scorer';
import type { Scorer } from './steps';

/** The score step's scorer: fit and exclusion from the posting's title, employer and description. */
export function leadScorer(): Scorer {
  const score = createScorer();
  return (lead) => score({ title: lead.title, company: lead.company, description: lead.description });
}
