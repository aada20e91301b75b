import { z } from 'zod';
import { tooMany } from './common-answers';
import { documented } from './documented';

const receipt = z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
const unknownReceipt = { 404: 'No request with that receipt code: withdrawn, expired or mistyped' };

export const intakeDoc = documented({
  summary: 'Ask for an adviser, with no account and no name',
  json: {
    201: {
      description: 'Received; the receipt code is the seeker’s only handle on it',
      schema: z.object({ receipt, status: z.literal('open') }),
    },
  },
  errors: { 413: 'The request is larger than 16 kB', ...tooMany('requests for help') },
});

export const intakeStatusDoc = documented({
  summary: 'Whether a request is still waiting or an adviser took it',
  json: { 200: { description: 'Its status', schema: z.object({ status: z.enum(['open', 'claimed']) }) } },
  errors: { ...unknownReceipt, ...tooMany('receipt checks') },
});

export const withdrawIntakeDoc = documented({
  summary: 'Withdraw a request',
  json: { 200: { description: 'Withdrawn and deleted', schema: z.object({ withdrawn: z.literal(true) }) } },
  errors: { ...unknownReceipt, ...tooMany('receipt checks') },
});

export const shareDraftDoc = documented({
  summary: 'Share a resume draft for a request for help; answers its reference (resumeDraft)',
  json: {
    201: {
      description: 'Stored sealed; only the adviser who takes the request it is attached to can open it',
      schema: z.object({ draft: z.string().regex(/^[\w-]{43}$/), expiresInHours: z.number() }),
    },
  },
  errors: { 413: 'The draft is larger than 256 kB', ...tooMany('shared drafts') },
});
