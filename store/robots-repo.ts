import type { Store } from './open-store';
import { statement } from './statements';

export type RobotsOutcome = 'rules' | 'allow-all' | 'disallow-all';

export interface StoredRobots {
  outcome: RobotsOutcome;
  body: string;
  /** Epoch milliseconds. */
  fetchedAt: number;
}

/** The robots.txt answer last stored for an origin (`https://host:port`), shared by every run. */
export function readRobots(db: Store, origin: string): StoredRobots | undefined {
  const row = statement(db, 'SELECT outcome, body, fetched_at FROM robots_cache WHERE origin = ?').get(
    origin,
  ) as { outcome: RobotsOutcome; body: string; fetched_at: string } | undefined;
  return row ? { outcome: row.outcome, body: row.body, fetchedAt: Date.parse(row.fetched_at) } : undefined;
}

export function writeRobots(db: Store, origin: string, entry: StoredRobots): void {
  statement(
    db,
    `INSERT INTO robots_cache (origin, outcome, body, fetched_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (origin) DO UPDATE SET outcome = excluded.outcome, body = excluded.body, fetched_at = excluded.fetched_at`,
  ).run(origin, entry.outcome, entry.body, new Date(entry.fetchedAt).toISOString());
}
