import type { Command } from '../command';
import { backupCommand } from './backup';
import { migrateCommand } from './migrate';
import { restoreCommand } from './restore';
import { serveCommand } from './serve';

export type CommandName = 'serve' | 'migrate' | 'backup' | 'restore';

/** Every CLI command. Adding a name to CommandName without an entry here fails to compile. */
export const commands: Record<CommandName, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
