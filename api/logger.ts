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
