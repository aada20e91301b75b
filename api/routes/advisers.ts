import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../core/config';
import { clientStages } from '../../core/intake';
import { audit } from '../../store/advisers-repo';
import { forgetClient, getClient, listClients, updateClient } from '../../store/clients-repo';
import type { Sealer } from '../../store/intake-repo';
import { CapacityError, claimRequest, openRequests } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import type { SessionVariables } from '../auth/session-middleware';
import { requireSession } from '../auth/session-middleware';
import { validate } from '../validate';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be an id' }) });
const patchBody = z.strictObject({
  stage: z.enum(clientStages).optional(),
  archived: z.boolean().optional(),
  notes: z.string().max(20_000).optional(),
});
const NOT_FOUND = 'No such client among yours.';

/**
 * The adviser workspace: the request queue and the adviser's own clients. Every route needs a
 * session; every client query is scoped to the signed-in adviser, so another adviser's client is
 * indistinguishable from one that does not exist (404). Audit entries name the action, never content.
 */
export const adviserRoutes = (db: Store, config: Config, sealer: Sealer) =>
  new Hono<{ Variables: SessionVariables }>()
    .use('/*', requireSession(db, config))
    .get('/queue', (c) => c.json({ requests: openRequests(db, sealer) }, 200))
    .post('/queue/:id/claim', validate('param', idParam), (c) => {
      const adviser = c.get('session').adviser;
      try {
        const client = claimRequest(db, c.req.valid('param').id, adviser.id, config.ADVISER_CAPACITY);
        if (!client) throw apiError(404, 'not_found', 'That request is no longer open.');
        audit(db, adviser.id, 'claim-request', client.id);
        return c.json({ client }, 201);
      } catch (error) {
        if (error instanceof CapacityError) throw apiError(409, 'at_capacity', error.message);
        throw error;
      }
    })
    .get('/clients', (c) => c.json({ clients: listClients(db, sealer, c.get('session').adviser.id) }, 200))
    .get('/clients/:id', validate('param', idParam), (c) => {
      const client = getClient(db, sealer, c.get('session').adviser.id, c.req.valid('param').id);
      if (!client) throw apiError(404, 'not_found', NOT_FOUND);
      return c.json({ client }, 200);
    })
    .patch('/clients/:id', validate('param', idParam), validate('json', patchBody), (c) => {
      const adviser = c.get('session').adviser;
      const { id } = c.req.valid('param');
      if (!updateClient(db, sealer, adviser.id, id, c.req.valid('json')))
        throw apiError(404, 'not_found', NOT_FOUND);
      audit(db, adviser.id, 'update-client', id);
      return c.json({ client: getClient(db, sealer, adviser.id, id) }, 200);
    })
    .delete('/clients/:id', validate('param', idParam), (c) => {
      const adviser = c.get('session').adviser;
      const { id } = c.req.valid('param');
      if (!forgetClient(db, adviser.id, id)) throw apiError(404, 'not_found', NOT_FOUND);
      audit(db, adviser.id, 'forget-client', id);
      return c.json({ forgotten: true }, 200);
    });
