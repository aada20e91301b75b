import type { Logger } from 'pino';
import pino from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Callers log chosen fields only, never whole requests, so no body, cookie,
 * client address or query string can slip in; the redact list is a second line of defence.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req',
          'headers',
          'cookie',
          'cookies',
          'body',
          'query',
          'ip',
          'email',
          'password',
          '*.password',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** Log lines are gathered up to this many bytes before one write. */
export const LOG_BUFFER_BYTES = 4096;
/** ...and written at least this often, so a quiet server's lines still reach the journal promptly. */
export const LOG_FLUSH_MS = 250;

/**
 * A log destination for a busy server: pino's own SonicBoom on a file descriptor (stderr by
 * default), asynchronous and buffered. A synchronous destination costs one write(2) per line on
 * the thread that logs, which under load is one per request; this one writes about 4 kB at a time
 * from libuv's thread pool (https://github.com/pinojs/pino/blob/main/docs/asynchronous.md).
 *
 * Nothing is lost on the way out: on the main thread pino flushes it synchronously on 'exit', which
 * Node emits on `process.exit`, when the loop runs dry and after an uncaught exception. A signal
 * ends a process without 'exit', so `serve` handles SIGTERM and SIGINT by stopping and exiting
 * (and a second one by `flushLogSync` first). A worker thread, which pino does not hook, calls
 * `flushLog` before it is stopped.
 */
export function bufferedDestination(fd = 2): pino.DestinationStream {
  return pino.destination({
    dest: fd,
    sync: false,
    minLength: LOG_BUFFER_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  });
}

/** Resolves once every line logged so far has been written (for a worker thread about to stop). */
export function flushLog(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

/** Writes out a buffered destination's lines now, for a process about to end without 'exit'. */
export function flushLogSync(logger: Logger): void {
  const stream: { flushSync?: unknown } | undefined = Reflect.get(logger, pino.symbols.streamSym);
  try {
    if (typeof stream?.flushSync === 'function') stream.flushSync();
  } catch {
    // Not yet open, or already closed: nothing is held.
  }
}
