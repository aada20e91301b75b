import type { Request } from '@crawlee/core';
import type { HttpCrawlingContext } from '@crawlee/http';
import { HttpCrawler } from '@crawlee/http';
import type { HostRateLimiter } from '../http/host-rate-limiter';

/**
 * Crawlee's HttpCrawler with its same-domain delay hook driven by our per-host limiter. The session
 * releases a new request only when its host has a free slot; a retry, though, comes straight back
 * from Crawlee's queue, and may meet a host paused for Retry-After or backoff. Rather than hold one
 * of the run's concurrency slots while it waits, it goes back to the queue when the pause ends, as
 * Crawlee does for `sameDomainDelaySecs` (whose per-domain key would merge distinct hosts).
 */
export class PoliteHttpCrawler extends HttpCrawler<HttpCrawlingContext> {
  limiter: HostRateLimiter | undefined;

  protected override delayRequest(
    request: Request,
    source: { reclaimRequest(request: Request): Promise<unknown> },
  ): boolean {
    const data = request.userData as { released?: boolean };
    if (data.released) {
      // First attempt: the session released it because its host was ready.
      data.released = false;
      return false;
    }
    if (!this.limiter) return false;
    const wait = this.limiter.readyIn(new URL(request.url).host);
    // A short wait is cheaper inside the limiter than a trip through the queue.
    if (wait <= 25) return false;
    setTimeout(() => {
      void source.reclaimRequest(request);
    }, wait);
    return true;
  }
}
