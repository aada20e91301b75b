import { Hono } from 'hono';
import { z } from 'zod';
import type { BookmarkStage } from '../../core/pipeline';
import { BOOKMARK_STAGE_LABEL, bookmarkStages, CLOSE_REASON_LABEL, closeReasons } from '../../core/pipeline';
import { audit } from '../../store/advisers-repo';
import {
  addBookmark,
  dueFollowUps,
  getBookmark,
  listBookmarks,
  removeBookmark,
  updateBookmark,
} from '../../store/bookmarks-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { addTimelineEntry } from '../../store/timeline-repo';
import { apiError } from '../api-error';
import type { SessionVariables } from '../auth/session-middleware';
import {
  addBookmarkDoc,
  bookmarksDoc,
  dueDoc,
  removeBookmarkDoc,
  shortlistCsvDoc,
  updateBookmarkDoc,
} from '../openapi/workspace-docs';
import { validate } from '../validate';
import { ownClient } from './client-access';
import { shortlistCsv } from './shortlist-csv';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be a client id' }) });
const bookmarkParams = z.strictObject({
  id: z.uuid({ error: 'must be a client id' }),
  bookmarkId: z.uuid({ error: 'must be a bookmark id' }),
});
const date = z.iso.date({ error: 'must be a date such as 2026-12-03' });
const stage = z.enum(bookmarkStages, { error: `must be one of: ${bookmarkStages.join(', ')}` });
const closedReason = z.enum(closeReasons, { error: `must be one of: ${closeReasons.join(', ')}` });
const reasonWhenClosed = {
  check: (b: { stage?: BookmarkStage; closedReason?: unknown }) =>
    b.stage !== 'closed' || b.closedReason !== undefined,
  issue: { path: ['closedReason'], error: 'say why the lead closed' },
};
const addBody = z
  .strictObject({
    leadId: z.uuid({ error: 'must be a lead id' }),
    stage: stage.default('suggested'),
    note: z.string().max(5000, 'must be at most 5,000 characters').default(''),
    privateNote: z.string().max(5000, 'must be at most 5,000 characters').optional(),
    closedReason: closedReason.optional(),
    followUpOn: date.nullable().optional(),
  })
  .refine(reasonWhenClosed.check, reasonWhenClosed.issue);
const patchBody = z
  .strictObject({
    stage: stage.optional(),
    note: z.string().max(5000, 'must be at most 5,000 characters').optional(),
    privateNote: z.string().max(5000, 'must be at most 5,000 characters').optional(),
    closedReason: closedReason.nullable().optional(),
    followUpOn: date.nullable().optional(),
  })
  .refine(reasonWhenClosed.check, reasonWhenClosed.issue);
const dueQuery = z.strictObject({
  within: z.coerce.number({ error: 'must be a number of days' }).int().min(0).max(90).default(7),
});
const NO_BOOKMARK = 'No such bookmark among your clients.';
const quoted = (b: { title: string; company: string }) => `“${b.title}” at ${b.company}`;

/**
 * A client's shortlist: one-step saves with a stage and notes, the pipeline board's moves, follow-up
 * dates and the "Due" list across the adviser's clients, and the CSV export. Each change is written
 * to the client's (encrypted) timeline; the audit log names the action only.
 */
