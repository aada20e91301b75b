import type { FitCorrection } from '../core/fit/score-fit';
import type { Exclusion, Fit } from '../core/lead/lead';
import { readSetting, writeSetting } from './app-settings';
import { scorerCorrection } from './fit-corrections-repo';
import { allLeadIds, getLead, updateLeadScores } from './leads-repo';
import type { Store } from './open-store';

const BATCH = 500;

type Score = (
  lead: { title: string; company: string; description: string; noDegreeRequired?: boolean },
  correction?: FitCorrection,
) => {
  fit: Fit;
  excluded: Exclusion | null;
};

/**
 * Scores every lead again (with any admin correction of its occupations or tracks), a batch per transaction, so an interrupted rescore leaves each lead
 * scored by one version of the rules. Changed ids go to the search index after each batch.
 */
export async function rescoreLeads(
  db: Store,
  score: Score,
  options: {
    index?: (ids: string[]) => Promise<void> | void;
    onProgress?: (done: number, total: number) => void;
    /** The scorer's version, recorded once every lead is scored with it. */
    version?: string;
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
        // An admin's correction of occupations or tracks is scored with, so a rescore keeps it.
        const next = score(
          {
            title: lead.title,
            company: lead.company,
            description: lead.description,
            noDegreeRequired: lead.noDegreeRequired,
          },
          scorerCorrection(db, id),
        );
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
  if (options.version) writeSetting(db, SCORER_VERSION_KEY, options.version);
  return { leads: ids.length, changed };
}

const SCORER_VERSION_KEY = 'fit.scorerVersion';

/** True when the store holds leads that an older scorer (or none recorded) scored. */
export function scoredByOlderScorer(db: Store, version: string): boolean {
  if (readSetting<string>(db, SCORER_VERSION_KEY) === version) return false;
  const any = db.prepare('SELECT 1 FROM leads LIMIT 1').get();
  if (!any) writeSetting(db, SCORER_VERSION_KEY, version);
  return Boolean(any);
}
