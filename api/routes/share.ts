import { Hono } from 'hono';
import { z } from 'zod';
import { clientForShareToken, listBookmarks } from '../../store/bookmarks-repo';
import { sharedIntake } from '../../store/clients-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';

const tokenParam = z.strictObject({ token: z.string().regex(/^[\w-]{20,100}$/, 'must be a share token') });

/**
 * What a client sees through a private share link: their shortlist, and their resume draft if they
 * shared one. No adviser identity, no other client, no other intake details. A wrong, expired or revoked token is a plain 404.
 * The access log records the route pattern, never the token.
 */
export const shareRoutes = (db: Store, sealer: Sealer) =>
  new Hono().get('/:token', async (c) => {
    const parsed = tokenParam.safeParse({ token: c.req.param('token') });
    const client = parsed.success ? clientForShareToken(db, parsed.data.token) : null;
    if (!client)
      throw apiError(404, 'not_found', 'This link is not valid. It may have expired or been withdrawn.');
    const shortlist = listBookmarks(db, sealer, client.clientId).map(
      ({ id: _id, leadId: _lead, ...rest }) => rest,
    );
    // The resume is there only if the seeker chose to share it with their request.
    const resume = sharedIntake(db, sealer, client.clientId)?.resume ?? null;
    return c.json({ label: client.label, shortlist, resume }, 200);
  });
