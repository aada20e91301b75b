import type { Exclusion, Fit } from '../core/lead/lead';
import { allLeadIds, getLead, updateLeadScores } from './leads-repo';
import type { Store } from './open-store';

const BATCH = 500;

type Score = (lead: { title: string; company: string; description: string }) => {
  fit: Fit;
  excluded: Exclusion | null;
};

/**
 * Scores every lead again, a batch per transaction, so an interrupted rescore leaves each lead
 * scored by one version of the rules. Changed ids go to the search index after each batch.
 */
export async function rescoreLeads(
  db: Store,
  score: Score,
  options: {
    index?: (ids: string[]) => Promise<void> | void;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<{ leads: number; changed: number }> {
  const ids = allLeadIds(db);
  let changed = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const id of batch) {
        const lead = getLead(db, id);
        if (!lead) continue;
        const next = score({ title: lead.title, company: lead.company, description: lead.description });
        if (
          JSON.stringify(next.fit) !== JSON.stringify(lead.fit) ||
          JSON.stringify(next.excluded) !== JSON.stringify(lead.excluded)
        )
          changed++;
        updateLeadScores(db, id, next.fit, next.excluded, now);
      }
    })();
    await options.index?.(batch);
    options.onProgress?.(Math.min(start + BATCH, ids.length), ids.length);
  }
  return { leads: ids.length, changed };
}
