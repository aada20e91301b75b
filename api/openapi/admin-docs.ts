import { z } from 'zod';
import { catalogueEntrySchema } from '../../core/catalogue';
import { sourceConfigSchema } from '../../core/source-config';
import { crawlRunSchema, sourceRunSchema } from '../../store/crawl-runs-repo';
import { ADMIN, adviserSchema } from './common-answers';
import { documented } from './documented';
import { queuePageSchema } from './workspace-docs';

const advisers = z.object({
  advisers: z.array(
    adviserSchema.extend({
      disabled: z.boolean(),
      secondFactor: z.boolean(),
      activeClients: z.number().int().min(0),
      createdAt: z.string(),
    }),
  ),
});

export const advisersDoc = documented({
  summary: 'Every adviser account, with how many active clients each holds',
  json: { 200: { description: 'The accounts', schema: advisers } },
  errors: ADMIN,
});

export const setAdviserDisabledDoc = documented({
  summary: 'Disable or enable an adviser account',
  json: { 200: { description: 'The accounts as they are now', schema: advisers } },
  errors: { ...ADMIN, 400: 'Not valid, or your own account', 404: 'No such adviser' },
});

const role = z.enum(['adviser', 'admin']);

export const invitesDoc = documented({
  summary: 'Every invite, open or not',
  json: {
    200: {
      description: 'The invites, newest first',
      schema: z.object({
        invites: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            role,
            createdAt: z.string(),
            expiresAt: z.string(),
            status: z.enum(['open', 'used', 'expired', 'revoked']),
          }),
        ),
      }),
    },
  },
  errors: ADMIN,
});

export const createInviteDoc = documented({
  summary: 'Make a single-use invite link',
  json: {
    201: {
      description: 'The invite; its path is shown this once',
      schema: z.object({
        id: z.string(),
        path: z.string().startsWith('/join/'),
        role,
        label: z.string(),
        expiresAt: z.string(),
      }),
    },
  },
  errors: ADMIN,
});

export const revokeInviteDoc = documented({
  summary: 'Withdraw an open invite',
  json: { 200: { description: 'Withdrawn', schema: z.object({ revoked: z.literal(true) }) } },
  errors: { ...ADMIN, 404: 'No open invite with that id' },
});

export const adminQueueDoc = documented({
  summary: 'The open requests, one page at a time, for assigning',
  json: { 200: { description: 'One page of the queue', schema: queuePageSchema } },
  errors: ADMIN,
});

export const assignDoc = documented({
  summary: 'Assign a request to an adviser',
  json: {
    201: {
      description: 'Assigned; the new client’s label',
      schema: z.object({ assigned: z.object({ adviserId: z.string(), label: z.string() }) }),
    },
  },
  errors: {
    ...ADMIN,
    400: 'Not valid, or no active adviser with that id',
    404: 'The request is no longer open',
    409: 'The adviser is at their limit of active clients',
  },
});

export const sourcesDoc = documented({
  summary: 'Every source with its last run, and stored sources that no longer pass',
  json: {
    200: {
      description: 'The sources',
      schema: z.object({
        sources: z.array(z.object({ source: sourceConfigSchema, lastRun: sourceRunSchema.nullable() })),
        invalid: z.array(
          z.object({ id: z.string(), problem: z.string(), raw: z.record(z.string(), z.unknown()) }),
        ),
        crawling: z.boolean(),
      }),
    },
  },
  errors: ADMIN,
});

const oneSource = z.object({ source: sourceConfigSchema });
const blocked = 'A field is not valid, or an address is not public';

export const addSourceDoc = documented({
  summary: 'Add a source',
  json: { 201: { description: 'Added', schema: oneSource } },
  errors: { ...ADMIN, 400: blocked, 409: 'A source with this id exists already' },
});

export const editSourceDoc = documented({
  summary: 'Replace a source’s settings',
  json: { 200: { description: 'Saved', schema: oneSource } },
  errors: { ...ADMIN, 400: `${blocked}, or the id does not match`, 404: 'No such source' },
});

export const pauseSourceDoc = documented({
  summary: 'Pause or resume a source',
  json: {
    200: {
      description: 'The source; null when its stored settings no longer pass',
      schema: z.object({ source: sourceConfigSchema.nullable() }),
    },
  },
  errors: { ...ADMIN, 404: 'No such source' },
});

export const runSourceDoc = documented({
  summary: 'Crawl one source now',
  json: { 202: { description: 'The crawl started', schema: z.object({ started: z.literal(true) }) } },
  errors: { ...ADMIN, 404: 'No such source', 409: 'A crawl is running already' },
});

export const runsDoc = documented({
  summary: 'The 20 latest crawl runs',
  json: {
    200: {
      description: 'Newest first',
      schema: z.object({ runs: z.array(crawlRunSchema), crawling: z.boolean() }),
    },
  },
  errors: ADMIN,
});

export const catalogueDoc = documented({
  summary: 'The starter catalogue, and which entries are added',
  json: {
    200: {
      description: 'Every entry',
      schema: z.object({
        entries: z.array(catalogueEntrySchema.omit({ params: true }).extend({ added: z.boolean() })),
      }),
    },
  },
  errors: ADMIN,
});

export const addFromCatalogueDoc = documented({
  summary: 'Add catalogue entries as sources',
  json: {
    200: {
      description: 'What was added, and what could not be',
      schema: z.object({ added: z.array(z.string()), problems: z.array(z.string()) }),
    },
  },
  errors: { ...ADMIN, 400: 'Not valid, or no catalogue entry with one of the ids' },
});
