import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into the `offramp serve` process the load benchmark starts (`node --import`), never
 * imported by product code: it measures the server main thread's event-loop delay (the wait any
 * request, a health check first of all, has before its handler runs) and the process's CPU time,
 * between a `reset` and a `report` message over the benchmark's IPC channel. Plain JavaScript,
 * because serve's worker threads inherit its `--import` flags and load it too (where there is no
 * IPC channel, so it does nothing).
 */
if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let cpuAt = process.cpuUsage();
  let wallAt = performance.now();
  process.on('message', (message) => {
    if (message?.probe === 'reset') {
      delay.reset();
      cpuAt = process.cpuUsage();
      wallAt = performance.now();
    } else if (message?.probe === 'report') {
      const cpu = process.cpuUsage(cpuAt);
      process.send?.({
        probe: {
          p50: delay.percentile(50) / 1e6,
          p99: delay.percentile(99) / 1e6,
          max: delay.max / 1e6,
          cpuSeconds: (cpu.user + cpu.system) / 1e6,
          wallSeconds: (performance.now() - wallAt) / 1e3,
        },
      });
    }
  });
  // The channel must not keep serve alive after SIGTERM (a 'message' listener refs it).
  process.channel?.unref();
}
