import robotsParser from 'robots-parser';
import type { Store } from '../../store/open-store';
import type { RobotsOutcome as Outcome, StoredRobots } from '../../store/robots-repo';
import { readRobots, writeRobots } from '../../store/robots-repo';

export interface RobotsDecision {
  allowed: boolean;
  crawlDelaySeconds: number | null;
  reason: string;
}

/** 24 hours: RFC 9309 section 2.4 says crawlers should not use a cached robots.txt for longer. */
export const ROBOTS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type RobotsFetcher = (url: string) => Promise<{ status: number; body: string } | null>;

/**
 * robots.txt as RFC 9309 says, which Crawlee's own option does not: a 4xx answer means no rules
 * (allow), a 5xx or an unreachable host means disallow everything for now (section 2.3.1.4), and a
 * copy is kept for at most 24 hours. Cached copies live in the store so separate runs share them.
 */
export class RobotsPolicy {
  private readonly memo = new Map<string, { outcome: Outcome; body: string; fetchedAt: number }>();

  constructor(
    private readonly db: Store,
    private readonly userAgent: string,
    private readonly fetchRobots: RobotsFetcher,
    private readonly clock: () => number = Date.now,
  ) {}

  async check(url: string): Promise<RobotsDecision> {
    const origin = new URL(url).origin;
    const entry = await this.entryFor(origin);
    if (entry.outcome === 'allow-all')
      return { allowed: true, crawlDelaySeconds: null, reason: 'no robots.txt' };
    if (entry.outcome === 'disallow-all') {
      return {
        allowed: false,
        crawlDelaySeconds: null,
        reason: 'robots.txt could not be fetched (server error or unreachable)',
      };
    }
    const robots = robotsParser(`${origin}/robots.txt`, entry.body);
    const token = this.userAgent.split(/[/\s]/)[0] ?? this.userAgent;
    const allowed = robots.isAllowed(url, token) ?? true;
    const delay = robots.getCrawlDelay(token);
    return {
      allowed,
      crawlDelaySeconds: delay ?? null,
      reason: allowed ? 'allowed' : 'disallowed by robots.txt',
    };
  }

  private readonly pending = new Map<string, Promise<StoredRobots>>();

  /** One fetch per origin at a time: sources sharing a host share its robots.txt. */
  private async entryFor(origin: string): Promise<StoredRobots> {
    const now = this.clock();
    const cached = this.memo.get(origin) ?? this.fromStore(origin);
    if (cached && now - cached.fetchedAt < ROBOTS_MAX_AGE_MS) return cached;
    let fetching = this.pending.get(origin);
    if (!fetching) {
      fetching = this.fetchEntry(origin, now).finally(() => this.pending.delete(origin));
      this.pending.set(origin, fetching);
    }
    return fetching;
  }

  private async fetchEntry(origin: string, now: number): Promise<StoredRobots> {
    const answer = await this.fetchRobots(`${origin}/robots.txt`).catch(() => null);
    let entry: { outcome: Outcome; body: string; fetchedAt: number };
    if (answer === null || answer.status >= 500)
      entry = { outcome: 'disallow-all', body: '', fetchedAt: now };
    else if (answer.status >= 400) entry = { outcome: 'allow-all', body: '', fetchedAt: now };
    else entry = { outcome: 'rules', body: answer.body, fetchedAt: now };
    this.memo.set(origin, entry);
    // A disallow-all from a failure is not persisted: the next run tries again.
    if (entry.outcome !== 'disallow-all') writeRobots(this.db, origin, entry);
    return entry;
  }

  private fromStore(origin: string) {
    return readRobots(this.db, origin);
  }
}
