import type { bookmarkStages, clientStages } from '../../../core/intake';

export const CLIENT_STAGE_LABEL: Record<(typeof clientStages)[number], string> = {
  new: 'New',
  'in-conversation': 'In conversation',
  applying: 'Applying',
  interviewing: 'Interviewing',
  offer: 'Offer',
  placed: 'Placed',
  closed: 'Closed',
};

export const BOOKMARK_STAGE_LABEL: Record<(typeof bookmarkStages)[number], string> = {
  saved: 'Saved',
  recommended: 'Recommended',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
};

export const shortDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
