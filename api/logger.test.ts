import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bufferedDestination, createLogger, flushLog, LOG_BUFFER_BYTES } from './logger';

const loggerModule = fileURLToPath(new URL('./logger.ts', import.meta.url));

/** The request lines a server writes, one per request, as the access log writes them. */
const requestLine = (i: number) => ({
  reqId: `r${i}`,
  method: 'GET',
  route: '/api/leads',
  status: 200,
  ms: 1.2,
});

/**
 * Runs a Node process that logs `lines` request lines through the buffered destination on a file
 * and then ends the way `ending` says, at once, with the lines still in the buffer.
 */
function logThenEnd(ending: string, lines: number): { status: number | null; logged: string[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'offramp-log-')), 'serve.log');
  const fd = openSync(file, 'w');
  const script = `
    import { bufferedDestination, createLogger } from ${JSON.stringify(loggerModule)};
    const logger = createLogger('info', bufferedDestination(3));
    for (let i = 0; i < ${lines}; i++) logger.info(${JSON.stringify(requestLine(0))}, 'request');
    ${ending}
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'ignore', 'pipe', fd],
    timeout: 30_000,
  });
  closeSync(fd);
  return { status: run.status, logged: readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}

describe('the buffered log destination', () => {
  it('writes every line logged just before process.exit, as serve exits after SIGTERM', () => {
    const { status, logged } = logThenEnd('process.exit(0);', 7);
    expect(status).toBe(0);
    expect(logged).toHaveLength(7);
    expect(JSON.parse(logged[6] ?? '{}')).toMatchObject({ level: 30, msg: 'request', route: '/api/leads' });
  });

  it('writes every line logged just before a fatal error ends the process', () => {
    const { status, logged } = logThenEnd("setImmediate(() => { throw new Error('fatal'); });", 5);
    expect(status).toBe(1);
    expect(logged).toHaveLength(5);
  });

  it('writes every line when the process ends by itself, and more than one buffer of them', () => {
    const lines = Math.ceil((3 * LOG_BUFFER_BYTES) / 80);
    const { status, logged } = logThenEnd('', lines);
    expect(status).toBe(0);
    expect(logged).toHaveLength(lines);
  });

  it('keeps the log line exactly as a synchronous destination writes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-log-'));
    const fd = openSync(join(dir, 'buffered.log'), 'w');
    const buffered = createLogger('info', bufferedDestination(fd));
    const lines: string[] = [];
    const plain = createLogger('info', { write: (line: string) => void lines.push(line) });
    for (const logger of [buffered, plain])
      logger.info({ ...requestLine(1), headers: { cookie: 'x' }, email: 'a@b.c' }, 'request');
    // flushLog resolves once the line is in the file, not merely handed to the thread pool.
    await flushLog(buffered);
    closeSync(fd);
    const written = readFileSync(join(dir, 'buffered.log'), 'utf8');
    // Same fields, same redaction; only the timestamp can differ.
    const withoutTime = (line: string) => line.replace(/"time":"[^"]+"/, '"time":""');
    expect(withoutTime(written)).toBe(withoutTime(lines[0] ?? ''));
    expect(written).toContain('"headers":"[redacted]"');
    expect(written).not.toContain('a@b.c');
  });
});
