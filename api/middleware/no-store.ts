import type { MiddlewareHandler } from 'hono';

/**
 * API answers can carry personal data (client notes, intake, even a search a seeker typed), so no
 * cache along the way may keep them (RFC 9111 section 5.2.2.5). A route that serves public data on
 * purpose (the Atom feed of a search) says so with its own `public` Cache-Control, which is kept.
 */
export const noStore = (): MiddlewareHandler => async (c, next) => {
  await next();
  if (/\bpublic\b/.test(c.res.headers.get('Cache-Control') ?? '')) return;
  c.header('Cache-Control', 'no-store');
};
