const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Spaces requests to each host: at most `perSecond` a second (0 lifts the limit), slower when the
 * host's robots.txt asks for a Crawl-delay, and not at all before a Retry-After or backoff expires.
 * Slots are handed out in order, so concurrent requests to one host queue rather than burst.
 */
export class HostRateLimiter {
  private readonly nextSlot = new Map<string, number>();
  private readonly crawlDelayMs = new Map<string, number>();

  constructor(
    private readonly perSecond: number,
    private readonly clock: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {}

  private gapFor(host: string): number {
    const base = this.perSecond > 0 ? 1000 / this.perSecond : 0;
    return Math.max(base, this.crawlDelayMs.get(host) ?? 0);
  }

  async acquire(host: string): Promise<void> {
    const now = this.clock();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.gapFor(host));
    if (slot > now) await this.wait(slot - now);
  }

  /**
   * How long until the host's next slot is free (0 when it is free now), taking nothing. The crawl
   * scheduler releases a host's next request only then, so a request waiting for politeness never
   * holds one of the run's concurrency slots.
   */
  readyIn(host: string): number {
    return Math.max(0, (this.nextSlot.get(host) ?? 0) - this.clock());
  }

  /** robots.txt Crawl-delay, in seconds. */
  setCrawlDelay(host: string, seconds: number): void {
    this.crawlDelayMs.set(host, Math.max(0, seconds) * 1000);
  }

  /** No request to `host` before `ms` from now (Retry-After, or backoff after a failure). */
  pause(host: string, ms: number): void {
    const until = this.clock() + ms;
    this.nextSlot.set(host, Math.max(this.nextSlot.get(host) ?? 0, until));
  }
}

/** Retry-After as delta-seconds or an HTTP-date (RFC 9110 section 10.2.3), in milliseconds. */
export function parseRetryAfter(value: string | undefined | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
