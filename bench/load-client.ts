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
  loop: { p50: number; p99: number; max: number };
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
  return new Promise((resolve, reject) => {
    autocannon(
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
        resolve({
          result,
          loop: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
        });
      },
    );
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
