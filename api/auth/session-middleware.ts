import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Config } from '../../core/config';
import type { Session } from '../../store/advisers-repo';
import { resumeSession } from '../../store/advisers-repo';
import type { Store } from '../../store/open-store';
import { sameToken } from '../../store/token-hash';
import { apiError } from '../api-error';

export const SESSION_COOKIE = 'offramp_session';

export type SessionVariables = { session: Session; sessionToken: string };

/**
 * Requires a live adviser session (401 otherwise). State-changing requests must also carry the
 * session's CSRF token in X-CSRF-Token (403 otherwise): a cross-site form cannot read it, and the
 * SameSite=Lax cookie is not sent on cross-site POSTs in the first place (defence in depth, as
 * OWASP's CSRF cheat sheet recommends).
 */
export function requireSession(
  db: Store,
  config: Pick<Config, 'SESSION_IDLE_MINUTES'>,
): MiddlewareHandler<{ Variables: SessionVariables }> {
  return async (c, next) => {
    // Nested sub-apps (/auth and /auth/second-factor) both guard their routes: check once.
    if (c.get('session')) return next();
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? resumeSession(db, token, config.SESSION_IDLE_MINUTES) : null;
    if (!session || !token) throw apiError(401, 'unauthorized', 'Sign in as an adviser to continue.');
    if (
      !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) &&
      !sameToken(c.req.header('x-csrf-token') ?? '', session.csrfToken)
    ) {
      throw apiError(
        403,
        'csrf',
        'This request did not come from an Offramp page. Reload the page and try again.',
      );
    }
    c.set('session', session);
    c.set('sessionToken', token);
    await next();
  };
}

/**
 * Admin-only routes refuse advisers with 403, and refuse an admin who has not set up a second
 * factor yet: admins can change sources, exclusions and accounts, so a password alone is not enough.
 */
export const requireAdmin = (): MiddlewareHandler<{ Variables: SessionVariables }> => async (c, next) => {
  const session = c.get('session');
  if (session.adviser.role !== 'admin') throw apiError(403, 'forbidden', 'Only an admin can do this.');
  if (!session.secondFactor)
    throw apiError(
      403,
      'second_factor_required',
      'Set up an authenticator app for this account before using admin pages.',
    );
  await next();
};
