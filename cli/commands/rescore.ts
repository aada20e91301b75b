import { createScorer } from '../../core/fit/create-scorer';
import { allLeadIds, getLead, updateLeadScores } from '../../store/leads-repo';
import type { Command } from '../command';
import { openRuntime } from '../open-context';
import { createProgress } from '../progress';

const BATCH = 500;

export const rescoreCommand: Command = {
  summary: 'Score every lead again after a change to the fit data or exclusion rules',
  usage: 'rescore [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  help: ['--json  print counts as JSON on stdout'],
  async run({ config, logger, values, print, stderrIsTty, stderr }) {
    const runtime = openRuntime(config, logger);
    try {
      const score = createScorer();
      const ids = allLeadIds(runtime.db);
      const progress = createProgress(stderr, stderrIsTty);
      let changed = 0;
      for (let start = 0; start < ids.length; start += BATCH) {
        const batch = ids.slice(start, start + BATCH);
        const now = new Date().toISOString();
        // One transaction per batch: an interrupted rescore leaves every lead scored by one version.
        runtime.db.transaction(() => {
          for (const id of batch) {
            const lead = getLead(runtime.db, id);
            if (!lead) continue;
            const next = score({ title: lead.title, company: lead.company, description: lead.description });
            if (
              JSON.stringify(next.fit) !== JSON.stringify(lead.fit) ||
              JSON.stringify(next.excluded) !== JSON.stringify(lead.excluded)
            )
              changed++;
            updateLeadScores(runtime.db, id, next.fit, next.excluded, now);
          }
        })();
        await runtime.index?.(batch);
        progress.update(`rescored ${Math.min(start + BATCH, ids.length)} of ${ids.length} leads`);
      }
      progress.done(`Rescored ${ids.length} leads; ${changed} changed.`);
      if (values.json) print(JSON.stringify({ leads: ids.length, changed }));
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
