import { Agent, request } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { startServer } from './start-server';

/**
 * An app whose answers come a few turns later, as a search answered on a worker thread does, so
 * connections are busy at the moment the server is told to stop. Each answer says whether it was
 * made before or after the stop began, since one made before may already be on its way out.
 */
const slowApp = (stopping: () => boolean) => ({
  fetch: () =>
    new Promise<Response>((resolve) =>
      setTimeout(
        () =>
          resolve(
            new Response('{"ok":true}', { headers: { 'x-made': stopping() ? 'stopping' : 'running' } }),
          ),
        20,
      ),
    ),
});

interface Answer {
  status: number;
  connection?: string;
  made?: string;
}

function get(port: number, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/api/leads', agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          made: String(res.headers['x-made']),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('stopping the server', () => {
  it('ends keep-alive connections that clients keep using, without waiting out the grace period', async () => {
    const warn = vi.fn();
    let stopping = false;
    const server = await startServer(
      slowApp(() => stopping),
      '127.0.0.1',
      0,
      { logger: { warn } },
    );
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const lastAnswers: Answer[] = [];
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
    const madeWhileStopping = lastAnswers.filter((a) => a.made === 'stopping');
    expect(madeWhileStopping.length).toBeGreaterThan(0);
    for (const answer of madeWhileStopping)
      expect(answer).toEqual({ status: 200, connection: 'close', made: 'stopping' });
    expect(warn).not.toHaveBeenCalled();
  });
});
