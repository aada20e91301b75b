import type { MiddlewareHandler } from 'hono';

/**
 * API answers can carry personal data (client notes, intake, even a search a seeker typed), so no
 * cache along the way may keep them (RFC 9111 section 5.2.2.5).
 */
export const noStore = (): MiddlewareHandler => async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
