import type { ExclusionRule } from '../core/fit/exclusions';
import { compileExclusions } from '../core/fit/exclusions';
import type { Store } from './open-store';

export interface RuleHits {
  /** Open leads the rule matches on its own, whether or not an earlier rule matched them first. */
  count: number;
  /** Up to five of them, so an admin can see what a pattern catches. */
  examples: { title: string; company: string }[];
}

/**
 * How many open leads each rule matches, using the scorer's own matching (compileExclusions, one
 * rule at a time), in one pass over the leads. Read in a streaming iterator so 100,000 leads never
 * sit in memory at once.
 */
export function exclusionHits(db: Store, rules: ExclusionRule[]): Map<string, RuleHits> {
  const matchers = rules.map((rule) => ({ id: rule.id, matches: compileExclusions([rule]) }));
  const hits = new Map<string, RuleHits>(rules.map((r) => [r.id, { count: 0, examples: [] }]));
  const rows = db
    .prepare("SELECT title, company, description FROM leads WHERE status = 'open'")
    .iterate() as IterableIterator<{ title: string; company: string; description: string }>;
  for (const lead of rows) {
    for (const m of matchers) {
      if (!m.matches(lead)) continue;
      const hit = hits.get(m.id);
      if (!hit) continue;
      hit.count += 1;
      if (hit.examples.length < 5) hit.examples.push({ title: lead.title, company: lead.company });
    }
  }
  return hits;
}
