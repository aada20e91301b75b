import { Hono } from 'hono';
import { z } from 'zod';
import { intakeSchema } from '../../core/intake';
import { receiptCodeSchema } from '../../core/receipt-code';
import type { Sealer } from '../../store/intake-repo';
import { intakeStatus, submitIntake, UnknownDraftError, withdrawIntake } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import { rateLimit } from '../middleware/rate-limit';
import { routeBodyLimit } from '../middleware/route-body-limit';
import { intakeDoc, intakeStatusDoc, withdrawIntakeDoc } from '../openapi/intake-docs';
import { validate } from '../validate';

/**
 * A request is a few short answers (at most about 2,500 characters, up to 4 bytes each in UTF-8)
 * and, when the seeker shares one, the reference of a resume draft: 16 kB holds that with room to
 * spare, while a flood of large requests is refused before it is read.
 */
export const INTAKE_MAX_BYTES = 16 * 1024;

const receiptBody = z.strictObject({ receipt: receiptCodeSchema });

/**
 * Confidential intake: no account, no name. The receipt code is the seeker's only handle; it is
 * sent in request bodies, never in URLs, so it cannot end up in logs or browser history.
 */
export const intakeRoutes = (db: Store, sealer: Sealer, options: { trustProxy: boolean }) =>
  new Hono()
    .post(
      '/',
      intakeDoc.describe,
      rateLimit({
        limit: 10,
        windowMs: 3_600_000,
        trustProxy: options.trustProxy,
        message: 'Too many requests for help from this address',
      }),
      routeBodyLimit(INTAKE_MAX_BYTES, 'A request for help'),
      validate('json', intakeSchema),
      (c) => {
        try {
          const { receipt } = submitIntake(db, sealer, c.req.valid('json'));
          return intakeDoc.json(c, { receipt, status: 'open' as const }, 201);
        } catch (error) {
          if (!(error instanceof UnknownDraftError)) throw error;
          const message =
            'resumeDraft: no shared resume draft with that reference. It may have expired or been used for another request; share the draft again.';
          throw apiError(400, 'invalid_request', message, {
            fields: [{ field: 'resumeDraft', message: message.slice('resumeDraft: '.length) }],
          });
        }
      },
    )
    // Receipt codes carry about 59 bits, but guessing them should still be slow.
    .use(
      '/*',
      rateLimit({
        limit: 60,
        windowMs: 60_000,
        trustProxy: options.trustProxy,
        message: 'Too many receipt checks from this address',
      }),
    )
    .post('/status', intakeStatusDoc.describe, validate('json', receiptBody), (c) => {
      const status = intakeStatus(db, c.req.valid('json').receipt);
      if (!status)
        throw apiError(
          404,
          'not_found',
          'No request with that receipt code. It may have been withdrawn or expired.',
        );
      return intakeStatusDoc.json(c, { status }, 200);
    })
    .post('/withdraw', withdrawIntakeDoc.describe, validate('json', receiptBody), (c) => {
      if (!withdrawIntake(db, c.req.valid('json').receipt))
        throw apiError(404, 'not_found', 'No request with that receipt code.');
      return withdrawIntakeDoc.json(c, { withdrawn: true }, 200);
    });
