import { createScorer, SCORER_VERSION } from '../../core/fit/create-scorer';
import { exclusionRules } from '../../store/exclusions-repo';
import { rescoreLeads } from '../../store/rescore-leads';
import type { Command } from '../command';
import { openRuntime } from '../open-context';
import { createProgress } from '../progress';

export const rescoreCommand: Command = {
  summary: 'Score every lead again after a change to the fit data or exclusion rules',
  usage: 'rescore [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  help: ['--json  print counts as JSON on stdout'],
  async run({ config, logger, values, print, stderrIsTty, stderr }) {
    const runtime = openRuntime(config, logger);
    try {
      const progress = createProgress(stderr, stderrIsTty);
      const { leads, changed } = await rescoreLeads(
        runtime.db,
        createScorer(exclusionRules(runtime.db).rules),
        {
          index: runtime.index,
          onProgress: (done, total) => progress.update(`rescored ${done} of ${total} leads`),
          version: SCORER_VERSION,
        },
      );
      progress.done(`Rescored ${leads} leads; ${changed} changed.`);
      if (values.json) print(JSON.stringify({ leads, changed }));
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
