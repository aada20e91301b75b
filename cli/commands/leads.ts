import { listLeads, sightingsOf } from '../../store/leads-repo';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import type { Command } from '../command';

export const leadsCommand: Command = {
  summary: 'List the leads in the store',
  usage: 'leads [--json] [--all]',
  options: { json: { type: 'boolean' }, all: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  help: ['--json  print a JSON array of leads', '--all   include closed and excluded leads'],
  run({ config, values, print, say }) {
    const db = openStore(config.OFFRAMP_DATA_DIR);
    try {
      migrate(db);
      const leads = listLeads(db, { all: values.all === true });
      if (values.json) {
        print(
          JSON.stringify(
            leads.map(
              ({ descriptionHtml: _html, canonicalUrl: _c, fingerprint: _f, places: _p, ...lead }) => ({
                ...lead,
                // Every source the lead was seen under, and its URL there.
                seenAt: sightingsOf(db, lead.id).map(({ sourceLeadId: _s, ...seen }) => seen),
              }),
            ),
          ),
        );
        return 0;
      }
      if (leads.length === 0) {
        say('No leads yet. Run `npm run offramp -- crawl --sources FILE`, or `npm run demo`.');
        return 0;
      }
      for (const l of leads) {
        const fit = l.fit ? `${Math.round(l.fit.score * 100)}%`.padStart(4) : '   -';
        const flag = l.status === 'closed' ? ' [closed]' : l.excluded ? ' [excluded]' : '';
        print(`${fit}  ${l.title} — ${l.company} (${l.location ?? l.remote ?? 'location not given'})${flag}`);
      }
      say(`${leads.length} lead${leads.length === 1 ? '' : 's'}.`);
      return 0;
    } finally {
      db.close();
    }
  },
};
