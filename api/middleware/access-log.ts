import type { MiddlewareHandler } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import { routePath } from 'hono/route';
import { logSafe } from '../../core/log-safe';
import type { Logger } from '../logger';

/**
 * One log line per request: method, the matched route pattern (`/api/leads/:id`, not the real path,
 * so ids and search terms never reach the log), status and duration. Hono's stock `logger()` prints
 * the full URL with its query string, which would leak searches, hence this. After `next()` Hono has
 * left the route index on the deepest handler that ran, so `routePath` names the route that answered.
 */
export function accessLog(logger: Logger): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      reqId: logSafe(c.get('requestId')),
      method: logSafe(c.req.method, 10),
      route: logSafe(routePath(c)),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(fields, 'request failed');
    else logger.info(fields, 'request');
  };
}
