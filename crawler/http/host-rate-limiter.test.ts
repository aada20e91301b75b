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
    await limiter.spaced('a.example'); // sent at once
    t.wait(200);
    expect(limiter.readyIn('a.example')).toBe(0);
    limiter.reserve('a.example');
    t.wait(120); // this one took 120 ms to reach the wire
    await limiter.spaced('a.example');
    // The third slot is still 400 ms after the first: the late send did not push it back…
    t.wait(80);
    expect(t.clock() - start).toBe(400);
    expect(limiter.readyIn('a.example')).toBe(0);
    limiter.reserve('a.example');
    await limiter.spaced('a.example');
    // …but the request waited until 200 ms after the late one left, not 80.
    expect(t.clock() - start).toBe(520);
    expect(t.waits.slice(-1)).toEqual([120]);
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
    expect(t.waits).toEqual([3000]);
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
