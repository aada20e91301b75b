import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { serve } from '@hono/node-server';

/** Anything with a WHATWG fetch handler, e.g. a Hono app. */
interface Fetchable {
  fetch: (request: Request) => Response | Promise<Response>;
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves once the socket is bound. */
export function startServer(app: Fetchable, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    let server: ServerType;
    const onError = (error: Error) => reject(error);
    server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', onError);
      resolvePromise({
        port: info.port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', onError);
    // Slow-client limits (Node's defaults allow 5 minutes per request).
    if ('requestTimeout' in server) {
      server.requestTimeout = 30_000;
      server.headersTimeout = 10_000;
    }
  });
}
