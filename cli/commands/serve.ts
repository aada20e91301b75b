import type { Command } from '../command';
import { UsageError } from '../command';
import { openRuntime } from '../open-context';
import { serveUntilStopped } from '../serve-app';

export function parsePort(value: unknown, fallback: number): number {
  const port = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${String(value)}")`);
  }
  return port;
}

export const serveCommand: Command = {
  summary: 'Serve the API and the web app, and crawl stored sources on a schedule',
  usage: 'serve [--port N] [--host ADDRESS]',
  options: { port: { type: 'string' }, host: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  // A line a request: written in batches, off the thread that answers health checks.
  bufferedLog: true,
  help: [
    '--port N        port to listen on (default: PORT, 8080); 0 picks a free port',
    '--host ADDRESS  address to bind (default: HOST, 127.0.0.1)',
  ],
  async run({ config, logger, values, say, secret }) {
    const port = parsePort(values.port, config.PORT);
    const host = typeof values.host === 'string' ? values.host : config.HOST;
    const runtime = openRuntime(config, logger);
    try {
      await serveUntilStopped({ config, logger, runtime, host, port, secret, say, scheduleCrawls: true });
    } finally {
      await runtime.close();
    }
    return 0;
  },
};
