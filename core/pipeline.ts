/**
 * An adviser's pipeline for one client: each bookmarked lead sits in one stage, in this order. A
 * lead that closes carries a reason, so the board says why it left rather than just that it did.
 */
export const bookmarkStages = [
  'suggested',
  'client-interested',
  'applied',
  'interviewing',
  'offer',
  'closed',
] as const;
export type BookmarkStage = (typeof bookmarkStages)[number];

export const closeReasons = [
  'not-interested',
  'not-selected',
  'position-filled',
  'took-another-offer',
  'hired',
  'other',
] as const;
export type CloseReason = (typeof closeReasons)[number];

/** What a share link may show, each ticked by the adviser when the link is made. */
export const shareFields = ['title', 'employer', 'location', 'salary', 'stage', 'note', 'resume'] as const;
export type ShareField = (typeof shareFields)[number];
/** Ticked unless the adviser unticks them: everything but the resume, which is shared only on purpose. */
export const defaultShareFields: readonly ShareField[] = [
  'title',
  'employer',
  'location',
  'salary',
  'stage',
  'note',
];

/** What the activity timeline records; the text of each entry is stored encrypted. */
export const timelineKinds = [
  'claimed',
  'saved',
  'stage',
  'follow-up',
  'removed',
  'shared',
  'revoked',
  'note',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const BOOKMARK_STAGE_LABEL: Record<BookmarkStage, string> = {
  suggested: 'Suggested',
  'client-interested': 'Client interested',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  closed: 'Closed',
};

export const CLOSE_REASON_LABEL: Record<CloseReason, string> = {
  'not-interested': 'Client not interested',
  'not-selected': 'Not selected',
  'position-filled': 'Position filled or withdrawn',
  'took-another-offer': 'Took another offer',
  hired: 'Hired here',
  other: 'Other reason',
};

export const SHARE_FIELD_LABEL: Record<ShareField, string> = {
  title: 'Job title',
  employer: 'Employer',
  location: 'Location',
  salary: 'Salary',
  stage: 'Stage',
  note: 'Your note for the client',
  resume: 'Their resume draft',
};
