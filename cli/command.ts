import type { ParseArgsConfig } from 'node:util';
import type { Logger } from '../api/logger';
import type { Config } from '../core/config';

export interface CommandContext {
  config: Config;
  logger: Logger;
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  /** Human progress and messages go to stderr, so that `--json` output on stdout stays clean. */
  say: (line: string) => void;
  print: (text: string) => void;
  /** Reads a secret a source config names (e.g. its API key variable) from the environment. */
  secret: (name: string) => string | undefined;
  stderrIsTty: boolean;
  /** Raw stderr, for progress lines rewritten in place. */
  stderr: (text: string) => void;
}

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments the command takes. */
  positionals: { min: number; max: number };
  /** Extra lines for --help: what each option does. */
  help: string[];
  run(ctx: CommandContext): Promise<number | undefined> | number | undefined;
  /**
   * Log through an asynchronous, buffered destination (`bufferedDestination`) rather than one
   * synchronous write a line: for long-running commands that log a line a request.
   */
  bufferedLog?: boolean;
}

/** A bad command line: the message is shown with a pointer to --help and the process exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
