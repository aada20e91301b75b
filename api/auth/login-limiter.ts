import { createHash } from 'node:crypto';

interface Entry {
  windowStart: number;
  /** Attempts reserved in this window: in flight plus failed. */
  used: number;
}

export type AttemptKey = [kind: string, value: string];

/** A reserved attempt: report how it ended so a success gives its place back. */
export interface Reservation {
  succeeded(): void;
  failed(): void;
}

/**
 * Slows down password and code guessing. An attempt reserves a place under each of its keys
 * *before* the slow hash runs, so forty parallel guesses cannot all be evaluated while the first
 * is still hashing: at most `limit` attempts per key and window are ever checked, however they
 * arrive (OWASP authentication cheat sheet, "Login throttling"). A success gives its place back.
 * Keys are hashed and kept in memory only, so no address or email is stored.
 */
export class LoginLimiter {
  private readonly entries = new Map<string, Entry>();

  /**
   * `limits` sets a budget per key kind (say 20 for a whole client, which may be an office behind
   * one address); kinds not named get `limit`.
   */
  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly clock: () => number = Date.now,
    private readonly limits: Partial<Record<string, number>> = {},
  ) {}

  private key([kind, value]: AttemptKey): string {
    return createHash('sha256').update(`${kind}:${value.toLowerCase()}`).digest('base64url');
  }

  private entry(key: string, now: number): Entry {
    const known = this.entries.get(key);
    if (known && now - known.windowStart < this.windowMs) return known;
    const fresh = { windowStart: now, used: 0 };
    this.entries.set(key, fresh);
    return fresh;
  }

  /**
   * Reserves one attempt under every key, or answers how many milliseconds to wait when any key
   * has used up its window. Nothing is reserved when the answer is a wait.
   */
  reserve(keys: AttemptKey[]): Reservation | { waitMs: number } {
    const now = this.clock();
    if (this.entries.size > 100_000) this.sweep(now);
    const entries = keys.map((k) => this.entry(this.key(k), now));
    const full = entries.filter((e, i) => e.used >= (this.limits[keys[i]?.[0] ?? ''] ?? this.limit));
    if (full.length > 0) {
      return { waitMs: Math.max(1000, ...full.map((e) => e.windowStart + this.windowMs - now)) };
    }
    for (const e of entries) e.used++;
    let settled = false;
    return {
      succeeded: () => {
        if (settled) return;
        settled = true;
        for (const e of entries) e.used = Math.max(0, e.used - 1);
      },
      failed: () => {
        settled = true;
      },
    };
  }

  private sweep(now: number): void {
    for (const [key, e] of this.entries) if (now - e.windowStart >= this.windowMs) this.entries.delete(key);
    // Still full of live entries: an attack from very many clients. Forgetting them all would
    // hand every client a fresh budget, so forget only the oldest half.
    if (this.entries.size > 100_000) {
      let drop = this.entries.size / 2;
      for (const key of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(key);
      }
    }
  }
}

export const isWait = (r: Reservation | { waitMs: number }): r is { waitMs: number } => 'waitMs' in r;
