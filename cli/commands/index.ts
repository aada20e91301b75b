import type { Command } from '../command';
import { adviserCommand } from './adviser';
import { backupCommand } from './backup';
import { crawlCommand } from './crawl';
import { curateCommand } from './curate';
import { demoCommand } from './demo';
import { leadsCommand } from './leads';
import { migrateCommand } from './migrate';
import { rescoreCommand } from './rescore';
import { restoreCommand } from './restore';
import { resumeCommand } from './resume';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { sourcesCommand } from './sources';

export type CommandName =
  | 'serve'
  | 'migrate'
  | 'backup'
  | 'restore'
  | 'crawl'
  | 'leads'
  | 'rescore'
  | 'demo'
  | 'search'
  | 'resume'
  | 'curate'
  | 'adviser'
  | 'sources';

/** Every CLI command. Adding a name to CommandName without an entry here fails to compile. */
export const commands: Record<CommandName, Command> = {
  sources: sourcesCommand,
  serve: serveCommand,
  migrate: migrateCommand,
  backup: backupCommand,
  restore: restoreCommand,
  crawl: crawlCommand,
  leads: leadsCommand,
  rescore: rescoreCommand,
  demo: demoCommand,
  search: searchCommand,
  resume: resumeCommand,
  curate: curateCommand,
  adviser: adviserCommand,
};

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
