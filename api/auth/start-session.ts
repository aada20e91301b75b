import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { Config } from '../../core/config';
import { createSession } from '../../store/advisers-repo';
import type { Store } from '../../store/open-store';
import { SESSION_COOKIE } from './session-middleware';

/**
 * Opens a session and sets its cookie: httpOnly so scripts cannot read it, SameSite=Lax so other
 * sites' forms do not carry it, and Secure when served over TLS behind a proxy (RFC 6265bis 4.1.2).
 * Returns the session's CSRF token, which the page sends back in X-CSRF-Token.
 */
export function startSession(
  c: Context,
  db: Store,
  config: Pick<Config, 'SESSION_MAX_HOURS' | 'TRUST_PROXY'>,
  adviserId: string,
): string {
  const { token, csrfToken } = createSession(db, adviserId, config.SESSION_MAX_HOURS);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.TRUST_PROXY,
    path: '/',
    maxAge: config.SESSION_MAX_HOURS * 3600,
  });
  return csrfToken;
}
