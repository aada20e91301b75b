import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../core/config';
import { clientStages } from '../../core/intake';
import { audit } from '../../store/advisers-repo';
import { forgetClient, listClients, updateClient } from '../../store/clients-repo';
import type { Sealer } from '../../store/intake-repo';
import { CapacityError, claimRequest } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { addTimelineEntry } from '../../store/timeline-repo';
import { apiError } from '../api-error';
import type { SessionVariables } from '../auth/session-middleware';
import { requireSession } from '../auth/session-middleware';
import {
  claimDoc,
  clientDoc,
  clientsDoc,
  forgetClientDoc,
  queueDoc,
  updateClientDoc,
} from '../openapi/workspace-docs';
import { queuePage, queuePageQuery } from '../queue-page';
import { validate } from '../validate';
import { NO_SUCH_CLIENT, ownClient } from './client-access';
import { clientBookmarkRoutes } from './client-bookmarks';
import { clientShareRoutes } from './client-shares';
import { clientTimelineRoutes } from './client-timeline';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be a client id' }) });
const requestParam = z.strictObject({ id: z.uuid({ error: 'must be a request id' }) });
const patchBody = z.strictObject({
  stage: z.enum(clientStages, { error: `must be one of: ${clientStages.join(', ')}` }).optional(),
  archived: z.boolean({ error: 'must be true or false' }).optional(),
  notes: z.string().max(20_000, 'must be at most 20,000 characters').optional(),
});

/**
 * The adviser workspace: the request queue and the adviser's own clients, with their shortlists,
 * share links and timelines (sub-apps below, all behind the same session check). Every client query
 * is scoped to the signed-in adviser, so another adviser's client is a 404. Audit entries name the
 * action, never content.
 */
export const adviserRoutes = (db: Store, config: Config, sealer: Sealer) =>
  new Hono<{ Variables: SessionVariables }>()
    .use('/*', requireSession(db, config))
    .get('/queue', queueDoc.describe, validate('query', queuePageQuery), (c) =>
      queueDoc.json(c, queuePage(db, sealer, c.req.valid('query').page), 200),
    )
    .post('/queue/:id/claim', claimDoc.describe, validate('param', requestParam), (c) => {
      const adviser = c.get('session').adviser;
      try {
        const client = claimRequest(db, c.req.valid('param').id, adviser.id, config.ADVISER_CAPACITY);
        if (!client) throw apiError(404, 'not_found', 'That request is no longer open.');
        addTimelineEntry(db, sealer, client.id, 'claimed', `Took the request; the client is ${client.label}`);
        audit(db, adviser.id, 'claim-request', client.id);
        return claimDoc.json(c, { client }, 201);
      } catch (error) {
        if (error instanceof CapacityError) throw apiError(409, 'at_capacity', error.message);
        throw error;
      }
    })
    .get('/clients', clientsDoc.describe, (c) =>
      clientsDoc.json(c, { clients: listClients(db, sealer, c.get('session').adviser.id) }, 200),
    )
    .get('/clients/:id', clientDoc.describe, validate('param', idParam), (c) => {
      const client = ownClient(c, db, sealer, c.req.valid('param').id);
      return clientDoc.json(c, { client }, 200);
    })
    .patch(
      '/clients/:id',
      updateClientDoc.describe,
      validate('param', idParam),
      validate('json', patchBody),
      (c) => {
        const adviser = c.get('session').adviser;
        const { id } = c.req.valid('param');
        if (!updateClient(db, sealer, adviser.id, id, c.req.valid('json')))
          throw apiError(404, 'not_found', NO_SUCH_CLIENT);
        audit(db, adviser.id, 'update-client', id);
        return updateClientDoc.json(c, { client: ownClient(c, db, sealer, id) }, 200);
      },
    )
    .delete('/clients/:id', forgetClientDoc.describe, validate('param', idParam), (c) => {
      const adviser = c.get('session').adviser;
      if (!forgetClient(db, adviser.id, c.req.valid('param').id))
        throw apiError(404, 'not_found', NO_SUCH_CLIENT);
      // The audit log keeps only that a client was forgotten: not which one (see forgetClient).
      audit(db, adviser.id, 'forget-client', null);
      return forgetClientDoc.json(c, { forgotten: true }, 200);
    })
    .route('/', clientBookmarkRoutes(db, sealer))
    .route('/', clientShareRoutes(db, sealer))
    .route('/', clientTimelineRoutes(db, sealer));
