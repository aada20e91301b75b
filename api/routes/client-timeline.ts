import { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../store/advisers-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { addTimelineEntry, listTimeline } from '../../store/timeline-repo';
import type { SessionVariables } from '../auth/session-middleware';
import { addTimelineNoteDoc, timelineDoc } from '../openapi/workspace-docs';
import { validate } from '../validate';
import { ownClient } from './client-access';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be a client id' }) });
const noteBody = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'write something to add to the timeline')
    .max(5000, 'must be at most 5,000 characters'),
});

/** A client's activity timeline, for their adviser only: what happened, newest first, and notes added by hand. */
export const clientTimelineRoutes = (db: Store, sealer: Sealer) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/clients/:id/timeline', timelineDoc.describe, validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      ownClient(c, db, sealer, id);
      return timelineDoc.json(c, { timeline: listTimeline(db, sealer, id) }, 200);
    })
    .post(
      '/clients/:id/timeline',
      addTimelineNoteDoc.describe,
      validate('param', idParam),
      validate('json', noteBody),
      (c) => {
        const { id } = c.req.valid('param');
        ownClient(c, db, sealer, id);
        const entry = addTimelineEntry(db, sealer, id, 'note', c.req.valid('json').text);
        audit(db, c.get('session').adviser.id, 'timeline-note', id);
        return addTimelineNoteDoc.json(c, { entry }, 201);
      },
    );
