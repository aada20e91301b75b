import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { generatePassword, hashPassword } from '../../api/auth/password';
import { AdviserExistsError, audit, createAdviser } from '../../store/advisers-repo';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import type { Command } from '../command';
import { UsageError } from '../command';

export const adviserCommand: Command = {
  summary: 'Create adviser accounts (the first admin is made this way)',
  usage: 'adviser create --email E [--admin] [--password-stdin] [--json]',
  options: {
    email: { type: 'string' },
    admin: { type: 'boolean' },
    'password-stdin': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  help: [
    'create            the only action for now',
    '--email E         the account email',
    '--admin           make an admin (manages advisers, sources, exclusions and curation)',
    '--password-stdin  read the password from standard input; otherwise one is generated and printed once',
  ],
  async run({ config, values, positionals, print, say }) {
    if (positionals[0] !== 'create')
      throw new UsageError(`Unknown adviser action "${positionals[0]}"; use "adviser create".`);
    const email = z.email().safeParse(values.email);
    if (!email.success) throw new UsageError('--email must be an email address');
    let password: string;
    let generated = false;
    if (values['password-stdin']) {
      password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
      if (password.length < 12) throw new UsageError('The password must be at least 12 characters.');
    } else {
      password = generatePassword();
      generated = true;
    }
    const db = openStore(config.OFFRAMP_DATA_DIR);
    try {
      migrate(db);
      const adviser = createAdviser(
        db,
        email.data,
        await hashPassword(password),
        values.admin ? 'admin' : 'adviser',
      );
      audit(db, null, values.admin ? 'admin-created' : 'adviser-created', adviser.id);
      if (values.json) print(JSON.stringify({ ...adviser, ...(generated ? { password } : {}) }));
      else {
        say(`Created ${adviser.role} ${adviser.email}.`);
        if (generated) print(`Password (shown once, store it in a password manager): ${password}`);
      }
      return 0;
    } catch (error) {
      if (error instanceof AdviserExistsError) throw new UsageError(error.message);
      throw error;
    } finally {
      db.close();
    }
  },
};
