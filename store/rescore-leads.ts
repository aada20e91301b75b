import type { FitCorrection } from '../core/fit/score-fit';
import type { Exclusion, Fit } from '../core/lead/lead';
import { readSetting, writeSetting } from './app-settings';
import { scorerCorrection } from './fit-corrections-repo';
import { allLeadIds, getLead, updateLeadScores } from './leads-repo';
import type { Store } from './open-store';

/** Changed ids handed to the search index at a time, and progress reported as often. */
const BATCH = 500;
/** The longest a slice of the rescore holds the event loop, give or take one lead. */
const SLICE_MS = 8;

type Score = (
  lead: { title: string; company: string; description: string; noDegreeRequired?: boolean },
  correction?: FitCorrection,
) => {
  fit: Fit;
  excluded: Exclusion | null;
};

/**
 * Scores every lead again (with any admin correction of its occupations or tracks), a short slice
 * per transaction, so an interrupted rescore leaves each lead scored by one version of the rules.
 * Changed ids go to the search index a batch at a time.
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
  let pending: string[] = [];
  let next = 0;
  while (next < ids.length) {
    // One slice: leads scored and written in one short transaction, ended after SLICE_MS so that
    // requests waiting on the event loop are answered between slices (a real posting can take a few
    // milliseconds to score, so a fixed count of leads could hold the loop for seconds).
    const now = new Date().toISOString();
    const started = performance.now();
    db.transaction(() => {
      do {
        const id = ids[next++] as string;
        const lead = getLead(db, id);
        if (!lead) continue;
        // An admin's correction of occupations or tracks is scored with, so a rescore keeps it.
        const scored = score(
          {
            title: lead.title,
            company: lead.company,
            description: lead.description,
            noDegreeRequired: lead.noDegreeRequired,
          },
          scorerCorrection(db, id),
        );
        if (
          JSON.stringify(scored.fit) !== JSON.stringify(lead.fit) ||
          JSON.stringify(scored.excluded) !== JSON.stringify(lead.excluded)
        )
          changed++;
        updateLeadScores(db, id, scored.fit, scored.excluded, now);
        pending.push(id);
      } while (next < ids.length && pending.length < BATCH && performance.now() - started < SLICE_MS);
    })();
    if (pending.length >= BATCH || next >= ids.length) {
      await options.index?.(pending);
      pending = [];
      options.onProgress?.(next, ids.length);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (options.version) writeSetting(db, SCORER_VERSION_KEY, options.version);
  return { leads: ids.length, changed };
}

const SCORER_VERSION_KEY = 'fit.scorerVersion';

/** Records that every lead in the store is scored by `version` (a store built by other means). */
export function recordScorerVersion(db: Store, version: string): void {
  writeSetting(db, SCORER_VERSION_KEY, version);
}

/** True when the store holds leads that an older scorer (or none recorded) scored. */
export function scoredByOlderScorer(db: Store, version: string): boolean {
  if (readSetting<string>(db, SCORER_VERSION_KEY) === version) return false;
  const any = db.prepare('SELECT 1 FROM leads LIMIT 1').get();
  if (!any) writeSetting(db, SCORER_VERSION_KEY, version);
  return Boolean(any);
}
