import { Hono } from 'hono';
import { z } from 'zod';
import { intakeSchema } from '../../core/intake';
import { receiptCodeSchema } from '../../core/receipt-code';
import type { Sealer } from '../../store/intake-repo';
import { intakeStatus, submitIntake, withdrawIntake } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import { validate } from '../validate';

const receiptBody = z.strictObject({ receipt: receiptCodeSchema });

/**
 * Confidential intake: no account, no name. The receipt code is the seeker's only handle; it is
 * sent in request bodies, never in URLs, so it cannot end up in logs or browser history.
 */
export const intakeRoutes = (db: Store, sealer: Sealer) =>
  new Hono()
    .post('/', validate('json', intakeSchema), (c) => {
      const { receipt } = submitIntake(db, sealer, c.req.valid('json'));
      return c.json({ receipt, status: 'open' as const }, 201);
    })
    .post('/status', validate('json', receiptBody), (c) => {
      const status = intakeStatus(db, c.req.valid('json').receipt);
      if (!status)
        throw apiError(
          404,
          'not_found',
          'No request with that receipt code. It may have been withdrawn or expired.',
        );
      return c.json({ status }, 200);
    })
    .post('/withdraw', validate('json', receiptBody), (c) => {
      if (!withdrawIntake(db, c.req.valid('json').receipt))
        throw apiError(404, 'not_found', 'No request with that receipt code.');
      return c.json({ withdrawn: true }, 200);
    });
