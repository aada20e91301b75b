import { createHash } from 'node:crypto';

interface Entry {
  failures: number;
  blockedUntil: number;
}

/**
 * Slows down password guessing: after 5 failures for an account or a client, each further attempt
 * waits twice as long as the last (1 s, 2 s, 4 s ... capped at 15 minutes). Keys are hashed and
 * kept in memory only, so no address or email is stored.
 */
export class LoginLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly freeAttempts = 5,
    private readonly clock: () => number = Date.now,
  ) {}

  private key(kind: string, value: string): string {
    return createHash('sha256').update(`${kind}:${value.toLowerCase()}`).digest('base64url');
  }

  /** Milliseconds to wait before another attempt is allowed for any of these keys (0: go ahead). */
  waitFor(keys: [string, string][]): number {
    const now = this.clock();
    return Math.max(0, ...keys.map(([k, v]) => (this.entries.get(this.key(k, v))?.blockedUntil ?? 0) - now));
  }

  fail(keys: [string, string][]): void {
    const now = this.clock();
    for (const [k, v] of keys) {
      const key = this.key(k, v);
      const entry = this.entries.get(key) ?? { failures: 0, blockedUntil: 0 };
      entry.failures++;
      if (entry.failures >= this.freeAttempts) {
        entry.blockedUntil = now + Math.min(15 * 60_000, 1000 * 2 ** (entry.failures - this.freeAttempts));
      }
      this.entries.set(key, entry);
    }
    if (this.entries.size > 100_000) this.entries.clear();
  }

  succeed(keys: [string, string][]): void {
    for (const [k, v] of keys) this.entries.delete(this.key(k, v));
  }
}
