import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';
import type { Store } from './open-store';

export const sourceRunStatuses = [
  'running',
  'completed',
  'empty',
  'partial',
  'rate_limited',
  'failed',
  'interrupted',
] as const;
export type SourceRunStatus = (typeof sourceRunStatuses)[number];

export const sourceRunSchema = z.object({
  sourceId: z.string(),
  status: z.enum(sourceRunStatuses),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  fetched: z.number(),
  unchanged: z.number(),
  found: z.number(),
  new: z.number(),
  updated: z.number(),
  closed: z.number(),
  errors: z.array(z.string()),
});
export type SourceRun = z.infer<typeof sourceRunSchema>;

export const crawlRunSchema = z.object({
  id: z.string(),
  trigger: z.string(),
  status: z.enum(['running', 'completed', 'failed', 'interrupted']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  sources: z.array(sourceRunSchema),
});
export type CrawlRun = z.infer<typeof crawlRunSchema>;

/** The process that owns a run: its pid on its host. */
export interface RunOwner {
  pid: number;
  host: string;
}

export const thisProcess = (): RunOwner => ({ pid: process.pid, host: hostname() });

export function startRun(db: Store, trigger: string, now: string, owner: RunOwner = thisProcess()): string {
  const id = randomUUID();
  db.prepare(
    "INSERT INTO crawl_runs (id, trigger, status, started_at, owner_pid, owner_host) VALUES (?, ?, 'running', ?, ?, ?)",
  ).run(id, trigger, now, owner.pid, owner.host);
  return id;
}

export function startSourceRun(db: Store, runId: string, sourceId: string, now: string): void {
  db.prepare(
    "INSERT INTO crawl_run_sources (run_id, source_id, status, started_at) VALUES (?, ?, 'running', ?)",
  ).run(runId, sourceId, now);
}

export function finishSourceRun(db: Store, runId: string, result: Omit<SourceRun, 'startedAt'>): void {
  db.prepare(
    `UPDATE crawl_run_sources SET status = ?, finished_at = ?, fetched = ?, unchanged = ?, found = ?, new_leads = ?,
       updated = ?, closed = ?, errors = ? WHERE run_id = ? AND source_id = ?`,
  ).run(
    result.status,
    result.finishedAt,
    result.fetched,
    result.unchanged,
    result.found,
    result.new,
    result.updated,
    result.closed,
    JSON.stringify(result.errors),
    runId,
    result.sourceId,
  );
}

export function finishRun(db: Store, runId: string, status: 'completed' | 'failed', now: string): void {
  db.prepare('UPDATE crawl_runs SET status = ?, finished_at = ? WHERE id = ?').run(status, now, runId);
}

/** Whether a process with this pid exists on this host (EPERM: it exists but is someone else's). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * At every start (CLI crawl, serve, demo): a run left "running" by a process that is gone is
 * marked `interrupted`, with its unfinished sources. A run is gone when it was started on this
 * host by a pid that no longer exists, or by this very pid (a previous process that had the same
 * pid, as pid 1 in a container always does), or before owners were recorded. A run owned by a live
 * process, or by another host, is left alone. Interrupted runs never close leads: closing happens
 * only when a source finishes complete and healthy, and whatever a killed crawl saved stays.
 */
export function interruptAbandonedRuns(
  db: Store,
  now: string,
  me: RunOwner = thisProcess(),
  alive: (pid: number) => boolean = processAlive,
): number {
  const running = db
    .prepare("SELECT id, owner_pid, owner_host FROM crawl_runs WHERE status = 'running'")
    .all() as { id: string; owner_pid: number | null; owner_host: string | null }[];
  const gone = running.filter(
    (r) =>
      r.owner_pid === null || (r.owner_host === me.host && (r.owner_pid === me.pid || !alive(r.owner_pid))),
  );
  const markSources = db.prepare(
    `UPDATE crawl_run_sources SET status = 'interrupted', finished_at = ?,
       errors = json_insert(errors, '$[#]', 'the crawl process stopped before this source finished')
     WHERE run_id = ? AND status = 'running'`,
  );
  const markRun = db.prepare("UPDATE crawl_runs SET status = 'interrupted', finished_at = ? WHERE id = ?");
  db.transaction(() => {
    for (const run of gone) {
      markSources.run(now, run.id);
      markRun.run(now, run.id);
    }
  })();
  return gone.length;
}

/** The scheduler's name for the same start-up step. */
export const failAbandonedRuns = (db: Store, now: string): number => interruptAbandonedRuns(db, now);

export function getRun(db: Store, runId: string): CrawlRun | null {
  const run = db.prepare('SELECT * FROM crawl_runs WHERE id = ?').get(runId) as
    | {
        id: string;
        trigger: string;
        status: CrawlRun['status'];
        started_at: string;
        finished_at: string | null;
      }
    | undefined;
  if (!run) return null;
  const sources = db
    .prepare('SELECT * FROM crawl_run_sources WHERE run_id = ? ORDER BY started_at, source_id')
    .all(runId) as {
    source_id: string;
    status: SourceRunStatus;
    started_at: string;
    finished_at: string | null;
    fetched: number;
    unchanged: number;
    found: number;
    new_leads: number;
    updated: number;
    closed: number;
    errors: string;
  }[];
  return {
    id: run.id,
    trigger: run.trigger,
    status: run.status,
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    sources: sources.map((s) => ({
      sourceId: s.source_id,
      status: s.status,
      startedAt: s.started_at,
      finishedAt: s.finished_at,
      fetched: s.fetched,
      unchanged: s.unchanged,
      found: s.found,
      new: s.new_leads,
      updated: s.updated,
      closed: s.closed,
      errors: JSON.parse(s.errors) as string[],
    })),
  };
}

export function recentRuns(db: Store, limit = 20): CrawlRun[] {
  const ids = db.prepare('SELECT id FROM crawl_runs ORDER BY started_at DESC LIMIT ?').all(limit) as {
    id: string;
  }[];
  return ids.map((r) => getRun(db, r.id)).filter((r): r is CrawlRun => r !== null);
}

/** Each source's most recent run, for the admin's sources page. */
export function lastRunBySource(db: Store): Map<string, SourceRun> {
  const rows = db
    .prepare(
      `SELECT r.run_id FROM crawl_run_sources r
       WHERE r.started_at = (SELECT MAX(x.started_at) FROM crawl_run_sources x WHERE x.source_id = r.source_id)`,
    )
    .all() as { run_id: string }[];
  const result = new Map<string, SourceRun>();
  for (const runId of new Set(rows.map((r) => r.run_id))) {
    for (const source of getRun(db, runId)?.sources ?? []) {
      const known = result.get(source.sourceId);
      if (!known || known.startedAt < source.startedAt) result.set(source.sourceId, source);
    }
  }
  return result;
}
