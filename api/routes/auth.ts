import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Config } from '../../core/config';
import type { Adviser } from '../../store/advisers-repo';
import {
  audit,
  endAllSessions,
  endSession,
  findAdviserByEmail,
  findAdviserById,
  passwordHashOf,
  setPasswordHash,
} from '../../store/advisers-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import {
  acceptTotpStep,
  challengeAdviser,
  createChallenge,
  endChallenge,
  recoveryCodesLeft,
  totpState,
  useRecoveryCode,
} from '../../store/second-factor-repo';
import { apiError } from '../api-error';
import { clientAddress } from '../auth/client-address';
import type { AttemptKey, LoginLimiter } from '../auth/login-limiter';
import { isWait } from '../auth/login-limiter';
import { hashPassword, verifyPassword } from '../auth/password';
import type { SessionVariables } from '../auth/session-middleware';
import { requireSession, SESSION_COOKIE } from '../auth/session-middleware';
import { startSession } from '../auth/start-session';
import { verifyTotp } from '../auth/totp';
import {
  loginDoc,
  logoutDoc,
  logoutEverywhereDoc,
  meDoc,
  passwordDoc,
  secondStepDoc,
} from '../openapi/auth-docs';
import { validate } from '../validate';

const loginBody = z.strictObject({ email: z.email().max(320), password: z.string().min(1).max(1000) });
const secondStepBody = z
  .strictObject({
    challenge: z.string().regex(/^[\w-]{20,100}$/, 'must be the challenge from the first step'),
    code: z.string().trim().max(20).optional(),
    recoveryCode: z.string().trim().max(40).optional(),
  })
  .refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), {
    message: 'give either code or recoveryCode',
    path: ['code'],
  });
const passwordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(12, 'must be at least 12 characters').max(1000),
});

/** A hash to compare against when the account does not exist, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;

/** Adviser sign-in, sign-out and password change. */
/**
 * The throttle's keys for one attempt. The account's budget is kept per client, so five wrong
 * passwords from somewhere else never lock the owner out; a client has its own, larger budget
 * across all the accounts it tries.
 */
function attemptKeys(c: Context, config: Config, email: string): AttemptKey[] {
  const client = clientAddress(c, config.TRUST_PROXY);
  return [
    ['account-client', `${email}\n${client}`],
    ['client', client],
  ];
}

export const authRoutes = (db: Store, config: Config, limiter: LoginLimiter, sealer: Sealer) => {
  const tooMany = (c: Context, wait: number) => {
    c.header('Retry-After', String(Math.ceil(wait / 1000)));
    return apiError(
      429,
      'rate_limited',
      `Too many failed sign-ins. Try again in ${Math.ceil(wait / 1000)} seconds.`,
    );
  };
  const signedIn = (c: Context, adviser: Adviser) => {
    const csrfToken = startSession(c, db, config, adviser.id);
    audit(db, adviser.id, 'login', null);
    return { adviser: { id: adviser.id, email: adviser.email, role: adviser.role }, csrfToken };
  };
  return new Hono<{ Variables: SessionVariables }>()
    .post('/login', loginDoc.describe, validate('json', loginBody), async (c) => {
      const { email, password } = c.req.valid('json');
      const keys = attemptKeys(c, config, email);
      // The place is taken before the slow hash, so parallel guesses are counted as they arrive.
      const attempt = limiter.reserve(keys);
      if (isWait(attempt)) throw tooMany(c, attempt.waitMs);
      const adviser = findAdviserByEmail(db, email);
      decoyHash ??= hashPassword('decoy password that matches nothing');
      const ok = await verifyPassword(password, adviser?.passwordHash ?? (await decoyHash));
      if (!adviser || adviser.disabled || !ok) {
        attempt.failed();
        throw apiError(
          401,
          'invalid_credentials',
          'That email and password do not match an adviser account.',
        );
      }
      if (adviser.secondFactor) {
        attempt.succeeded();
        // The password was right, but the account is not signed in until the code is checked.
        return loginDoc.json(
          c,
          { secondFactorRequired: true as const, challenge: createChallenge(db, adviser.id) },
          200,
        );
      }
      attempt.succeeded();
      return loginDoc.json(c, signedIn(c, adviser), 200);
    })
    .post('/login/second-factor', secondStepDoc.describe, validate('json', secondStepBody), (c) => {
      const { challenge, code, recoveryCode } = c.req.valid('json');
      const adviserId = challengeAdviser(db, challenge);
      const adviser = adviserId ? findAdviserById(db, adviserId) : null;
      if (!adviser || adviser.disabled)
        throw apiError(
          401,
          'challenge_expired',
          'This sign-in has expired. Enter your email and password again.',
        );
      const keys = attemptKeys(c, config, adviser.email);
      const attempt = limiter.reserve(keys);
      if (isWait(attempt)) throw tooMany(c, attempt.waitMs);
      const totp = totpState(db, sealer, adviser.id);
      let ok = false;
      if (code && totp.secret) {
        const step = verifyTotp(totp.secret, code, totp.lastStep);
        ok = step !== null && acceptTotpStep(db, adviser.id, step);
      } else if (recoveryCode) {
        ok = useRecoveryCode(db, adviser.id, recoveryCode);
        if (ok) audit(db, adviser.id, 'recovery-code-used', null);
      }
      if (!ok) {
        attempt.failed();
        throw apiError(
          401,
          'invalid_code',
          code
            ? 'code: that code is not right, or was already used'
            : 'recoveryCode: that recovery code is not right, or was already used',
        );
      }
      endChallenge(db, challenge);
      attempt.succeeded();
      return secondStepDoc.json(c, signedIn(c, adviser), 200);
    })
    .use('/*', requireSession(db, config))
    .get('/me', meDoc.describe, (c) => {
      const { adviser, csrfToken, secondFactor } = c.get('session');
      return meDoc.json(
        c,
        {
          adviser,
          csrfToken,
          secondFactor: {
            enabled: secondFactor,
            required: adviser.role === 'admin',
            recoveryCodesLeft: secondFactor ? recoveryCodesLeft(db, adviser.id) : 0,
          },
        },
        200,
      );
    })
    .post('/logout', logoutDoc.describe, (c) => {
      endSession(db, c.get('sessionToken'));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      audit(db, c.get('session').adviser.id, 'logout', null);
      return logoutDoc.json(c, { signedOut: true }, 200);
    })
    .post('/logout-everywhere', logoutEverywhereDoc.describe, (c) => {
      const ended = endAllSessions(db, c.get('session').adviser.id);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      audit(db, c.get('session').adviser.id, 'logout-everywhere', null);
      return logoutEverywhereDoc.json(c, { sessionsEnded: ended }, 200);
    })
    .post('/password', passwordDoc.describe, validate('json', passwordBody), async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const adviser = c.get('session').adviser;
      const stored = passwordHashOf(db, adviser.id);
      if (!stored || !(await verifyPassword(currentPassword, stored)))
        throw apiError(403, 'invalid_credentials', 'currentPassword: does not match');
      setPasswordHash(db, adviser.id, await hashPassword(newPassword));
      // A new password ends every other session.
      endAllSessions(db, adviser.id);
      const csrfToken = startSession(c, db, config, adviser.id);
      audit(db, adviser.id, 'password-change', null);
      return passwordDoc.json(c, { changed: true, csrfToken }, 200);
    });
};
