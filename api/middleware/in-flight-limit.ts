import type { MiddlewareHandler } from 'hono';
import { apiError } from '../api-error';
import { clientAddress } from '../auth/client-address';

/**
 * At most `limit` requests per client running at once on a route (RFC 6585 4 for the 429). Meant
 * for work that is slow by nature, such as rendering a PDF, so one client cannot fill the queue.
 */
export function inFlightLimit(options: {
  limit: number;
  trustProxy: boolean;
  what: string;
}): MiddlewareHandler {
  const running = new Map<string, number>();
  return async (c, next) => {
    const client = clientAddress(c, options.trustProxy);
    const now = running.get(client) ?? 0;
    if (now >= options.limit) {
      c.header('Retry-After', '2');
      throw apiError(
        429,
        'rate_limited',
        `${options.limit} ${options.what} from this address are still running. Wait for one to finish.`,
      );
    }
    running.set(client, now + 1);
    try {
      await next();
    } finally {
      const left = (running.get(client) ?? 1) - 1;
      if (left <= 0) running.delete(client);
      else running.set(client, left);
    }
  };
}
