import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../cli/commands/index';
import { runCli } from '../../cli/run-cli';

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'offramp-cli-'));
  const code = await runCli(
    argv,
    { OFFRAMP_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    },
  );
  return { code, stdout, stderr, dataDir };
}

describe('the offramp CLI', () => {
  it.each(Object.keys(commands))('`%s --help` prints usage and exits 0', async (name) => {
    const { code, stdout } = await run([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: npm run offramp -- ${name}`);
  });

  it('lists the commands with --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const name of Object.keys(commands)) expect(stdout).toContain(name);
  });

  it('exits 2 on an unknown flag and names it', async () => {
    const { code, stderr } = await run(['migrate', '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('--frobnicate');
  });

  it('exits 2 on an unknown command', async () => {
    const { code, stderr } = await run(['launch']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command "launch"');
  });

  it('exits 2 on a bad --port value', async () => {
    const { code, stderr } = await run(['serve', '--port', 'ninety']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port');
  });

  it('exits 2 with the variable named when the configuration is invalid', async () => {
    const { code, stderr } = await run(['migrate'], { CRAWL_RATE_LIMIT: 'fast' });
    expect(code).toBe(2);
    expect(stderr).toContain('CRAWL_RATE_LIMIT');
  });

  it('`migrate --json` prints only JSON on stdout', async () => {
    const { code, stdout } = await run(['migrate', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.applied.length).toBeGreaterThan(0);
  });

  it('`backup` without a file prints usage and exits 2', async () => {
    const { code, stderr } = await run(['backup']);
    expect(code).toBe(2);
    expect(stderr).toContain('backup <file>');
  });
});
