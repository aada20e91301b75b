import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backgroundIds } from '../core/fit/backgrounds';
import { SCORER_VERSION } from '../core/fit/create-scorer';
import { migrate } from '../store/migrate';
import { openStore } from '../store/open-store';
import { recordScorerVersion } from '../store/rescore-leads';
import { fillStore } from '../tests/helpers/synthetic-leads';
import type { ClientReport, ClientTask } from './load-client';
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

/**
 * The load generator's nice value. The 50 search connections run on the same 2 cores as the
 * server they load, which a deployment's clients never do; at the server's own priority they took
 * CPU from its main thread, the thread whose promptness /api/health measures. They run at the
 * search worker threads' priority (nice 5, see search-worker-app.ts): below the main thread, and
 * level with the search work they feed, so neither starves the other.
 */
const LOAD_NICE = 5;

interface ServerLoop {
  p50: number;
  p99: number;
  max: number;
  cpuSeconds: number;
  wallSeconds: number;
  /** CPU seconds by thread name ("main" for the main thread), where the OS reports them. */
  threadSeconds: Record<string, number>;
  /** Serve's own time over each health check: its 'request' event to the answer written. */
  health: { p50: number; p99: number; max: number };
}

interface Serve {
  url: string;
  /** The server main thread's event-loop delay and the process's CPU since the last reset. */
  probe(message: 'reset' | 'report'): Promise<ServerLoop | undefined>;
  stop(): Promise<void>;
}

/**
 * Starts `offramp serve` on the data dir in its own process, with the loop probe preloaded, and
 * resolves with its address. Its log goes to a file, as a deployment's goes to the journal or a
 * file, rather than through a pipe this process would have to drain during the run.
 */
function startServe(dataDir: string): Promise<Serve> {
  const logPath = join(dataDir, 'serve.log');
  const log = openSync(logPath, 'w');
  const probe = fileURLToPath(new URL('./serve-loop-probe.mjs', import.meta.url));
  // Extra Node flags for the serve process only, to profile it under the load, e.g.
  // LOAD_BENCH_SERVE_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof' (NODE_OPTIONS refuses --cpu-prof).
  const flags = (process.env.LOAD_BENCH_SERVE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...flags, '--import', 'tsx', '--import', probe, 'cli/offramp.ts', 'serve', '--port', '0'],
    {
      env: { ...process.env, OFFRAMP_DATA_DIR: dataDir, CRAWL_INTERVAL_HOURS: '0' },
      stdio: ['ignore', log, log, 'ipc'],
    },
  );
  closeSync(log);
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const serve = (url: string): Serve => ({
    url,
    probe: (message) =>
      new Promise((resolve) => {
        if (message === 'reset') {
          child.send({ probe: 'reset' });
          return resolve(undefined);
        }
        child.once('message', (answer: { probe?: ServerLoop }) => resolve(answer.probe));
        child.send({ probe: 'report' });
      }),
    stop: async () => {
      child.kill('SIGTERM');
      await stopped;
    },
  });
  return new Promise((resolve, reject) => {
    const watch = setInterval(() => {
      const match = /running at (http:\/\/[^/\s]+)\//.exec(readFileSync(logPath, 'utf8'));
      if (match?.[1]) {
        clearInterval(watch);
        resolve(serve(match[1]));
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(watch);
      reject(
        new Error(`serve exited (${code}) before listening: ${readFileSync(logPath, 'utf8').slice(-4000)}`),
      );
    });
  });
}

