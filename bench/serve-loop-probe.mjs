import { readdirSync, readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { createHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * CPU seconds of each of this process's threads by name (Linux's /proc/self/task/TID/stat: comm,
 * utime and stime in clock ticks, 100 a second), the main thread as "main"; empty elsewhere.
 */
function threadCpu() {
  const byName = {};
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name =
        tid === String(process.pid) ? 'main' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byName[name] = (byName[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100;
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return byName;
}

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
  // How long serve itself takes over each health check, from its 'request' event (headers parsed)
  // to the answer handed to the kernel: the part of the monitor's latency spent inside serve.
  const health = createHistogram();
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (event, ...args) {
    const [req, res] = args;
    if (event === 'request' && req.url === '/api/health') {
      const started = process.hrtime.bigint();
      res.once('finish', () => health.record(process.hrtime.bigint() - started || 1n));
    }
    return emit.call(this, event, ...args);
  };
  let cpuAt = process.cpuUsage();
  let wallAt = performance.now();
  let threadsAt = threadCpu();
  process.on('message', (message) => {
    if (message?.probe === 'reset') {
      delay.reset();
      health.reset();
      cpuAt = process.cpuUsage();
      wallAt = performance.now();
      threadsAt = threadCpu();
    } else if (message?.probe === 'report') {
      const cpu = process.cpuUsage(cpuAt);
      const threads = threadCpu();
      for (const name of Object.keys(threads)) threads[name] -= threadsAt[name] ?? 0;
      process.send?.({
        probe: {
          p50: delay.percentile(50) / 1e6,
          p99: delay.percentile(99) / 1e6,
          max: delay.max / 1e6,
          cpuSeconds: (cpu.user + cpu.system) / 1e6,
          wallSeconds: (performance.now() - wallAt) / 1e3,
          threadSeconds: threads,
          health: {
            p50: health.percentile(50) / 1e6,
            p99: health.percentile(99) / 1e6,
            max: health.max / 1e6,
          },
        },
      });
    }
  });
  // The channel must not keep serve alive after SIGTERM (a 'message' listener refs it).
  process.channel?.unref();
}
