import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Each request's id, echoed in `X-Request-Id` and written in its log line. A client may pass its
 * own only when it is a UUID (RFC 9562); anything else could carry text into the logs, so a fresh
 * one is made instead.
 */
export const requestIds = (): MiddlewareHandler<{ Variables: RequestIdVariables }> => async (c, next) => {
  const given = c.req.header('x-request-id') ?? '';
  const id = UUID.test(given) ? given.toLowerCase() : randomUUID();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
};
