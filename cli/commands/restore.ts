import { restoreStore } from '../../store/backup';
import type { Command } from '../command';

export const restoreCommand: Command = {
  summary: 'Replace the store with a backup (stop the server first)',
  usage: 'restore <file> [--force] [--json]',
  options: { force: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  help: [
    '<file>   a file written by `offramp backup`',
    '--force  replace an existing store in OFFRAMP_DATA_DIR',
    '--json   print the result as JSON',
  ],
  run({ config, values, positionals, say, print }) {
    const result = restoreStore(positionals[0] ?? '', config.OFFRAMP_DATA_DIR, {
      overwrite: values.force === true,
    });
    if (values.json) print(JSON.stringify(result));
    else
      say(`Restored schema version ${result.schemaVersion} into ${result.target}. Start Offramp to use it.`);
    return 0;
  },
};
