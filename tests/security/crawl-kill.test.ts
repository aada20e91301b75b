import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { databasePath } from '../../store/open-store';
import { sampleListings } from '../fixture-servers/sample-listings';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOARDS = ['alpha', 'bravo', 'charlie'];

let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

const quiet = { stdout: () => {}, stderr: () => {} };

async function setup() {
  sites = await startJobSites({
    greenhouse: Object.fromEntries(BOARDS.map((b) => [b, sampleListings(3, `${b} Co`)])),
  });
  const dir = mkdtempSync(join(tmpdir(), 'offramp-kill-'));
  const file = join(dir, 'sources.yaml');
  writeFileSync(
    file,
    `sources:\n${BOARDS.map((b) => `  - id: ${b}\n    type: greenhouse\n    board: ${b}\n    baseUrl: ${sites?.baseUrl}\n`).join('')}`,
  );
  const env = {
    OFFRAMP_DATA_DIR: dir,
    ALLOW_PRIVATE_HOSTS: 'true',
    CRAWL_RATE_LIMIT: '0',
    LOG_LEVEL: 'silent',
  };
  return { dir, file, env };
}

/** Runs `offramp crawl` in its own process and SIGKILLs it once the server sees `path`. */
async function crawlAndKillAt(file: string, env: Record<string, string>, path: string): Promise<boolean> {
  const server = sites as JobSites;
  const seen = server.requests.length;
  // The board being fetched never answers during this crawl, so the kill lands while that request is
  // in flight: with every board fetched at once, a fast crawl could otherwise finish before the kill.
  const stall = { pathPrefix: path, fault: 'timeout' as const };
  server.faults.push(stall);
  // node itself rather than the tsx wrapper, so that the pid killed is the one that owns the run;
  // the same crawl command as `offramp crawl`, without the CLI's unrelated modules.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/crawl-process.ts', '--sources', file],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let reached = false;
  for (let i = 0; i < 2400 && !reached; i++) {
    reached = server.requests.slice(seen).some((r) => r.path.startsWith(path));
    if (!reached) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  await exited;
  server.faults.splice(server.faults.indexOf(stall), 1);
  return reached;
}

function inspect(dir: string) {
  const db = new Database(databasePath(dir), { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      runs: db.prepare('SELECT status FROM crawl_runs ORDER BY started_at').all() as { status: string }[],
      sources: db.prepare("SELECT source_id, status FROM crawl_run_sources WHERE status = 'running'").all(),
      leads: db.prepare('SELECT status, count(*) AS n FROM leads GROUP BY status').all(),
    };
  } finally {
    db.close();
  }
}

describe('a crawl killed with SIGKILL', () => {
  it.each([
    ['at the first request of the run', '/v1/boards/alpha'],
    ['once the second board is being fetched', '/v1/boards/bravo'],
    ['once the third board is being fetched', '/v1/boards/charlie'],
  ])(
    '%s leaves a sound store, no run "running" after the next start, and every lead open',
    async (_when, path) => {
      const { dir, file, env } = await setup();
      expect(await runCli(['crawl', '--sources', file], env, quiet)).toBe(0);
      expect(await crawlAndKillAt(file, env, path)).toBe(true);
      const killed = inspect(dir);
      expect(killed.integrity).toBe('ok');
      expect(killed.runs.map((r) => r.status)).toEqual(['completed', 'running']);

      // The next start (another crawl) marks the killed run interrupted. It closed nothing, and
      // the complete run after it still finds all nine listed.
      expect(await runCli(['crawl', '--sources', file], env, quiet)).toBe(0);
      const after = inspect(dir);
      expect(after.integrity).toBe('ok');
      expect(after.runs.map((r) => r.status)).toEqual(['completed', 'interrupted', 'completed']);
      expect(after.sources).toEqual([]);
      expect(after.leads).toEqual([{ status: 'open', n: 9 }]);
    },
    90_000,
  );

  it('never marks a run that a live process owns', async () => {
    const { dir, env } = await setup();
    expect(await runCli(['crawl', '--source', 'none'], env, quiet)).toBe(2);
    const db = new Database(databasePath(dir));
    db.prepare(
      "INSERT INTO crawl_runs (id, trigger, status, started_at, owner_pid, owner_host) VALUES ('live', 'cli', 'running', ?, ?, ?)",
    ).run(new Date().toISOString(), process.ppid, (await import('node:os')).hostname());
    db.close();
    expect(await runCli(['crawl', '--source', 'none'], env, quiet)).toBe(2);
    expect(inspect(dir).runs.map((r) => r.status)).toEqual(['running']);
  });
});
