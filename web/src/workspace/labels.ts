import type { clientStages } from '../../../core/intake';

export { BOOKMARK_STAGE_LABEL, CLOSE_REASON_LABEL, SHARE_FIELD_LABEL } from '../../../core/pipeline';

export const CLIENT_STAGE_LABEL: Record<(typeof clientStages)[number], string> = {
  new: 'New',
  'in-conversation': 'In conversation',
  applying: 'Applying',
  interviewing: 'Interviewing',
  offer: 'Offer',
  placed: 'Placed',
  closed: 'Closed',
};

export const shortDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });

/** "3 Dec", for a date-only value (YYYY-MM-DD) read in the adviser's own calendar, not shifted by UTC. */
export const dayText = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
};

/** Today as YYYY-MM-DD in the adviser's time zone. */
export const today = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
