import { Agent, request } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { startServer } from './start-server';

const CLIENTS = 8;

interface Answer {
  status: number;
  connection?: string;
}

function get(port: number, agent: Agent): Promise<Answer> {
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
    // An app that holds every answer until the test lets it go, as a search answered on a worker
    // thread is still on its way: so every connection is surely busy when the stop begins.
    let arrived = 0;
    let allArrived = () => {};
    const busy = new Promise<void>((resolve) => {
      allArrived = resolve;
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const app = {
      fetch: async () => {
        arrived++;
        if (arrived === CLIENTS) allArrived();
        await held;
        return new Response('{"ok":true}');
      },
    };
    const warn = vi.fn();
    const server = await startServer(app, '127.0.0.1', 0, { logger: { warn } });
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const answers: Answer[] = [];
    // Clients that ask again the moment they are answered, on the same connections, until the
    // server turns them away.
    const clients = Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const answer = await get(server.port, agent).catch(() => undefined);
        if (!answer) return;
        answers.push(answer);
      }
    });
    await busy;
    const stopped = server.close();
    release();
    await stopped;
    await Promise.all(clients);
    agent.destroy();
    // Each connection busy at the stop got its answer, was told the connection ends, and closed:
    // no client was answered again, and the grace period (which logs a warning) never ran out.
    expect(answers).toEqual(Array.from({ length: CLIENTS }, () => ({ status: 200, connection: 'close' })));
    expect(warn).not.toHaveBeenCalled();
  });
});