/** Runs one client task in its own Node process (`load-client.ts`) at the given nice value. */
function runClient(task: ClientTask, nice = 0): Promise<ClientReport> {
  const client = fileURLToPath(new URL('./load-client.ts', import.meta.url));
  const node = [process.execPath, '--import', 'tsx', client];
  // `nice` starts the process at that priority, so all its threads (V8's included) have it.
  const child: ChildProcess =
    nice > 0
      ? spawn('nice', ['-n', String(nice), ...node], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      : spawn(node[0] as string, node.slice(1), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (answer: { report?: ClientReport; error?: string }) =>
      answer.report ? resolve(answer.report) : reject(new Error(answer.error ?? 'load client failed')),
    );
    child.once('error', (error) => reject(new Error(`could not start the load client: ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`load client exited (${code}) without a report`)));
    child.send(task);
  });
}

function report(label: string, { result }: ClientReport): void {
  const failed = result.non2xx + result.errors + result.timeouts;
  line(
    label,
    `${fmt(result.requests.average)} req/s, p50 ${fmt(result.latency.p50)} ms, p99 ${fmt(result.latency.p99)} ms, max ${fmt(result.latency.max)} ms` +
      (failed > 0 ? `, ${fmt(failed)} failed` : ''),
  );
}

const loadNow = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

/**
 * `npm run bench -- load`: `offramp serve` on a 20,000-lead store, the 113-query mix over 50
 * connections for 30 s (goals: 1,000 searches/s, p99 100 ms) while a monitor in another process
 * asks /api/health 20 times a second (goal: p99 20 ms), beside the same mix over one connection.
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
    console.log(
      `\nload: offramp serve, ${fmt(leads)} leads, ${paths.length} queries (load average ${loadNow()})`,
    );
    console.log(
      `  the search connections run in their own process at nice ${LOAD_NICE} (below the server's main thread), the health monitor in another at nice 0`,
    );
    // Warm-up: every query once, as real traffic would have asked them before.
    for (const path of paths) await fetch(server.url + path).then((r) => r.arrayBuffer());
    const single = await runClient({ url: server.url, connections: 1, duration: 5, paths }, LOAD_NICE);
    report('one connection, 5 s (baseline)', single);
    await server.probe('reset');
    const [searches, health] = await Promise.all([
      runClient({ url: server.url, connections: 50, duration: seconds, paths }, LOAD_NICE),
      runClient({ url: `${server.url}/api/health`, connections: 1, overallRate: 20, duration: seconds }),
    ]);
    const loop = await server.probe('report');
    report(`50 connections, ${seconds} s (goal 1,000/s, p99 100 ms)`, searches);
    // The goal is read from the answers themselves (load-client.ts, `answers`, says why), with
    // autocannon's coordinated-omission estimate beside them.
    const healthFailed = health.result.non2xx + health.result.errors + health.result.timeouts;
    line(
      '  /api/health meanwhile (goal p99 20 ms)',
      `${fmt(health.answers.count)} answers, p50 ${fmt(health.answers.p50, 1)} ms, p99 ${fmt(health.answers.p99, 1)} ms, max ${fmt(health.answers.max, 1)} ms` +
        (healthFailed > 0 ? `, ${fmt(healthFailed)} failed` : ''),
    );
    line(
      "    autocannon's estimate",
      `p99 ${fmt(health.result.latency.p99)} ms (each answer slower than 1 ms counted once a millisecond)`,
    );
    if (loop)
      line(
        '  serve main thread meanwhile',
        `event-loop delay p50 ${fmt(loop.p50, 1)} ms, p99 ${fmt(loop.p99, 1)} ms, max ${fmt(loop.max, 1)} ms; process CPU ${fmt(loop.cpuSeconds / loop.wallSeconds, 2)} cores`,
      );
    if (loop)
      line(
        '  serve itself over each health check',
        `p50 ${fmt(loop.health.p50, 2)} ms, p99 ${fmt(loop.health.p99, 2)} ms, max ${fmt(loop.health.max, 1)} ms (request parsed to answer written)`,
      );
    const perThread = Object.entries(loop?.threadSeconds ?? {}).sort((a, b) => b[1] - a[1]);
    const main = loop?.threadSeconds.main;
    if (main !== undefined && searches.result.requests.total > 0)
      line(
        '  serve CPU by thread (cores)',
        `${perThread
          .filter(([, s]) => s > 0.05 * (loop?.wallSeconds ?? 1))
          .map(([name, s]) => `${name} ${fmt(s / (loop?.wallSeconds ?? 1), 2)}`)
          .join(
            ', ',
          )}; main thread ${fmt((main * 1e6) / (searches.result.requests.total + health.result.requests.total))} µs a request`,
      );
    line(
      "  the clients' own event-loop delay p99",
      `search connections ${fmt(searches.loop.p99, 1)} ms, health monitor ${fmt(health.loop.p99, 1)} ms`,
    );
    console.log(`  load average after: ${loadNow()}`);
  } finally {
    await server.stop();
    // LOAD_BENCH_SERVE_LOG=path keeps serve's log (with LOAD_BENCH_SERVE_FLAGS=--trace-gc, say).
    if (process.env.LOAD_BENCH_SERVE_LOG)
      copyFileSync(join(dir, 'serve.log'), process.env.LOAD_BENCH_SERVE_LOG);
    rmSync(dir, { recursive: true, force: true });
  }
}
