import { z } from 'zod';
import { clientStages, storedIntakeSchema } from '../../core/intake';
import { salarySchema } from '../../core/lead/lead';
import { bookmarkStages, closeReasons, shareFields, timelineKinds } from '../../core/pipeline';
import { resumeSchema } from '../../core/resume/resume-schema';
import { SIGNED_IN, SIGNED_IN_CHANGE } from './common-answers';
import { documented } from './documented';

const NO_CLIENT = 'No such client among yours (another adviser’s client is the same 404)';
const NO_BOOKMARK = 'No such client among yours, or no such bookmark on the client’s shortlist';

/** What every adviser may see of a request before one takes it: no contact details, no resume. */
export const queuePageSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      intake: storedIntakeSchema.omit({ contact: true, resume: true }),
      hasResume: z.boolean(),
    }),
  ),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  perPage: z.number().int().min(1),
});

const clientSchema = z.object({
  id: z.string(),
  label: z.string(),
  stage: z.enum(clientStages),
  archived: z.boolean(),
  notes: z.string(),
  intake: storedIntakeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const bookmarkSchema = z.object({
  id: z.string(),
  leadId: z.string(),
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  salary: salarySchema.nullable(),
  fitScore: z.number().min(0).max(1).nullable(),
  closesAt: z.string().nullable(),
  leadStatus: z.enum(['open', 'closed', 'removed']),
  stage: z.enum(bookmarkStages),
  closedReason: z.enum(closeReasons).nullable(),
  followUpOn: z.iso.date().nullable(),
  note: z.string(),
  privateNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const bookmarks = z.array(bookmarkSchema);

const shareLinkSchema = z.object({
  id: z.string(),
  label: z.string(),
  fields: z.array(z.enum(shareFields)),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastViewedAt: z.string().nullable(),
  viewCount: z.number().int().min(0),
  status: z.enum(['live', 'expired', 'revoked']),
});
const links = z.object({ links: z.array(shareLinkSchema) });

const timelineEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(timelineKinds),
  text: z.string(),
  at: z.string(),
});

export const queueDoc = documented({
  summary: 'The open requests, one page at a time, oldest first',
  json: { 200: { description: 'One page of the queue', schema: queuePageSchema } },
  errors: SIGNED_IN,
});

export const claimDoc = documented({
  summary: 'Take a request: it becomes one of your clients',
  json: {
    201: {
      description: 'The new client, by its pseudonymous label',
      schema: z.object({ client: z.object({ id: z.string(), label: z.string() }) }),
    },
  },
  errors: {
    ...SIGNED_IN_CHANGE,
    404: 'The request is no longer open',
    409: 'You are at your limit of active clients',
  },
});

export const clientsDoc = documented({
  summary: 'Your clients',
  json: {
    200: { description: 'Every client of yours', schema: z.object({ clients: z.array(clientSchema) }) },
  },
  errors: SIGNED_IN,
});

export const clientDoc = documented({
  summary: 'One of your clients',
  json: { 200: { description: 'The client', schema: z.object({ client: clientSchema }) } },
  errors: { ...SIGNED_IN, 404: NO_CLIENT },
});

export const updateClientDoc = documented({
  summary: 'Change a client’s stage, notes or archived flag',
  json: { 200: { description: 'The client as it is now', schema: z.object({ client: clientSchema }) } },
  errors: { ...SIGNED_IN_CHANGE, 404: NO_CLIENT },
});

export const forgetClientDoc = documented({
  summary: 'Forget a client and everything about them',
  json: { 200: { description: 'Forgotten', schema: z.object({ forgotten: z.literal(true) }) } },
  errors: { ...SIGNED_IN_CHANGE, 404: NO_CLIENT },
});

export const dueDoc = documented({
  summary: 'Follow-ups due across your active clients',
  json: {
    200: {
      description: 'Due on or before `until`, oldest first',
      schema: z.object({
        due: z.array(
          z.object({
            clientId: z.string(),
            clientLabel: z.string(),
            bookmarkId: z.string(),
            leadId: z.string(),
            title: z.string(),
            company: z.string(),
            stage: z.enum(bookmarkStages),
            followUpOn: z.iso.date(),
          }),
        ),
        until: z.iso.date(),
      }),
    },
  },
  errors: SIGNED_IN,
});

export const bookmarksDoc = documented({
  summary: 'A client’s shortlist',
  json: { 200: { description: 'The shortlist', schema: z.object({ bookmarks }) } },
  errors: { ...SIGNED_IN, 404: NO_CLIENT },
});

export const shortlistCsvDoc = documented({
  summary: 'A client’s shortlist as CSV (RFC 4180)',
  other: {
    200: { description: 'One row per bookmark, as an attachment', media: ['text/csv; charset=utf-8'] },
  },
  errors: { ...SIGNED_IN, 404: NO_CLIENT },
});

const saved = z.object({ bookmark: bookmarkSchema, created: z.boolean() });

export const addBookmarkDoc = documented({
  summary: 'Save a lead to a client’s shortlist',
  json: {
    201: { description: 'Saved', schema: saved },
    200: { description: 'Already on the shortlist, left as it was', schema: saved },
  },
  errors: { ...SIGNED_IN_CHANGE, 404: `${NO_CLIENT}; or the lead is no longer in Offramp` },
});

export const updateBookmarkDoc = documented({
  summary: 'Move a bookmark on the board, or change its notes or follow-up date',
  json: {
    200: {
      description: 'The bookmark and the shortlist as they are now',
      schema: z.object({ bookmark: bookmarkSchema, bookmarks }),
    },
  },
  errors: { ...SIGNED_IN_CHANGE, 404: NO_BOOKMARK },
});

export const removeBookmarkDoc = documented({
  summary: 'Remove a bookmark from a shortlist',
  json: {
    200: { description: 'Removed', schema: z.object({ removed: z.literal(true), bookmarks }) },
  },
  errors: { ...SIGNED_IN_CHANGE, 404: NO_BOOKMARK },
});

export const createShareLinkDoc = documented({
  summary: 'Make a private link that shows a client their shortlist',
  json: {
    201: {
      description: 'The link; the token is shown this once',
      schema: z.object({ path: z.string(), token: z.string(), id: z.string(), expiresAt: z.string() }),
    },
  },
  errors: { ...SIGNED_IN_CHANGE, 404: NO_CLIENT },
});

export const shareLinksDoc = documented({
  summary: 'A client’s share links, newest first',
  json: { 200: { description: 'Every link, live or not', schema: links } },
  errors: { ...SIGNED_IN, 404: NO_CLIENT },
});

export const revokeShareLinkDoc = documented({
  summary: 'Revoke one share link',
  json: { 200: { description: 'The client’s links as they are now', schema: links } },
  errors: { ...SIGNED_IN_CHANGE, 404: `${NO_CLIENT}; or no live link with that id` },
});

export const revokeShareLinksDoc = documented({
  summary: 'Revoke every share link of a client',
  json: {
    200: { description: 'How many were live', schema: z.object({ revoked: z.number().int().min(0) }) },
  },
  errors: { ...SIGNED_IN_CHANGE, 404: NO_CLIENT },
});

export const timelineDoc = documented({
  summary: 'A client’s activity timeline, newest first',
  json: {
    200: { description: 'The timeline', schema: z.object({ timeline: z.array(timelineEntrySchema) }) },
  },
  errors: { ...SIGNED_IN, 404: NO_CLIENT },
});

export const addTimelineNoteDoc = documented({
  summary: 'Add a note to a client’s timeline',
  json: { 201: { description: 'The new entry', schema: z.object({ entry: timelineEntrySchema }) } },
  errors: { ...SIGNED_IN_CHANGE, 404: NO_CLIENT },
});

/** A shortlist entry through a share link: a field the adviser did not tick is null. */
const sharedEntrySchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  salary: salarySchema.nullable(),
  stage: z.enum(bookmarkStages).nullable(),
  note: z.string().nullable(),
  leadStatus: z.enum(['open', 'closed', 'removed']),
  url: z.string().nullable(),
});

export const sharedShortlistDoc = documented({
  summary: 'What a client sees through a share link',
  json: {
    200: {
      description: 'The shortlist with only the ticked fields, and the resume if ticked and shared',
      schema: z.object({
        fields: z.array(z.enum(shareFields)),
        shortlist: z.array(sharedEntrySchema),
        resume: resumeSchema.nullable(),
      }),
    },
  },
  errors: { 404: 'The link is not valid, has expired or was withdrawn' },
});
