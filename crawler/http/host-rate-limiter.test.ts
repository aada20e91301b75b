import { describe, expect, it } from 'vitest';
import { HostRateLimiter, parseRetryAfter } from './host-rate-limiter';

function fakeClock() {
  let now = 1_000_000;
  const waits: number[] = [];
  return {
    clock: () => now,
    wait: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
  };
}

describe('HostRateLimiter', () => {
  it('spaces requests to one host at the configured rate', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(2, t.clock, t.wait);
    await limiter.acquire('a.example');
    await limiter.acquire('a.example');
    await limiter.acquire('a.example');
    expect(t.waits).toEqual([500, 500]);
  });

  it('keeps reserved slots on schedule when a request reaches the wire late, and spaces the next one from it', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(5, t.clock, t.wait);
    const start = t.clock();
    limiter.reserve('a.example');
    (await limiter.turn('a.example')).sent(); // sent at once
    t.wait(200);
    expect(limiter.readyIn('a.example')).toBe(0);
    limiter.reserve('a.example');
    t.wait(120); // this one took 120 ms to reach the wire
    (await limiter.turn('a.example')).sent();
    // The third slot is still 400 ms after the first: the late send did not push it back…
    t.wait(80);
    expect(t.clock() - start).toBe(400);
    expect(limiter.readyIn('a.example')).toBe(0);
    limiter.reserve('a.example');
    const third = (await limiter.turn('a.example')).sent();
    // …but the request waited until 200 ms after the late one left, not 80.
    expect(third - start).toBe(520);
    expect(t.waits.slice(-1)).toEqual([120]);
  });

  it('spaces two overlapping requests from when the first was really sent, however late', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(10, t.clock, t.wait);
    const sent: number[] = [];
    const first = await limiter.turn('a.example');
    // The second asks for its turn while the first is still on its way to the wire…
    const second = limiter.turn('a.example').then((turn) => sent.push(turn.sent()));
    await Promise.resolve();
    t.wait(30); // …which it reaches 30 ms late.
    sent.push(first.sent());
    await second;
    expect(sent.map((at) => at - 1_000_000)).toEqual([30, 130]);
  });

  it('lets the next request go when one is given up before it is sent', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(10, t.clock, t.wait);
    (await limiter.turn('a.example')).sent();
    (await limiter.turn('a.example')).cancel();
    const at = (await limiter.turn('a.example')).sent();
    // Spaced from the request that went, not held up by the one that did not.
    expect(at - 1_000_000).toBe(100);
  });

  it('does not slow one host down for another', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(1, t.clock, t.wait);
    await limiter.acquire('a.example');
    await limiter.acquire('b.example');
    expect(t.waits).toEqual([]);
  });

  it('lifts the limit at 0 but still honours Crawl-delay', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(0, t.clock, t.wait);
    await limiter.acquire('a.example');
    await limiter.acquire('a.example');
    expect(t.waits).toEqual([]);
    limiter.setCrawlDelay('a.example', 3);
    await limiter.acquire('a.example');
    await limiter.acquire('a.example');
    // Three seconds after the last request sent, each time, the first after the delay was read too.
    expect(t.waits).toEqual([3000, 3000]);
  });

  it('waits out a Retry-After pause', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(0, t.clock, t.wait);
    limiter.pause('a.example', 2000);
    await limiter.acquire('a.example');
    expect(t.waits).toEqual([2000]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('HostRateLimiter.readyIn', () => {
  it('says how long until a host is free without taking its slot', async () => {
    const t = fakeClock();
    const limiter = new HostRateLimiter(4, t.clock, t.wait);
    expect(limiter.readyIn('a.example')).toBe(0);
    await limiter.acquire('a.example');
    expect(limiter.readyIn('a.example')).toBe(250);
    expect(limiter.readyIn('a.example')).toBe(250);
    expect(limiter.readyIn('b.example')).toBe(0);
    limiter.pause('b.example', 5000);
    expect(limiter.readyIn('b.example')).toBe(5000);
  });
});
