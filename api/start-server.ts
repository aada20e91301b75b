import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { takesSearch } from './workers/search-messages';
import type { SearchWorkers } from './workers/search-workers';

/** Anything with a WHATWG fetch handler, e.g. a Hono app. */
interface Fetchable {
  fetch: (request: Request) => Response | Promise<Response>;
}

/** How long in-flight requests may finish once the server is stopping. */
const SHUTDOWN_GRACE_MS = 5_000;

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on host:port (port 0 picks a free one) and resolves once the socket is bound. With search
 * workers, searches go to them and everything else (health first of all) is answered here.
 */
export function startServer(
  app: Fetchable,
  host: string,
  port: number,
  options: { searchWorkers?: SearchWorkers } = {},
): Promise<RunningServer> {
  const answer = getRequestListener(app.fetch, { hostname: host });
  const workers = options.searchWorkers;
  const server = createServer((req, res) => {
    if (workers && takesSearch(req.method, req.url) && workers.forward(req, res)) return;
    void answer(req, res);
  });
  // Slow-client limits (Node's defaults allow 5 minutes per request).
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            // A connection still busy after a grace period (a client that never finishes reading,
            // a request a search worker never answered) must not keep a stopping server alive:
            // SIGTERM from a service manager expects the process to end.
            setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
          }),
      });
    });
  });
}
