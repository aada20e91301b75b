const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Spaces requests to each host: at most `perSecond` a second (0 lifts the limit), slower when the
 * host's robots.txt asks for a Crawl-delay, and not at all before a Retry-After or backoff expires.
 * Slots are handed out in order, so concurrent requests to one host queue rather than burst.
 */
export class HostRateLimiter {
  private readonly nextSlot = new Map<string, number>();
  private readonly crawlDelayMs = new Map<string, number>();
  private readonly lastSent = new Map<string, number>();

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
    this.lastSent.set(host, Math.max(slot, this.lastSent.get(host) ?? 0));
    if (slot > now) await this.wait(slot - now);
  }

  /**
   * For a request whose slot was reserved: waits, if need be, so that it leaves no sooner than one
   * gap after the host's last request. A reserved request can reach the wire a little late; the
   * next one then waits for it rather than following it closely, so the spacing holds at the wire
   * too, while the slots themselves stay on the schedule.
   */
  async spaced(host: string): Promise<void> {
    const now = this.clock();
    const at = Math.max(now, (this.lastSent.get(host) ?? Number.NEGATIVE_INFINITY) + this.gapFor(host));
    this.lastSent.set(host, at);
    if (at > now) await this.wait(at - now);
    // A timer that fired late moves the mark to when the request really left.
    this.lastSent.set(host, Math.max(this.lastSent.get(host) ?? 0, this.clock()));
  }

  /**
   * How long until the host's next slot is free (0 when it is free now), taking nothing. The crawl
   * scheduler releases a host's next request only then, so a request waiting for politeness never
   * holds one of the run's concurrency slots.
   */
  readyIn(host: string): number {
    return Math.max(0, (this.nextSlot.get(host) ?? 0) - this.clock());
  }

  /**
   * Takes the host's slot that is free now (call when `readyIn` is 0): the crawl scheduler claims it
   * at the moment it hands the request over, so the time the request spends reaching the wire does
   * not push every later slot back.
   */
  reserve(host: string): void {
    const slot = Math.max(this.clock(), this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.gapFor(host));
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
