import { parseArgs } from 'node:util';
import { bufferedDestination, createLogger, flushLog } from '../api/logger';
import { ConfigError, parseConfig } from '../core/config';
import { BackupRefusedError } from '../store/backup';
import { SchemaTooNewError } from '../store/migrate';
import type { Command } from './command';
import { UsageError } from './command';
import { commands, isCommandName } from './commands/index';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stderrIsTty?: boolean;
}

const PROGRAM = 'npm run offramp --';

function overview(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, cmd]) => `  ${name.padEnd(width)}  ${cmd.summary}`);
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...lines,
    '',
    `Run \`${PROGRAM} <command> --help\` for a command's options.`,
  ].join('\n');
}

function commandHelp(cmd: Command): string {
  return [
    `Usage: ${PROGRAM} ${cmd.usage}`,
    '',
    cmd.summary,
    '',
    'Options:',
    ...cmd.help.map((h) => `  ${h}`),
    '  --help   show this help',
  ].join('\n');
}

/**
 * Runs one CLI invocation and returns the exit code: 0 done, 1 failed, 2 bad command line or
 * configuration. Never throws, so the entry point stays one line.
 */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${overview()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (!isCommandName(name)) {
    io.stderr(`Unknown command "${name}".\n\n${overview()}\n`);
    return 2;
  }
  const command = commands[name];
  let values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\nRun \`${PROGRAM} ${name} --help\` for the options.\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${commandHelp(command)}\n`);
    return 0;
  }
  if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
    io.stderr(`Usage: ${PROGRAM} ${command.usage}\n`);
    return 2;
  }

  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  // Logs go to stderr so that stdout carries only a command's own output (e.g. --json).
  const logger = createLogger(config.LOG_LEVEL, command.bufferedLog ? bufferedDestination() : process.stderr);
  try {
    const code = await command.run({
      config,
      logger,
      values,
      positionals,
      say: (line) => io.stderr(`${line}\n`),
      print: (text) => io.stdout(`${text}\n`),
      // Sources may read only variables named *_API_KEY (see core/source-config.ts), never config.
      secret: (name) => (/^[A-Z][A-Z0-9_]*_API_KEY$/.test(name) ? env[name] : undefined),
      stderrIsTty: io.stderrIsTty ?? false,
      stderr: io.stderr,
    });
    return code ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\nRun \`${PROGRAM} ${name} --help\` for the options.\n`);
      return 2;
    }
    if (error instanceof BackupRefusedError || error instanceof SchemaTooNewError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    logger.error({ err: error }, `${name} failed`);
    if (command.bufferedLog) await flushLog(logger);
    io.stderr(`${name} failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    if (command.bufferedLog) await flushLog(logger);
  }
}
