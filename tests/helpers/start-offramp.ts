import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const cliEntry = fileURLToPath(new URL('../../cli/offramp.ts', import.meta.url));

export interface RunningOfframp {
  baseUrl: string;
  dataDir: string;
  logLines: string[];
  stop(): Promise<void>;
}

/**
 * Starts the real server (`offramp serve`) as a child process on a free loopback port and waits for
 * its "listening" log line.
 */
export async function startOfframp(env: Record<string, string> = {}): Promise<RunningOfframp> {
  const dataDir = env.OFFRAMP_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'offramp-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', cliEntry, 'serve', '--port', '0'], {
    env: { PATH: process.env.PATH ?? '', OFFRAMP_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    // A server that never says it is listening is stopped, not left running after the test. The
    // wait is generous (a busy 2-core host once took over 30 s to start one) but ends before an
    // e2e test's own 60 s limit, so this timer, not vitest's, stops the child.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${logLines.join('\n')}`));
    }, 45_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${logLines.join('\n')}`)));
    if (!child.stderr) throw new Error('no stderr');
    createInterface({ input: child.stderr }).on('line', (line) => {
      logLines.push(line);
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === 'listening' && entry.port) {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    logLines,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
