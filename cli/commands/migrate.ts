import { migrate, pendingMigrations, schemaVersion } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import type { Command } from '../command';

export const migrateCommand: Command = {
  summary: 'Bring the store up to the latest schema',
  usage: 'migrate [--status] [--json]',
  options: { status: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  help: ['--status  list pending migrations without applying them', '--json    print the result as JSON'],
  run({ config, values, say, print }) {
    const db = openStore(config.OFFRAMP_DATA_DIR);
    try {
      if (values.status) {
        const pending = pendingMigrations(db).map(({ version, name }) => ({ version, name }));
        if (values.json) print(JSON.stringify({ schemaVersion: schemaVersion(db), pending }));
        else say(`Schema version ${schemaVersion(db)}; ${pending.length} pending.`);
        return 0;
      }
      const applied = migrate(db, undefined, (m) => {
        if (!values.json) say(`Applied ${m.version} ${m.name}`);
      });
      if (values.json) print(JSON.stringify({ schemaVersion: schemaVersion(db), applied }));
      else say(applied.length === 0 ? 'Already up to date.' : `Now at schema version ${schemaVersion(db)}.`);
      return 0;
    } finally {
      db.close();
    }
  },
};
