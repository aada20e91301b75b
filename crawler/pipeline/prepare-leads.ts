import type { RawLead } from '../../core/lead/raw-lead';
import type { PreparePool } from './prepare-pool';
import { sharedPreparePool } from './prepare-pool';
import type { Prepared, Scorer } from './steps';
import { prepareStep } from './steps';

/** The prepare step as the pipeline calls it: wherever it runs, a page's raw leads in, scored leads out. */
export type PrepareLeads = (raws: { raw: RawLead }[]) => Promise<Prepared>;

/**
 * Where prepare runs: in the prepare threads when the scorer can be built again there (the real
 * scorer says which rules it follows), else in this thread (a test's stand-in scorer). `threads:
 * null` keeps it in this thread.
 */
export function prepareLeads(scorer: Scorer, threads?: PreparePool | null): PrepareLeads {
  const rules = scorer.rules;
  const pool = threads === undefined ? sharedPreparePool() : threads;
  if (!rules || !pool) return async (raws) => prepareStep(raws, scorer);
  // The threads load the scorer (a second or so) while the crawl fetches its first pages.
  void pool.warm();
  return async (raws) => (raws.length === 0 ? { leads: [], problems: [] } : pool.prepare(raws, rules()));
}
