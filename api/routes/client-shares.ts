import { Hono } from 'hono';
import { z } from 'zod';
import { defaultShareFields, SHARE_FIELD_LABEL, shareFields } from '../../core/pipeline';
import { audit } from '../../store/advisers-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import {
  createShareLink,
  listShareLinks,
  revokeShareLink,
  revokeShareLinks,
} from '../../store/share-links-repo';
import { addTimelineEntry } from '../../store/timeline-repo';
import { apiError } from '../api-error';
import type { SessionVariables } from '../auth/session-middleware';
import {
  createShareLinkDoc,
  revokeShareLinkDoc,
  revokeShareLinksDoc,
  shareLinksDoc,
} from '../openapi/workspace-docs';
import { validate } from '../validate';
import { ownClient } from './client-access';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be a client id' }) });
const linkParams = z.strictObject({
  id: z.uuid({ error: 'must be a client id' }),
  linkId: z.string().regex(/^[\w-]{43}$/, 'must be a share link id'),
});
const shareBody = z.strictObject({
  expiresInDays: z
    .number({ error: 'must be a number of days' })
    .int()
    .min(1, 'must be at least 1 day')
    .max(90, 'must be at most 90 days')
    .default(14),
  label: z.string().trim().max(120, 'must be at most 120 characters').default(''),
  fields: z
    .array(z.enum(shareFields, { error: `must be among: ${shareFields.join(', ')}` }))
    .min(1, 'tick at least one thing to show')
    .default([...defaultShareFields]),
});
const day = (iso: string) => iso.slice(0, 10);

/**
 * Private links that show a client their shortlist. Each has the adviser's label ("sent by Signal
 * on 3 Dec"), the fields ticked for it, its expiry and when it was last opened.
 */
export const clientShareRoutes = (db: Store, sealer: Sealer) =>
  new Hono<{ Variables: SessionVariables }>()
    .post(
      '/clients/:id/share-links',
      createShareLinkDoc.describe,
      validate('param', idParam),
      validate('json', shareBody),
      (c) => {
        const adviser = c.get('session').adviser;
        const { id } = c.req.valid('param');
        ownClient(c, db, sealer, id);
        const { expiresInDays, label, fields } = c.req.valid('json');
        const unique = shareFields.filter((f) => fields.includes(f));
        const made = createShareLink(db, sealer, id, { days: expiresInDays, label, fields: unique });
        addTimelineEntry(
          db,
          sealer,
          id,
          'shared',
          `Share link made${label ? ` (${label})` : ''}, expiring ${day(made.expiresAt)}, showing ${unique
            .map((f) => SHARE_FIELD_LABEL[f].toLowerCase())
            .join(', ')}`,
        );
        audit(db, adviser.id, 'create-share-link', id);
        return createShareLinkDoc.json(
          c,
          { path: `/shared/${made.token}`, token: made.token, id: made.id, expiresAt: made.expiresAt },
          201,
        );
      },
    )
    .get('/clients/:id/share-links', shareLinksDoc.describe, validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      ownClient(c, db, sealer, id);
      return shareLinksDoc.json(c, { links: listShareLinks(db, sealer, id) }, 200);
    })
    .delete(
      '/clients/:id/share-links/:linkId',
      revokeShareLinkDoc.describe,
      validate('param', linkParams),
      (c) => {
        const adviser = c.get('session').adviser;
        const { id, linkId } = c.req.valid('param');
        ownClient(c, db, sealer, id);
        const link = listShareLinks(db, sealer, id).find((l) => l.id === linkId);
        if (!link || !revokeShareLink(db, id, linkId))
          throw apiError(404, 'not_found', 'No live share link with that id among your clients.');
        addTimelineEntry(
          db,
          sealer,
          id,
          'revoked',
          `Share link revoked${link.label ? ` (${link.label})` : ''}`,
        );
        audit(db, adviser.id, 'revoke-share-link', id);
        return revokeShareLinkDoc.json(c, { links: listShareLinks(db, sealer, id) }, 200);
      },
    )
    .delete('/clients/:id/share-links', revokeShareLinksDoc.describe, validate('param', idParam), (c) => {
      const adviser = c.get('session').adviser;
      const { id } = c.req.valid('param');
      ownClient(c, db, sealer, id);
      const revoked = revokeShareLinks(db, id);
      if (revoked > 0) addTimelineEntry(db, sealer, id, 'revoked', `Every share link revoked (${revoked})`);
      audit(db, adviser.id, 'revoke-share-links', id);
      return revokeShareLinksDoc.json(c, { revoked }, 200);
    });
