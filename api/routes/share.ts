import { Hono } from 'hono';
import { z } from 'zod';
import type { ShareField } from '../../core/pipeline';
import type { BookmarkView } from '../../store/bookmarks-repo';
import { listBookmarks } from '../../store/bookmarks-repo';
import { sharedIntake } from '../../store/clients-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { openShareLink } from '../../store/share-links-repo';
import { apiError } from '../api-error';
import { sharedShortlistDoc } from '../openapi/workspace-docs';

const tokenParam = z.strictObject({ token: z.string().regex(/^[\w-]{20,100}$/, 'must be a share token') });

/**
 * One shortlist entry as a share link shows it: only the fields the adviser ticked. Built field by
 * field from an allow-list, so a new bookmark field (a private note, a follow-up date) can never
 * reach the client by being forgotten here.
 */
function sharedEntry(b: BookmarkView, fields: ReadonlySet<ShareField>) {
  return {
    title: fields.has('title') ? b.title : null,
    company: fields.has('employer') ? b.company : null,
    location: fields.has('location') ? b.location : null,
    salary: fields.has('salary') ? b.salary : null,
    stage: fields.has('stage') ? b.stage : null,
    note: fields.has('note') && b.note ? b.note : null,
    leadStatus: b.leadStatus,
    url: b.leadStatus === 'open' ? b.url : null,
  };
}

/**
 * What a client sees through a private share link: their shortlist, showing only what the adviser
 * ticked, and their resume draft only if the adviser ticked it and the seeker shared one. No adviser
 * identity, no private notes, no other client. A wrong, expired or revoked token is a plain 404.
 * The access log records the route pattern, never the token.
 */
export const shareRoutes = (db: Store, sealer: Sealer) =>
  new Hono().get('/:token', sharedShortlistDoc.describe, async (c) => {
    const parsed = tokenParam.safeParse({ token: c.req.param('token') });
    const link = parsed.success ? openShareLink(db, parsed.data.token) : null;
    if (!link)
      throw apiError(404, 'not_found', 'This link is not valid. It may have expired or been withdrawn.');
    const fields = new Set(link.fields);
    const shortlist = listBookmarks(db, sealer, link.clientId).map((b) => sharedEntry(b, fields));
    const resume = fields.has('resume') ? (sharedIntake(db, sealer, link.clientId)?.resume ?? null) : null;
    return sharedShortlistDoc.json(c, { fields: link.fields, shortlist, resume }, 200);
  });
