import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs a script in a fresh Node process (with tsx, as the CLI runs) and says how it ended: on its
 * own once its work was done, or still running and killed. Worker pools start threads and leave
 * them idle; an idle thread must never hold a process open. Node refs a worker's message port
 * again when its first 'message' listener is added, so a pool that unref'd a thread before adding
 * it kept the process alive forever: a `serve` that had run one crawl (its prepare threads warmed,
 * nothing prepared) never exited after SIGTERM.
 */
function howItEnds(script: string, deadlineMs = 30_000): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL(`fixtures/${script}`, import.meta.url))],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const done = () => (stderr.match(/WORK DONE: (.*)/)?.[1] ?? 'work not done').trim();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(`${done()}; still running ${deadlineMs / 1000} s later`);
    }, deadlineMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(`${done()}; exited with code ${code}`);
    });
  });
}

describe('idle worker threads never keep a process alive', () => {
  it('the crawl prepare pool, warmed for a crawl that then prepared nothing', async () => {
    expect(await howItEnds('warm-prepare-pool.ts')).toBe('2 prepare threads ready; exited with code 0');
  }, 60_000);

  it('the grammar-check pool, warmed and then idle', async () => {
    expect(await howItEnds('warm-grammar-pool.ts')).toBe('grammar thread ready; exited with code 0');
  }, 60_000);
});
