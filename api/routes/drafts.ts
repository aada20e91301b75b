import { Hono } from 'hono';
import { z } from 'zod';
import { resumeSchema } from '../../core/resume/resume-schema';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { shareDraft, UNATTACHED_DRAFT_HOURS } from '../../store/shared-drafts-repo';
import { rateLimit } from '../middleware/rate-limit';
import { routeBodyLimit } from '../middleware/route-body-limit';
import { shareDraftDoc } from '../openapi/intake-docs';
import { validate } from '../validate';

/** A long resume is tens of kB; 256 kB matches what the resume routes accept. */
export const DRAFT_MAX_BYTES = 256 * 1024;

/**
 * A seeker shares their resume draft (the builder has already taken out name, e-mail and phone
 * unless they asked to keep them) and gets a reference to put in a request for help. Nothing can
 * be read back through this route: only the adviser who takes that request sees the draft.
 */
export const draftRoutes = (db: Store, sealer: Sealer, options: { trustProxy: boolean }) =>
  new Hono().post(
    '/',
    shareDraftDoc.describe,
    // Each request for help needs at most one draft, and intake allows ten an hour.
    rateLimit({
      limit: 10,
      windowMs: 3_600_000,
      trustProxy: options.trustProxy,
      message: 'Too many shared drafts from this address',
    }),
    routeBodyLimit(DRAFT_MAX_BYTES, 'A shared resume draft'),
    validate('json', z.strictObject({ resume: resumeSchema })),
    (c) => {
      const draft = shareDraft(db, sealer, c.req.valid('json').resume);
      return shareDraftDoc.json(c, { draft, expiresInHours: UNATTACHED_DRAFT_HOURS }, 201);
    },
  );
