import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../api-error';
import { clientAddress } from '../auth/client-address';

export interface RateLimitOptions {
  /** Requests each client may make per window. */
  limit: number;
  windowMs: number;
  trustProxy: boolean;
  /** Says what was limited, e.g. "Too many resume exports". A wait is appended. */
  message: string;
  clock?: () => number;
}

/**
 * Per-client fixed-window counter for anonymous routes (intake, CSP reports, resume rendering):
 * a 429 with Retry-After once a client has used its window (RFC 6585 4). Counters live in memory,
 * keyed by a hash of the address, and are never logged.
 */
export class ClientRateLimit {
  private readonly windows = new Map<string, { start: number; used: number }>();
  private readonly clock: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** Counts one request for this client; throws the 429 when it is over its limit. */
  take(c: Context): void {
    const now = this.clock();
    const key = createHash('sha256').update(clientAddress(c, this.options.trustProxy)).digest('base64url');
    if (this.windows.size > 50_000) {
      for (const [k, w] of this.windows) if (now - w.start >= this.options.windowMs) this.windows.delete(k);
    }
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(key, window);
    }
    if (window.used >= this.options.limit) {
      const seconds = Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000));
      c.header('Retry-After', String(seconds));
      throw apiError(429, 'rate_limited', `${this.options.message}. Try again in ${seconds} seconds.`);
    }
    window.used++;
  }

  middleware(): MiddlewareHandler {
    return async (c, next) => {
      this.take(c);
      await next();
    };
  }
}

export const rateLimit = (options: RateLimitOptions): MiddlewareHandler =>
  new ClientRateLimit(options).middleware();
