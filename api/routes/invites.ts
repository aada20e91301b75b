import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../core/config';
import { AdviserExistsError, audit } from '../../store/advisers-repo';
import { acceptInvite, openInviteRole } from '../../store/invites-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import { hashPassword } from '../auth/password';
import { startSession } from '../auth/start-session';
import { rateLimit } from '../middleware/rate-limit';
import { acceptInviteDoc, inviteDoc } from '../openapi/auth-docs';
import { validate } from '../validate';

/** A mistyped or cut-off link is no different, to its holder, from a used one: both are a plain 404. */
const tokenParam = z.strictObject({ token: z.string() });
const TOKEN = /^[\w-]{20,100}$/;
const acceptBody = z.strictObject({
  email: z.email({ error: 'must be an email address, such as name@example.org' }).max(320),
  password: z.string().min(12, 'must be at least 12 characters').max(1000),
});
const GONE = 'This invite link is not valid. It may have expired, been used, or been withdrawn.';

/** Joining by invite: an expiring, single-use link an admin made. A bad link is a plain 404. */
export const inviteRoutes = (db: Store, config: Config) =>
  new Hono()
    // Counted before the password hash runs, so parallel tries cannot all be evaluated.
    .use(
      '/:token/accept',
      rateLimit({
        limit: 5,
        windowMs: 15 * 60_000,
        trustProxy: config.TRUST_PROXY,
        message: 'Too many invite attempts from this address',
      }),
    )
    .get('/:token', inviteDoc.describe, validate('param', tokenParam), (c) => {
      const { token } = c.req.valid('param');
      const role = TOKEN.test(token) ? openInviteRole(db, token) : null;
      if (!role) throw apiError(404, 'not_found', GONE);
      return inviteDoc.json(c, { role }, 200);
    })
    .post(
      '/:token/accept',
      acceptInviteDoc.describe,
      validate('param', tokenParam),
      validate('json', acceptBody),
      async (c) => {
        const { email, password } = c.req.valid('json');
        const { token } = c.req.valid('param');
        if (!TOKEN.test(token)) throw apiError(404, 'not_found', GONE);
        const passwordHash = await hashPassword(password);
        try {
          const adviser = acceptInvite(db, token, email, passwordHash);
          if (!adviser) throw apiError(404, 'not_found', GONE);
          const csrfToken = startSession(c, db, config, adviser.id);
          audit(db, adviser.id, 'joined-by-invite', null);
          return acceptInviteDoc.json(c, { adviser, csrfToken }, 201);
        } catch (error) {
          if (error instanceof AdviserExistsError)
            throw apiError(409, 'email_taken', 'email: an account with this email exists already');
          throw error;
        }
      },
    );
