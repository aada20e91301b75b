import type { ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Logger } from './logger';
import { SlotTable } from './slot-table';
import { takesSearch } from './workers/search-messages';
import type { SearchWorkers } from './workers/search-workers';

/** Anything with a WHATWG fetch handler, e.g. a Hono app. */
export interface Fetchable {
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
 *
 * Stopping ends every connection once its current answer is sent. `server.close()` alone only stops
 * new connections and closes the idle ones at that moment: a keep-alive connection busy then (a
 * search on a worker thread is answered a few turns later) went idle afterwards, stayed open, and
 * took the client's next request, so a client that kept asking (a browser, a load test) kept the
 * process alive after SIGTERM. So from `close()` on, each answer carries `Connection: close`
 * (RFC 9112 section 9.6) and its socket ends after it.
 */
export function startServer(
  app: Fetchable,
  host: string,
  port: number,
  options: { searchWorkers?: SearchWorkers; logger?: Pick<Logger, 'warn'> } = {},
): Promise<RunningServer> {
  const answer = getRequestListener(app.fetch, { hostname: host });
  const workers = options.searchWorkers;
  const inFlight = new SlotTable<ServerResponse>();
  let closing = false;
  const server = createServer((req, res) => {
    if (closing) res.shouldKeepAlive = false;
    const slot = inFlight.add(res);
    res.once('close', () => inFlight.take(slot));
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
            closing = true;
            // Answers not yet begun end their connection; those already being written finish, and
            // their connection is then idle, so it is closed as soon as it is.
            for (const res of inFlight) {
              if (!res.headersSent) res.shouldKeepAlive = false;
              else res.once('close', () => setImmediate(() => server.closeIdleConnections()));
            }
            server.close(() => done());
            server.closeIdleConnections();
            // A bound on the wait (a client that never reads its answer): a service manager's
            // SIGTERM expects the process to end.
            setTimeout(() => {
              if (inFlight.size > 0)
                options.logger?.warn(
                  { connections: inFlight.size },
                  'closing connections still busy after the shutdown grace period',
                );
              server.closeAllConnections();
            }, SHUTDOWN_GRACE_MS).unref();
          }),
      });
    });
  });
}
