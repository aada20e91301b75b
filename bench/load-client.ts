import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';

/**
 * One load-benchmark client in its own process (started by `load-bench.ts` over IPC): either the
 * 50 search connections cycling through the query mix, or the health monitor. Each in its own
 * process so that neither's figures include the other's event-loop delay. It answers with
 * autocannon's result and its own event-loop delay over the run.
 */
export interface ClientTask {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  /** Paths to cycle through, whichever connection sends them; none asks `url` itself. */
  paths?: string[];
}

export interface ClientReport {
  result: autocannon.Result;
  /**
   * Latency of each successful answer as measured, without autocannon's coordinated-omission
   * correction. With a rate (the health monitor's 20 a second), autocannon records every answer
   * slower than `Math.ceil(1 / rate)` as that many answers (autocannon 8, lib/run.js): 1 ms for any
   * rate of one a second or more, where the monitor's cadence is 50 ms. Its pacing sends a second's
   * requests back to back and catches up within the second, so no request goes unsent during a
   * stall, yet one 29 ms answer was recorded as 29 answers of 29, 28 ... 1 ms, which alone set the
   * run's p99. These are the answers themselves; `result.latency` keeps autocannon's estimate.
   */
  answers: { count: number; p50: number; p99: number; max: number };
  loop: { p50: number; p99: number; max: number };
}

/** The value at or below which `share` of the sorted samples lie (HdrHistogram's definition). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] ?? 0;
}

function requests(paths: string[] | undefined): autocannon.Request[] | undefined {
  if (!paths || paths.length === 0) return undefined;
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
    },
  ];
}

export function runClient(task: ClientTask): Promise<ClientReport> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: task.url,
        connections: task.connections,
        duration: task.duration,
        overallRate: task.overallRate,
        requests: requests(task.paths),
      },
      (error, result) => {
        delay.disable();
        if (error) return reject(error);
        const ms = (ns: number) => ns / 1e6;
        const sorted = times.sort((a, b) => a - b);
        resolve({
          result,
          answers: {
            count: sorted.length,
            p50: percentile(sorted, 0.5),
            p99: percentile(sorted, 0.99),
            max: sorted.at(-1) ?? 0,
          },
          loop: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
}

// Run as a child: one task in, one report out, then exit.
if (process.send) {
  process.once('message', async (task: ClientTask) => {
    let answer: { report?: ClientReport; error?: string };
    try {
      answer = { report: await runClient(task) };
    } catch (error) {
      answer = { error: (error as Error).message };
    }
    // Leaves once the answer is on its way, which the open channel would otherwise prevent.
    process.send?.(answer, undefined, {}, () => process.disconnect?.());
  });
}
