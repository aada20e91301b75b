import { fork } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseSearchParams } from '../core/search/search-params';
import type { SearchEngine } from '../search/search-engine';
import { fmt, line, percentile, timeIt } from './measure';

const EVERY_MS = 25;
const CHANGED = 500;
const BATCHES = 10;

/** Searches over HTTP every 25 ms until `stop` is set; returns each one's latency. */
async function searchEvery(url: (k: number) => string, stop: { done: boolean }): Promise<number[]> {
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  for (let k = 0; !stop.done; k++) {
    inFlight.push(
      timeIt(async () => (await fetch(url(k))).json()).then(({ ms }) => {
        latencies.push(ms);
      }),
    );
    await sleep(EVERY_MS);
  }
  await Promise.all(inFlight);
  return latencies;
}

/**
 * Issue 18's measurement: the API answers a search every 25 ms while a crawl in another process
 * (bench/crawl-writer.ts, as a CLI crawl beside the server) changes 500 leads in batches. Then the time from the
 * crawl's last write until the changed titles are found. Beside it: the same searches with no crawl.
 */
export async function searchDuringCrawl(
  dir: string,
  engine: SearchEngine,
  port: number,
  queries: Record<string, string>[],
): Promise<void> {
  const url = (k: number) =>
    `http://127.0.0.1:${port}/api/leads?${new URLSearchParams(queries[k % queries.length])}`;
  const quietStop = { done: false };
  const quietRun = searchEvery(url, quietStop);
  await sleep(2000);
  quietStop.done = true;
  const quiet = await quietRun;

  const stop = { done: false };
  const during = searchEvery(url, stop);
  await sleep(300);
  const writer = fork(
    fileURLToPath(new URL('./crawl-writer.ts', import.meta.url)),
    [dir, String(CHANGED), String(BATCHES)],
    {
      execArgv: ['--import', 'tsx'],
    },
  );
  const { lastWrite } = await new Promise<{ lastWrite: number }>((resolve, reject) => {
    writer.once('message', (m) => resolve(m as { lastWrite: number }));
    writer.once('error', reject);
  });
  // Until the last batch's new title is searchable (through the engine, as the API reads it),
  // looked for at the searches' own cadence: this probe runs in the server's process, so polling
  // faster would add its own searches to the event loop whose latency is being measured (a search
  // no longer waits for a patch, so each look while one is under way answers at once).
  const last = parseSearchParams({ q: `crawlchanged${BATCHES - 1}`, perPage: '1' });
  let searchable = Number.NaN;
  for (let tries = 0; tries < 400; tries++) {
    if ((await engine.search(last)).total >= CHANGED / BATCHES - 5) {
      searchable = Date.now() - lastWrite;
      break;
    }
    await sleep(EVERY_MS);
  }
  await sleep(500);
  stop.done = true;
  const busy = await during;

  const show = (xs: number[]) =>
    `p50 ${fmt(percentile(xs, 50), 1)} / p99 ${fmt(percentile(xs, 99), 1)} / max ${fmt(Math.max(...xs), 1)} ms`;
  line(`HTTP search every ${EVERY_MS} ms, quiet (baseline)`, `${show(quiet)} (${quiet.length} searches)`);
  line(`... while a crawl changes ${CHANGED} leads`, `${show(busy)} (${busy.length} searches)`);
  line('   goal, and issue 18 before', 'p99 ≤ 50 ms, max ≤ 150 ms; before: p99 1,625 ms, max 2,610 ms');
  line(
    'last upsert until its titles are searchable',
    `${fmt(searchable)} ms (goal ≤ 1,000 ms; another process wrote them: the engine's watch found them)`,
  );
}
