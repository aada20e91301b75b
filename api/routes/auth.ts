import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Config } from '../../core/config';
import {
  audit,
  createSession,
  endAllSessions,
  endSession,
  findAdviserByEmail,
  passwordHashOf,
  setPasswordHash,
} from '../../store/advisers-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import type { LoginLimiter } from '../auth/login-limiter';
import { hashPassword, verifyPassword } from '../auth/password';
import type { SessionVariables } from '../auth/session-middleware';
import { requireSession, SESSION_COOKIE } from '../auth/session-middleware';
import { validate } from '../validate';

const loginBody = z.strictObject({ email: z.email().max(320), password: z.string().min(1).max(1000) });
const passwordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(12, 'must be at least 12 characters').max(1000),
});

/** A hash to compare against when the account does not exist, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Adviser sign-in, sign-out and password change. */
export const authRoutes = (db: Store, config: Config, limiter: LoginLimiter) => {
  /** Opens a session and sets its cookie: httpOnly, SameSite=Lax, Secure behind TLS. Returns the CSRF token. */
  const startSession = (c: Context, adviserId: string): string => {
    const { token, csrfToken } = createSession(db, adviserId, config.SESSION_MAX_HOURS);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.TRUST_PROXY,
      path: '/',
      maxAge: config.SESSION_MAX_HOURS * 3600,
    });
    return csrfToken;
  };
  return new Hono<{ Variables: SessionVariables }>()
    .post('/login', validate('json', loginBody), async (c) => {
      const { email, password } = c.req.valid('json');
      const keys: [string, string][] = [
        ['email', email],
        ['client', clientAddress(c)],
      ];
      const wait = limiter.waitFor(keys);
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        throw apiError(
          429,
          'rate_limited',
          `Too many failed sign-ins. Try again in ${Math.ceil(wait / 1000)} seconds.`,
        );
      }
      const adviser = findAdviserByEmail(db, email);
      decoyHash ??= hashPassword('decoy password that matches nothing');
      const ok = await verifyPassword(password, adviser?.passwordHash ?? (await decoyHash));
      if (!adviser || adviser.disabled || !ok) {
        limiter.fail(keys);
        throw apiError(
          401,
          'invalid_credentials',
          'That email and password do not match an adviser account.',
        );
      }
      limiter.succeed(keys);
      const csrfToken = startSession(c, adviser.id);
      audit(db, adviser.id, 'login', null);
      return c.json(
        { adviser: { id: adviser.id, email: adviser.email, role: adviser.role }, csrfToken },
        200,
      );
    })
    .use('/*', requireSession(db, config))
    .get('/me', (c) => {
      const { adviser, csrfToken } = c.get('session');
      return c.json({ adviser, csrfToken }, 200);
    })
    .post('/logout', (c) => {
      endSession(db, c.get('sessionToken'));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      audit(db, c.get('session').adviser.id, 'logout', null);
      return c.json({ signedOut: true }, 200);
    })
    .post('/logout-everywhere', (c) => {
      const ended = endAllSessions(db, c.get('session').adviser.id);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      audit(db, c.get('session').adviser.id, 'logout-everywhere', null);
      return c.json({ sessionsEnded: ended }, 200);
    })
    .post('/password', validate('json', passwordBody), async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const adviser = c.get('session').adviser;
      const stored = passwordHashOf(db, adviser.id);
      if (!stored || !(await verifyPassword(currentPassword, stored)))
        throw apiError(403, 'invalid_credentials', 'currentPassword: does not match');
      setPasswordHash(db, adviser.id, await hashPassword(newPassword));
      // A new password ends every other session.
      endAllSessions(db, adviser.id);
      const csrfToken = startSession(c, adviser.id);
      audit(db, adviser.id, 'password-change', null);
      return c.json({ changed: true, csrfToken }, 200);
    });
};
