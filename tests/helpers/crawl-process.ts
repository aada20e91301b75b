// `offramp crawl` as its own process, loading only the crawl command: the full CLI also loads the
// resume, PDF and grammar modules, which doubles a cold start and which a crawl never uses.
import { parseArgs } from 'node:util';
import { createLogger } from '../../api/logger';
import { crawlCommand } from '../../cli/commands/crawl';
import { parseConfig } from '../../core/config';

const parsed: {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
} = parseArgs({
  args: process.argv.slice(2),
  options: { ...crawlCommand.options, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
  strict: true,
});
const { values, positionals } = parsed;
const config = parseConfig(process.env);
const code = await crawlCommand.run({
  config,
  logger: createLogger(config.LOG_LEVEL, process.stderr),
  values,
  positionals,
  say: () => {},
  print: () => {},
  secret: () => undefined,
  stderrIsTty: false,
  stderr: () => {},
});
process.exitCode = code ?? 0;
