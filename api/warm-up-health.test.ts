import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { warmUpHealth } from './warm-up-health';

describe('warmUpHealth', () => {
  it("asks the app's own /api/health five times, reading each answer to the end", async () => {
    const asked: string[] = [];
    const app = new Hono().get('/api/health', (c) => {
      asked.push(new URL(c.req.url).pathname);
      return c.json({ status: 'ok' }, 200);
    });
    expect(await warmUpHealth(app)).toBe(5);
    expect(asked).toEqual(Array(5).fill('/api/health'));
  });

  it('lets serve start when the app throws or reports itself unhealthy', async () => {
    const throwing = {
      fetch: (): Response => {
        throw new Error('the store is not open yet');
      },
    };
    expect(await warmUpHealth(throwing)).toBe(0);
    const unhealthy = new Hono().get('/api/health', (c) => c.json({ status: 'unavailable' }, 503));
    expect(await warmUpHealth(unhealthy, 2)).toBe(2);
  });
});
