import { createHash } from 'node:crypto';

/**
 * A fixed-window request counter per client. Keys are hashed and held in memory only, so no address
 * is stored; a feed reader polls every few minutes, far below the limit.
 */
export class WindowLimiter {
  private readonly counts = new Map<string, { windowStart: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one request; returns 0 when it may go ahead, else the seconds until the window resets. */
  take(client: string): number {
    const now = this.clock();
    const key = createHash('sha256').update(client).digest('base64url');
    const entry = this.counts.get(key);
    if (!entry || now - entry.windowStart >= this.windowMs) {
      if (this.counts.size > 100_000) this.counts.clear();
      this.counts.set(key, { windowStart: now, count: 1 });
      return 0;
    }
    entry.count++;
    if (entry.count <= this.limit) return 0;
    return Math.max(1, Math.ceil((entry.windowStart + this.windowMs - now) / 1000));
  }
}
