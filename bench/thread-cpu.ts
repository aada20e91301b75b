import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of each of this process's threads, from Linux's /proc/self/task/<tid>/stat (utime and
 * stime, fields 14 and 15, in clock ticks of 10 ms: https://man7.org/linux/man-pages/man5/proc_pid_stat.5.html).
 * Event-loop busy time counts a thread as busy while it waits for a core; CPU time does not, so the
 * two side by side say how much of a run other threads and processes took. Empty off Linux.
 */
export function threadCpu(): Map<string, number> {
  const cpu = new Map<string, number>();
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return cpu;
  }
  for (const tid of tasks) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      cpu.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
}

/** CPU milliseconds between two readings: this thread, the `busiest` other threads, and the rest. */
export function cpuBetween(
  before: Map<string, number>,
  after: Map<string, number>,
  busiest: number,
): { main: number; threads: number[]; rest: number } | null {
  if (after.size === 0) return null;
  const main = String(process.pid);
  const spent = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const others = spent.filter((s) => s.tid !== main).sort((a, b) => b.ms - a.ms);
  return {
    main: spent.find((s) => s.tid === main)?.ms ?? 0,
    threads: others.slice(0, busiest).map((s) => s.ms),
    rest: others.slice(busiest).reduce((sum, s) => sum + s.ms, 0),
  };
}
