import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../core/config';
import { bookmarkStages, clientStages } from '../../core/intake';
import { audit } from '../../store/advisers-repo';
import {
  addBookmark,
  createShareLink,
  listBookmarks,
  listShareLinks,
  removeBookmark,
  revokeShareLink,
  revokeShareLinks,
  updateBookmark,
} from '../../store/bookmarks-repo';
import { forgetClient, getClient, listClients, updateClient } from '../../store/clients-repo';
import type { Sealer } from '../../store/intake-repo';
import { CapacityError, claimRequest } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import type { SessionVariables } from '../auth/session-middleware';
import { requireSession } from '../auth/session-middleware';
import { queuePage, queuePageQuery } from '../queue-page';
import { validate } from '../validate';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be an id' }) });
const patchBody = z.strictObject({
  stage: z.enum(clientStages).optional(),
  archived: z.boolean().optional(),
  notes: z.string().max(20_000).optional(),
});
const NOT_FOUND = 'No such client among yours.';
const bookmarkParams = z.strictObject({
  id: z.uuid({ error: 'must be an id' }),
  bookmarkId: z.uuid({ error: 'must be an id' }),
});
const addBookmarkBody = z.strictObject({
  leadId: z.uuid({ error: 'must be a lead id' }),
  note: z.string().max(5000).default(''),
  stage: z.enum(bookmarkStages).default('saved'),
});
const patchBookmarkBody = z.strictObject({
  note: z.string().max(5000).optional(),
  stage: z.enum(bookmarkStages).optional(),
});
const linkParams = z.strictObject({
  id: z.uuid({ error: 'must be an id' }),
  linkId: z.string().regex(/^[\w-]{43}$/, 'must be a share link id'),
});
const shareBody = z.strictObject({ expiresInDays: z.number().int().min(1).max(90).default(14) });

/**
 * The adviser workspace: the request queue and the adviser's own clients. Every route needs a
 * session; every client query is scoped to the signed-in adviser, so another adviser's client is
 * indistinguishable from one that does not exist (404). Audit entries name the action, never content.
 */
export const adviserRoutes = (db: Store, config: Config, sealer: Sealer) =>
  new Hono<{ Variables: SessionVariables }>()
    .use('/*', requireSession(db, config))
    .get('/queue', validate('query', queuePageQuery), (c) =>
      c.json(queuePage(db, sealer, c.req.valid('query').page), 200),
    )
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
    .get('/clients/:id/bookmarks', validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      if (!getClient(db, sealer, c.get('session').adviser.id, id))
        throw apiError(404, 'not_found', NOT_FOUND);
      return c.json({ bookmarks: listBookmarks(db, sealer, id) }, 200);
    })
    .post('/clients/:id/bookmarks', validate('param', idParam), validate('json', addBookmarkBody), (c) => {
      const adviser = c.get('session').adviser;
      const { id } = c.req.valid('param');
      if (!getClient(db, sealer, adviser.id, id)) throw apiError(404, 'not_found', NOT_FOUND);
      const { leadId, note, stage } = c.req.valid('json');
      const bookmark = addBookmark(db, sealer, id, leadId, note, stage);
      if (!bookmark) throw apiError(404, 'not_found', 'leadId: no such lead');
      audit(db, adviser.id, 'bookmark', id);
      return c.json({ bookmark }, 201);
    })
    .patch(
      '/clients/:id/bookmarks/:bookmarkId',
      validate('param', bookmarkParams),
      validate('json', patchBookmarkBody),
      (c) => {
        const adviser = c.get('session').adviser;
        const { id, bookmarkId } = c.req.valid('param');
        if (
          !getClient(db, sealer, adviser.id, id) ||
          !updateBookmark(db, sealer, id, bookmarkId, c.req.valid('json'))
        ) {
          throw apiError(404, 'not_found', 'No such bookmark among your clients.');
        }
        audit(db, adviser.id, 'update-bookmark', id);
        return c.json({ bookmarks: listBookmarks(db, sealer, id) }, 200);
      },
    )
    .delete('/clients/:id/bookmarks/:bookmarkId', validate('param', bookmarkParams), (c) => {
      const adviser = c.get('session').adviser;
      const { id, bookmarkId } = c.req.valid('param');
      if (!getClient(db, sealer, adviser.id, id) || !removeBookmark(db, id, bookmarkId)) {
        throw apiError(404, 'not_found', 'No such bookmark among your clients.');
      }
      audit(db, adviser.id, 'remove-bookmark', id);
      return c.json({ removed: true }, 200);
    })
    .post('/clients/:id/share-links', validate('param', idParam), validate('json', shareBody), (c) => {
      const adviser = c.get('session').adviser;
      const { id } = c.req.valid('param');
      if (!getClient(db, sealer, adviser.id, id)) throw apiError(404, 'not_found', NOT_FOUND);
      const { token, expiresAt } = createShareLink(db, id, c.req.valid('json').expiresInDays);
      audit(db, adviser.id, 'create-share-link', id);
      return c.json({ path: `/shared/${token}`, token, expiresAt }, 201);
    })
    .get('/clients/:id/share-links', validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      if (!getClient(db, sealer, c.get('session').adviser.id, id))
        throw apiError(404, 'not_found', NOT_FOUND);
      return c.json({ links: listShareLinks(db, id) }, 200);
    })
    .delete('/clients/:id/share-links/:linkId', validate('param', linkParams), (c) => {
      const adviser = c.get('session').adviser;
      const { id, linkId } = c.req.valid('param');
      if (!getClient(db, sealer, adviser.id, id) || !revokeShareLink(db, id, linkId))
        throw apiError(404, 'not_found', 'No live share link with that id among your clients.');
      audit(db, adviser.id, 'revoke-share-link', id);
      return c.json({ links: listShareLinks(db, id) }, 200);
    })
    .delete('/clients/:id/share-links', validate('param', idParam), (c) => {
      const adviser = c.get('session').adviser;
      const { id } = c.req.valid('param');
      if (!getClient(db, sealer, adviser.id, id)) throw apiError(404, 'not_found', NOT_FOUND);
      const revoked = revokeShareLinks(db, id);
      audit(db, adviser.id, 'revoke-share-links', id);
      return c.json({ revoked }, 200);
    })
    .delete('/clients/:id', validate('param', idParam), (c) => {
      const adviser = c.get('session').adviser;
      const { id } = c.req.valid('param');
      if (!forgetClient(db, adviser.id, id)) throw apiError(404, 'not_found', NOT_FOUND);
      audit(db, adviser.id, 'forget-client', id);
      return c.json({ forgotten: true }, 200);
    });
