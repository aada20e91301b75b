import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../../core/config';
import { audit, listAdvisers, setAdviserDisabled } from '../../../store/advisers-repo';
import type { Sealer } from '../../../store/intake-repo';
import { CapacityError, claimRequest } from '../../../store/intake-repo';
import { createInvite, listInvites, revokeInvite } from '../../../store/invites-repo';
import type { Store } from '../../../store/open-store';
import { addTimelineEntry } from '../../../store/timeline-repo';
import { apiError } from '../../api-error';
import type { SessionVariables } from '../../auth/session-middleware';
import {
  adminQueueDoc,
  advisersDoc,
  assignDoc,
  createInviteDoc,
  invitesDoc,
  revokeInviteDoc,
  setAdviserDisabledDoc,
} from '../../openapi/admin-docs';
import { queuePage, queuePageQuery } from '../../queue-page';
import { validate } from '../../validate';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be an id' }) });
const inviteParam = z.strictObject({ id: z.string().regex(/^[\w-]{43}$/, 'must be an invite id') });
const patchBody = z.strictObject({ disabled: z.boolean({ error: 'must be true or false' }) });
const inviteBody = z.strictObject({
  role: z.enum(['admin', 'adviser'], { error: 'must be admin or adviser' }).default('adviser'),
  expiresInDays: z
    .number({ error: 'must be a number of days' })
    .int()
    .min(1, 'must be at least 1 day')
    .max(30, 'must be at most 30 days')
    .default(7),
  label: z.string().trim().max(120, 'must be at most 120 characters').default(''),
});
const assignBody = z.strictObject({ adviserId: z.uuid({ error: 'must be an adviser id' }) });

/** Accounts, invites and assigning requests. Mounted behind requireSession and requireAdmin. */
export const adminAdviserRoutes = (db: Store, config: Config, sealer: Sealer) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/advisers', advisersDoc.describe, (c) => advisersDoc.json(c, { advisers: listAdvisers(db) }, 200))
    .patch(
      '/advisers/:id',
      setAdviserDisabledDoc.describe,
      validate('param', idParam),
      validate('json', patchBody),
      (c) => {
        const me = c.get('session').adviser;
        const { id } = c.req.valid('param');
        const { disabled } = c.req.valid('json');
        if (id === me.id && disabled)
          throw apiError(400, 'own_account', 'disabled: you cannot disable your own account');
        if (!setAdviserDisabled(db, id, disabled)) throw apiError(404, 'not_found', 'No such adviser.');
        audit(db, me.id, disabled ? 'disable-adviser' : 'enable-adviser', id);
        return setAdviserDisabledDoc.json(c, { advisers: listAdvisers(db) }, 200);
      },
    )
    .get('/invites', invitesDoc.describe, (c) => invitesDoc.json(c, { invites: listInvites(db) }, 200))
    .post('/invites', createInviteDoc.describe, validate('json', inviteBody), (c) => {
      const me = c.get('session').adviser;
      const { role, expiresInDays, label } = c.req.valid('json');
      const { token, id, expiresAt } = createInvite(db, role, me.id, expiresInDays, new Date(), label);
      audit(db, me.id, 'create-invite', id);
      return createInviteDoc.json(c, { id, path: `/join/${token}`, role, label, expiresAt }, 201);
    })
    .delete('/invites/:id', revokeInviteDoc.describe, validate('param', inviteParam), (c) => {
      const { id } = c.req.valid('param');
      if (!revokeInvite(db, id)) throw apiError(404, 'not_found', 'No open invite with that id.');
      audit(db, c.get('session').adviser.id, 'revoke-invite', id);
      return revokeInviteDoc.json(c, { revoked: true }, 200);
    })
    .get('/queue', adminQueueDoc.describe, validate('query', queuePageQuery), (c) =>
      adminQueueDoc.json(c, queuePage(db, sealer, c.req.valid('query').page), 200),
    )
    .post(
      '/queue/:id/assign',
      assignDoc.describe,
      validate('param', idParam),
      validate('json', assignBody),
      (c) => {
        const me = c.get('session').adviser;
        const { adviserId } = c.req.valid('json');
        const target = listAdvisers(db).find((a) => a.id === adviserId);
        if (!target || target.disabled)
          throw apiError(400, 'invalid_adviser', 'adviserId: no active adviser with that id');
        try {
          const client = claimRequest(db, c.req.valid('param').id, adviserId, config.ADVISER_CAPACITY);
          if (!client) throw apiError(404, 'not_found', 'That request is no longer open.');
          addTimelineEntry(
            db,
            sealer,
            client.id,
            'claimed',
            `Assigned by an admin; the client is ${client.label}`,
          );
          audit(db, me.id, 'assign-request', client.id);
          return assignDoc.json(c, { assigned: { adviserId, label: client.label } }, 201);
        } catch (error) {
          if (error instanceof CapacityError)
            throw apiError(
              409,
              'at_capacity',
              `${target.email} already has ${config.ADVISER_CAPACITY} active clients, their limit.`,
            );
          throw error;
        }
      },
    );
