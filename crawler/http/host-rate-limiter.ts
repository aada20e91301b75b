const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A request's turn at the wire: call `sent` the moment it is sent, or `cancel` if it never is. */
export interface WireTurn {
  /** Marks the request sent now and lets the host's next request go one gap later; returns the time. */
  sent(): number;
  cancel(): void;
}

/**
 * Spaces requests to each host: at most `perSecond` a second (0 lifts the limit), slower when the
 * host's robots.txt asks for a Crawl-delay, and not at all before a Retry-After or backoff expires.
 *
 * Two clocks keep that promise. Slots (`reserve`, `readyIn`) are the schedule the crawl scheduler
 * releases requests on, so a request reaching the wire late does not push every later slot back.
 * The wire gate (`turn`) is what the host sees: a host's requests pass it one at a time, each no
 * sooner than one gap after the moment the last one was really sent, however late a timer fired or
 * a request got there.
 */
export class HostRateLimiter {
  private readonly nextSlot = new Map<string, number>();
  private readonly crawlDelayMs = new Map<string, number>();
  /** When each host's last request was sent. */
  private readonly lastSent = new Map<string, number>();
  /** The end of each host's line at the wire gate: settles when its last request was sent or cancelled. */
  private readonly line = new Map<string, Promise<void>>();

  constructor(
    private readonly perSecond: number,
    private readonly clock: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {}

  private gapFor(host: string): number {
    const base = this.perSecond > 0 ? 1000 / this.perSecond : 0;
    return Math.max(base, this.crawlDelayMs.get(host) ?? 0);
  }

  /** Takes the host's next slot, waits for it and for the wire gate, and counts the request sent. */
  async acquire(host: string): Promise<void> {
    await this.slot(host);
    (await this.turn(host)).sent();
  }

  /** Takes the host's next slot on the schedule and waits until it comes. */
  async slot(host: string): Promise<void> {
    const now = this.clock();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.gapFor(host));
    if (slot > now) await this.wait(slot - now);
  }

  /**
   * Waits for the host's turn at the wire: every earlier request to the host has been sent (or
   * given up), and one gap has passed since the last was sent. The caller sends at once and calls
   * `sent`; until it does, the host's next request waits.
   */
  async turn(host: string): Promise<WireTurn> {
    const before = this.line.get(host) ?? Promise.resolve();
    let leave: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => {
      leave = resolve;
    });
    this.line.set(host, mine);
    await before;
    for (;;) {
      const left = (this.lastSent.get(host) ?? Number.NEGATIVE_INFINITY) + this.gapFor(host) - this.clock();
      if (left <= 0) break;
      // A timer may fire early or late by the wall clock: look again rather than trust it.
      await this.wait(left);
    }
    let done = false;
    return {
      sent: () => {
        const at = this.clock();
        if (!done) this.lastSent.set(host, at);
        done = true;
        leave();
        return at;
      },
      cancel: () => {
        done = true;
        leave();
      },
    };
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
