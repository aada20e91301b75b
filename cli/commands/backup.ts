import { backupStore } from '../../store/backup';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import type { Command } from '../command';

export const backupCommand: Command = {
  summary: 'Copy the store to a file while Offramp keeps running',
  usage: 'backup <file> [--force] [--json]',
  options: { force: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  help: [
    '<file>   where to write the backup',
    '--force  overwrite the file if it exists',
    '--json   print the result as JSON',
  ],
  async run({ config, values, positionals, say, print }) {
    const db = openStore(config.OFFRAMP_DATA_DIR);
    try {
      migrate(db);
      let lastShown = -1;
      const result = await backupStore(db, positionals[0] ?? '', {
        overwrite: values.force === true,
        onProgress: (done, total) => {
          const percent = Math.floor((done / Math.max(total, 1)) * 100);
          if (!values.json && percent !== lastShown && percent % 25 === 0) say(`  ${percent}%`);
          lastShown = percent;
        },
      });
      if (values.json) print(JSON.stringify(result));
      else say(`Backed up ${result.pages} pages to ${result.file}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
