import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../core/config';
import { audit, passwordHashOf } from '../../store/advisers-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import {
  acceptTotpStep,
  disableTotp,
  replaceRecoveryCodes,
  setPendingTotp,
  totpState,
} from '../../store/second-factor-repo';
import { apiError } from '../api-error';
import { verifyPassword } from '../auth/password';
import type { SessionVariables } from '../auth/session-middleware';
import { requireSession } from '../auth/session-middleware';
import { newTotpSecret, totpUri, verifyTotp } from '../auth/totp';
import {
  disableSecondFactorDoc,
  enableSecondFactorDoc,
  recoveryCodesDoc,
  setupSecondFactorDoc,
} from '../openapi/auth-docs';
import { validate } from '../validate';

const codeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be the 6-digit code'),
});
const passwordBody = z.strictObject({ password: z.string().min(1).max(1000) });

/**
 * Setting up a TOTP second factor (RFC 6238): start, confirm with a first code, and receive
 * recovery codes. Admins must keep one; advisers may turn theirs off with their password.
 */
export const secondFactorRoutes = (db: Store, config: Config, sealer: Sealer) => {
  /** Checks a code against the secret in force (or pending) and spends its time step. */
  const checkCode = (adviserId: string, code: string, enable = false): void => {
    const totp = totpState(db, sealer, adviserId);
    if (!totp.secret) throw apiError(409, 'not_started', 'Start setting up the authenticator app first.');
    const step = verifyTotp(totp.secret, code, totp.lastStep);
    if (step === null || !acceptTotpStep(db, adviserId, step, enable))
      throw apiError(400, 'invalid_code', 'code: that code is not right, or was already used');
  };
  return new Hono<{ Variables: SessionVariables }>()
    .use('/*', requireSession(db, config))
    .post('/setup', setupSecondFactorDoc.describe, (c) => {
      const { adviser, secondFactor } = c.get('session');
      if (secondFactor)
        throw apiError(409, 'already_enabled', 'An authenticator app is already set up for this account.');
      const secret = newTotpSecret();
      setPendingTotp(db, sealer, adviser.id, secret);
      return setupSecondFactorDoc.json(c, { secret, uri: totpUri(secret, adviser.email) }, 200);
    })
    .post('/enable', enableSecondFactorDoc.describe, validate('json', codeBody), (c) => {
      const { adviser, secondFactor } = c.get('session');
      if (secondFactor)
        throw apiError(409, 'already_enabled', 'An authenticator app is already set up for this account.');
      checkCode(adviser.id, c.req.valid('json').code, true);
      const recoveryCodes = replaceRecoveryCodes(db, adviser.id);
      audit(db, adviser.id, 'second-factor-enabled', null);
      return enableSecondFactorDoc.json(c, { enabled: true, recoveryCodes }, 200);
    })
    .post('/recovery-codes', recoveryCodesDoc.describe, validate('json', codeBody), (c) => {
      const { adviser, secondFactor } = c.get('session');
      if (!secondFactor) throw apiError(409, 'not_enabled', 'Set up an authenticator app first.');
      checkCode(adviser.id, c.req.valid('json').code);
      const recoveryCodes = replaceRecoveryCodes(db, adviser.id);
      audit(db, adviser.id, 'recovery-codes-replaced', null);
      return recoveryCodesDoc.json(c, { recoveryCodes }, 200);
    })
    .post('/disable', disableSecondFactorDoc.describe, validate('json', passwordBody), async (c) => {
      const { adviser } = c.get('session');
      if (adviser.role === 'admin')
        throw apiError(403, 'required_for_admins', 'Admins must keep a second factor.');
      const stored = passwordHashOf(db, adviser.id);
      if (!stored || !(await verifyPassword(c.req.valid('json').password, stored)))
        throw apiError(403, 'invalid_credentials', 'password: does not match');
      disableTotp(db, adviser.id);
      audit(db, adviser.id, 'second-factor-disabled', null);
      return disableSecondFactorDoc.json(c, { enabled: false }, 200);
    });
};
