import type { CatalogueEntry } from '../../core/catalogue';
import { sourceFromEntry } from '../../core/catalogue';
import { PLATFORM_NOTES } from '../../core/catalogue-notes';
import type { SourceConfig } from '../../core/source-config';
import { CatalogueError, loadCatalogue } from '../../crawler/load-catalogue';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import { insertSource, SourceExistsError } from '../../store/sources-repo';
import type { Command } from '../command';
import { UsageError } from '../command';

export const sourcesCommand: Command = {
  summary: 'List or import the starter catalogue of employers and public bodies',
  usage: 'sources catalogue | sources import --catalogue [--only ID ...]',
  options: { catalogue: { type: 'boolean' }, only: { type: 'string', multiple: true } },
  positionals: { min: 1, max: 200 },
  help: [
    'catalogue            list the catalogue entries (id, ATS type, name)',
    'import --catalogue   add catalogue entries as sources; existing ids are left as they are',
    '--only ID ...        import only these entries (repeat --only, or list the ids after it)',
  ],
  run({ config, values, positionals, say, print }) {
    const [action, ...rest] = positionals;
    let entries: CatalogueEntry[];
    try {
      entries = loadCatalogue();
    } catch (error) {
      if (error instanceof CatalogueError) throw new UsageError(error.message);
      throw error;
    }
    if (action === 'catalogue') {
      for (const e of entries) print(`${e.id.padEnd(24)} ${e.type.padEnd(16)} ${e.name}\n`);
      say(`${entries.length} entries in the catalogue.`);
      return 0;
    }
    if (action !== 'import' || values.catalogue !== true)
      throw new UsageError('Say what to import: `sources import --catalogue [--only ID ...]`.');
    const only = [...((values.only as string[] | undefined) ?? []).flatMap((v) => v.split(',')), ...rest]
      .map((v) => v.trim())
      .filter(Boolean);
    const unknown = only.filter((id) => !entries.some((e) => e.id === id));
    if (unknown.length > 0)
      throw new UsageError(
        `No catalogue entry called ${unknown.map((u) => `"${u}"`).join(', ')}. See \`sources catalogue\`.`,
      );
    const chosen = only.length > 0 ? entries.filter((e) => only.includes(e.id)) : entries;
    const db = openStore(config.OFFRAMP_DATA_DIR);
    try {
      migrate(db);
      const added: SourceConfig[] = [];
      let existing = 0;
      const problems: string[] = [];
      for (const entry of chosen) {
        const result = sourceFromEntry(entry, { usajobsEmail: config.USAJOBS_USER_AGENT_EMAIL });
        if ('problem' in result) {
          problems.push(result.problem);
          continue;
        }
        try {
          insertSource(db, result.source);
          added.push(result.source);
        } catch (error) {
          if (!(error instanceof SourceExistsError)) throw error;
          existing++;
        }
      }
      for (const p of problems) say(`Skipped ${p}`);
      for (const type of new Set(added.map((s) => s.type))) {
        const note = PLATFORM_NOTES[type];
        if (note) say(`Note: ${note}`);
      }
      say(
        `Added ${added.length} source${added.length === 1 ? '' : 's'} from the catalogue` +
          (existing ? `; ${existing} already there, left as they are` : '') +
          (problems.length ? `; ${problems.length} skipped` : '') +
          '. Crawl them with `npm run offramp -- crawl`.',
      );
      return added.length === 0 && problems.length > 0 ? 1 : 0;
    } finally {
      db.close();
    }
  },
};
