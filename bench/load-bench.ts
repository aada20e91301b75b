import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { backgroundIds } from '../core/fit/backgrounds';
import { SCORER_VERSION } from '../core/fit/create-scorer';
import { migrate } from '../store/migrate';
import { openStore } from '../store/open-store';
import { recordScorerVersion } from '../store/rescore-leads';
import { fillStore } from '../tests/helpers/synthetic-leads';
import { fmt, line } from './measure';
import { BENCH_QUERIES } from './search-bench';

/**
 * The 113-query mix: each of the 20 representative searches on pages 1 to 5, and 13 with a
 * seeker's background (which re-ranks by that background's fit).
 */
export function loadMix(): string[] {
  const paths: string[] = [];
  for (const query of BENCH_QUERIES)
    for (let page = 1; page <= 5; page++)
      paths.push(`/api/leads?${new URLSearchParams({ ...query, page: String(query.page ?? page) })}`);
  for (let i = 0; i < 13; i++) {
    const query = BENCH_QUERIES[i] ?? {};
    const background = backgroundIds[i % backgroundIds.length] ?? '';
    paths.push(`/api/leads?${new URLSearchParams({ ...query, background })}`);
  }
  return paths;
}

/** Starts `offramp serve` on the data dir in its own process and resolves with its address. */
function startServe(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/offramp.ts', 'serve', '--port', '0'], {
    env: { ...process.env, OFFRAMP_DATA_DIR: dataDir, CRAWL_INTERVAL_HOURS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000);
      const match = /running at (http:\/\/[^/\s]+)\//.exec(seen);
      if (match?.[1]) {
        child.stdout.off('data', onData);
        // Keep draining its output (the access log) so the server never blocks on a full pipe.
        child.stdout.resume();
        resolve({
          url: match[1],
          stop: async () => {
            child.kill('SIGTERM');
            await stopped;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${seen}`)));
  });
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Requests cycle through the mix, whichever connection sends them. */
function mixRequests(paths: string[]): autocannon.Request[] {
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/api/leads' }),
    },
  ];
}

function report(label: string, result: autocannon.Result): void {
  const failed = result.non2xx + result.errors + result.timeouts;
  line(
    label,
    `${fmt(result.requests.average)} req/s, p50 ${fmt(result.latency.p50)} ms, p99 ${fmt(result.latency.p99)} ms` +
      (failed > 0 ? `, ${fmt(failed)} failed` : ''),
  );
}

/**
 * `npm run bench -- load`: `offramp serve` on a 20,000-lead store, the 113-query mix over 50
 * connections for 30 s (goals: 1,000 searches/s, p99 100 ms) while a monitor asks /api/health 20
 * times a second (goal: p99 20 ms), beside the same mix over one connection.
 */
export async function loadBench(
  leads = Number(process.env.LOAD_BENCH_LEADS ?? 20_000),
  seconds = Number(process.env.LOAD_BENCH_SECONDS ?? 30),
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'offramp-load-'));
  const db = openStore(dir);
  migrate(db);
  fillStore(db, leads);
  // The store stands for one the crawl pipeline keeps, scored by the scorer serve runs. Without
  // this, serve would start by rescoring every synthetic lead (a once-per-upgrade job) during the run.
  recordScorerVersion(db, SCORER_VERSION);
  db.close();
  const server = await startServe(dir);
  try {
    const paths = loadMix();
    console.log(`\nload: offramp serve, ${fmt(leads)} leads, ${paths.length} queries`);
    // Warm-up: every query once, as real traffic would have asked them before.
    for (const path of paths) await fetch(server.url + path).then((r) => r.arrayBuffer());
    const single = await run({ url: server.url, connections: 1, duration: 5, requests: mixRequests(paths) });
    report('one connection, 5 s (baseline)', single);
    const [searches, health] = await Promise.all([
      run({ url: server.url, connections: 50, duration: seconds, requests: mixRequests(paths) }),
      run({ url: `${server.url}/api/health`, connections: 1, overallRate: 20, duration: seconds }),
    ]);
    report(`50 connections, ${seconds} s (goal 1,000/s, p99 100 ms)`, searches);
    report('  /api/health meanwhile (goal p99 20 ms)', health);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
