import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../api/create-app';
import { startServer } from '../../api/start-server';
import type { Command } from '../command';
import { UsageError } from '../command';
import { openRuntime } from '../open-context';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export const serveCommand: Command = {
  summary: 'Serve the API and the web app',
  usage: 'serve [--port N] [--host ADDRESS]',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  help: [
    '--port N        port to listen on (default: PORT, 8080); 0 picks a free port',
    '--host ADDRESS  address to bind (default: HOST, 127.0.0.1)',
  ],
  async run({ config, logger, values, say }) {
    const port = values.port === undefined ? config.PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${String(values.port)}")`);
    }
    const host = typeof values.host === 'string' ? values.host : config.HOST;
    const runtime = openRuntime(config, logger);
    const webRoot = existsSync(`${DEFAULT_WEB_ROOT}/index.html`) ? DEFAULT_WEB_ROOT : undefined;
    if (!webRoot) logger.warn('the web app is not built; serving the API only (run `npm run build`)');
    const app = createApp({ config, db: runtime.db, search: runtime.search, logger, webRoot });
    const server = await startServer(app, host, port);
    logger.info({ port: server.port, host, engine: runtime.search.name }, 'listening');
    say(`Offramp is running at http://${host.includes(':') ? `[${host}]` : host}:${server.port}/`);

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    logger.info('shutting down');
    await server.close();
    await runtime.close();
    return 0;
  },
};