export const clientBookmarkRoutes = (db: Store, sealer: Sealer) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/due', dueDoc.describe, validate('query', dueQuery), (c) => {
      const until = new Date(Date.now() + c.req.valid('query').within * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return dueDoc.json(c, { due: dueFollowUps(db, c.get('session').adviser.id, until), until }, 200);
    })
    .get('/clients/:id/bookmarks', bookmarksDoc.describe, validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      ownClient(c, db, sealer, id);
      return bookmarksDoc.json(c, { bookmarks: listBookmarks(db, sealer, id) }, 200);
    })
    .get('/clients/:id/shortlist.csv', shortlistCsvDoc.describe, validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      const client = ownClient(c, db, sealer, id);
      audit(db, c.get('session').adviser.id, 'export-shortlist', id);
      const name = `shortlist-${client.label.replace(/[^\w-]+/g, '-').toLowerCase()}.csv`;
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${name}"`);
      return c.body(shortlistCsv(listBookmarks(db, sealer, id)), 200);
    })
    .post(
      '/clients/:id/bookmarks',
      addBookmarkDoc.describe,
      validate('param', idParam),
      validate('json', addBody),
      (c) => {
        const adviser = c.get('session').adviser;
        const { id } = c.req.valid('param');
        ownClient(c, db, sealer, id);
        const saved = addBookmark(db, sealer, id, c.req.valid('json'));
        if (!saved)
          throw apiError(404, 'not_found', 'That job is no longer in Offramp, so it cannot be saved.');
        const { bookmark, created } = saved;
        if (!created) return addBookmarkDoc.json(c, { bookmark, created }, 200);
        addTimelineEntry(
          db,
          sealer,
          id,
          'saved',
          `Saved ${quoted(bookmark)} as ${BOOKMARK_STAGE_LABEL[bookmark.stage]}${bookmark.note ? `, with a note: ${bookmark.note}` : ''}`,
        );
        audit(db, adviser.id, 'bookmark', id);
        return addBookmarkDoc.json(c, { bookmark, created }, 201);
      },
    )
    .patch(
      '/clients/:id/bookmarks/:bookmarkId',
      updateBookmarkDoc.describe,
      validate('param', bookmarkParams),
      validate('json', patchBody),
      (c) => {
        const adviser = c.get('session').adviser;
        const { id, bookmarkId } = c.req.valid('param');
        ownClient(c, db, sealer, id);
        const before = getBookmark(db, sealer, id, bookmarkId);
        const patch = c.req.valid('json');
        if (!before || !updateBookmark(db, sealer, id, bookmarkId, patch))
          throw apiError(404, 'not_found', NO_BOOKMARK);
        const after = getBookmark(db, sealer, id, bookmarkId) ?? before;
        if (after.stage !== before.stage || after.closedReason !== before.closedReason) {
          const reason = after.closedReason ? ` (${CLOSE_REASON_LABEL[after.closedReason]})` : '';
          addTimelineEntry(
            db,
            sealer,
            id,
            'stage',
            `${quoted(after)}: ${BOOKMARK_STAGE_LABEL[before.stage]} → ${BOOKMARK_STAGE_LABEL[after.stage]}${reason}`,
          );
        }
        if (after.followUpOn !== before.followUpOn)
          addTimelineEntry(
            db,
            sealer,
            id,
            'follow-up',
            after.followUpOn
              ? `Follow up on ${quoted(after)} by ${after.followUpOn}`
              : `Follow-up on ${quoted(after)} cleared`,
          );
        audit(db, adviser.id, 'update-bookmark', id);
        return updateBookmarkDoc.json(c, { bookmark: after, bookmarks: listBookmarks(db, sealer, id) }, 200);
      },
    )
    .delete(
      '/clients/:id/bookmarks/:bookmarkId',
      removeBookmarkDoc.describe,
      validate('param', bookmarkParams),
      (c) => {
        const adviser = c.get('session').adviser;
        const { id, bookmarkId } = c.req.valid('param');
        ownClient(c, db, sealer, id);
        const before = getBookmark(db, sealer, id, bookmarkId);
        if (!before || !removeBookmark(db, id, bookmarkId)) throw apiError(404, 'not_found', NO_BOOKMARK);
        addTimelineEntry(db, sealer, id, 'removed', `Removed ${quoted(before)} from the shortlist`);
        audit(db, adviser.id, 'remove-bookmark', id);
        return removeBookmarkDoc.json(c, { removed: true, bookmarks: listBookmarks(db, sealer, id) }, 200);
      },
    );
