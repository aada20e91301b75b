import { Agent, request } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { startServer } from './start-server';

/**
 * An app whose answers come a few turns later, as a search answered on a worker thread does, so
 * connections are busy at the moment the server is told to stop.
 */
const slowApp = {
  fetch: () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('{"ok":true}')), 20)),
};

function get(port: number, agent: Agent): Promise<{ status: number; connection?: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/api/leads', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    })
      .on('error', reject)
      .end();
  });
}

describe('stopping the server', () => {
  it('ends keep-alive connections that clients keep using, without waiting out the grace period', async () => {
    const warn = vi.fn();
    const server = await startServer(slowApp, '127.0.0.1', 0, { logger: { warn } });
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    let stopping = false;
    const lastAnswers: { status: number; connection?: string }[] = [];
    // Eight clients that ask again the moment they are answered, on the same connections.
    const clients = Array.from({ length: 8 }, async () => {
      for (;;) {
        const answer = await get(server.port, agent).catch(() => undefined);
        if (stopping) {
          if (answer) lastAnswers.push(answer);
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 200));
    stopping = true;
    await server.close();
    await Promise.all(clients);
    agent.destroy();
    // Each connection busy at close got its answer, told the client the connection ends, and closed.
    expect(lastAnswers.length).toBeGreaterThan(0);
    for (const answer of lastAnswers) expect(answer).toEqual({ status: 200, connection: 'close' });
    expect(warn).not.toHaveBeenCalled();
  });
});
