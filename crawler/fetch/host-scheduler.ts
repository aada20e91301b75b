import type { HostRateLimiter } from '../http/host-rate-limiter';

interface HostQueue<T> {
  waiting: T[];
  inFlight: number;
  /** robots.txt is read (or being read) before the host's first page. */
  prepared: 'no' | 'pending' | 'yes';
}

export interface HostSchedulerOptions<T> {
  limiter: HostRateLimiter;
  /** Requests to one host on the wire at once; the rate, not this, sets the pace. */
  perHostMax: number;
  /** Runs once per host before its first release (reading robots.txt and its Crawl-delay). */
  prepare: (host: string, first: T) => Promise<void>;
  /** Hands requests whose slot has come to the crawler. */
  release: (items: T[]) => void;
}

/**
 * One queue per host, shared by every source on that host, feeding the crawler like a token bucket:
 * a host's next request is released the moment the limiter says its slot is free, and the slot is
 * reserved as it is released. One timer waits for the soonest host still waiting, so a host paused
 * for Retry-After, backoff or Crawl-delay holds up no other host, and a request waiting for
 * politeness never holds one of the run's concurrency slots.
 */
export class HostScheduler<T> {
  private readonly hosts = new Map<string, HostQueue<T>>();
  private timer: NodeJS.Timeout | undefined;
  private preparing = 0;

  constructor(private readonly options: HostSchedulerOptions<T>) {}

  /** Queues an item for its host; a retry goes to the front, ahead of the host's new work. */
  push(host: string, item: T, front = false): void {
    let queue = this.hosts.get(host);
    if (!queue) {
      queue = { waiting: [], inFlight: 0, prepared: 'no' };
      this.hosts.set(host, queue);
    }
    if (front) queue.waiting.unshift(item);
    else queue.waiting.push(item);
  }

  /** A released item is over (handled, given up or reclaimed for a retry): its host slot frees. */
  finished(host: string): void {
    const queue = this.hosts.get(host);
    if (queue) queue.inFlight--;
  }

  /** Drops every waiting item that `match` picks; returns how many were dropped. */
  drop(match: (item: T) => boolean): number {
    let dropped = 0;
    for (const queue of this.hosts.values()) {
      const before = queue.waiting.length;
      queue.waiting = queue.waiting.filter((item) => !match(item));
      dropped += before - queue.waiting.length;
    }
    return dropped;
  }

  idle(): boolean {
    if (this.preparing > 0) return false;
    for (const queue of this.hosts.values()) if (queue.waiting.length > 0 || queue.inFlight > 0) return false;
    return true;
  }

  /** Releases every item whose host's slot is free, then waits for the soonest host still waiting. */
  pump(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const { limiter, perHostMax } = this.options;
    let soonest = Number.POSITIVE_INFINITY;
    const released: T[] = [];
    for (const [host, queue] of this.hosts) {
      if (queue.waiting.length === 0) continue;
      if (queue.prepared !== 'yes') {
        if (queue.prepared === 'no') this.prepareHost(host, queue);
        continue;
      }
      while (queue.waiting.length > 0 && queue.inFlight < perHostMax) {
        const wait = limiter.readyIn(host);
        if (wait > 0) {
          soonest = Math.min(soonest, wait);
          break;
        }
        limiter.reserve(host);
        queue.inFlight++;
        released.push(queue.waiting.shift() as T);
      }
    }
    if (released.length > 0) this.options.release(released);
    if (soonest < Number.POSITIVE_INFINITY) this.timer = setTimeout(() => this.pump(), soonest);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private prepareHost(host: string, queue: HostQueue<T>): void {
    queue.prepared = 'pending';
    this.preparing++;
    this.options
      .prepare(host, queue.waiting[0] as T)
      .catch(() => undefined)
      .finally(() => {
        queue.prepared = 'yes';
        this.preparing--;
        this.pump();
      });
  }
}
