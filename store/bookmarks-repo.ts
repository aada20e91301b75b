import { randomUUID } from 'node:crypto';
import type { Salary } from '../core/lead/lead';
import type { BookmarkStage, CloseReason } from '../core/pipeline';
import { arrivalTime } from './arrival-time';
import type { Sealer } from './intake-repo';
import type { Store } from './open-store';

export interface BookmarkView {
  id: string;
  leadId: string;
  title: string;
  company: string;
  location: string | null;
  url: string | null;
  salary: Salary | null;
  /** The lead's fit for these backgrounds, 0 to 1, when it has been scored. */
  fitScore: number | null;
  closesAt: string | null;
  /** open, closed, or removed when the lead is no longer in the store. */
  leadStatus: 'open' | 'closed' | 'removed';
  stage: BookmarkStage;
  closedReason: CloseReason | null;
  /** A date (YYYY-MM-DD) the adviser wants to look at this again. */
  followUpOn: string | null;
  /** Written for the client: a share link shows it when the adviser ticks "note". */
  note: string;
  /** For the adviser alone: never shown through a share link. */
  privateNote: string;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  lead_id: string;
  title: string;
  company: string;
  note: string | null;
  private_note: string | null;
  stage: BookmarkStage;
  closed_reason: CloseReason | null;
  follow_up_on: string | null;
  created_at: string;
  updated_at: string;
  location: string | null;
  url: string | null;
  salary: string | null;
  fit_score: number | null;
  closes_at: string | null;
  status: 'open' | 'closed' | null;
}

const SELECT = `SELECT b.id, b.lead_id, b.title, b.company, b.note, b.private_note, b.stage, b.closed_reason,
  b.follow_up_on, b.created_at, b.updated_at, l.location, l.url, l.salary, l.fit_score, l.closes_at, l.status
  FROM bookmarks b LEFT JOIN leads l ON l.id = b.lead_id`;

/** The private note is sealed with its own associated data, so it can never be read as the shared one. */
const privateId = (bookmarkId: string) => `${bookmarkId}/private`;

const salaryOf = (text: string | null): Salary | null => {
  if (!text) return null;
  const parsed = JSON.parse(text) as Salary | null;
  return parsed && (parsed.min !== null || parsed.max !== null) ? parsed : null;
};

const view = (r: Row, sealer: Sealer): BookmarkView => ({
  id: r.id,
  leadId: r.lead_id,
  title: r.title,
  company: r.company,
  location: r.location,
  url: r.url,
  salary: salaryOf(r.salary),
  fitScore: r.fit_score,
  closesAt: r.closes_at,
  leadStatus: r.status ?? 'removed',
  stage: r.stage,
  closedReason: r.closed_reason,
  followUpOn: r.follow_up_on,
  note: r.note ? sealer.decrypt(r.note, r.id) : '',
  privateNote: r.private_note ? sealer.decrypt(r.private_note, privateId(r.id)) : '',
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listBookmarks(db: Store, sealer: Sealer, clientId: string): BookmarkView[] {
  return (db.prepare(`${SELECT} WHERE b.client_id = ? ORDER BY b.created_at`).all(clientId) as Row[]).map(
    (r) => view(r, sealer),
  );
}

export function getBookmark(
  db: Store,
  sealer: Sealer,
  clientId: string,
  bookmarkId: string,
): BookmarkView | null {
  const row = db.prepare(`${SELECT} WHERE b.client_id = ? AND b.id = ?`).get(clientId, bookmarkId) as
    | Row
    | undefined;
  return row ? view(row, sealer) : null;
}

export interface NewBookmark {
  leadId: string;
  note: string;
  privateNote?: string;
  stage: BookmarkStage;
  closedReason?: CloseReason | null;
  followUpOn?: string | null;
}

/**
 * Bookmarks a lead for a client in one step, with its stage and notes. A lead already on the
 * shortlist is left as it was and `created` is false; null when the lead does not exist.
 */
export function addBookmark(
  db: Store,
  sealer: Sealer,
  clientId: string,
  input: NewBookmark,
  now?: Date,
): { bookmark: BookmarkView; created: boolean } | null {
  const lead = db.prepare('SELECT title, company FROM leads WHERE id = ?').get(input.leadId) as
    | { title: string; company: string }
    | undefined;
  if (!lead) return null;
  const id = randomUUID();
  const at = now ? now.toISOString() : arrivalTime();
  const inserted = db
    .prepare(
      `INSERT INTO bookmarks (id, client_id, lead_id, title, company, note, private_note, stage, closed_reason,
         follow_up_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (client_id, lead_id) DO NOTHING`,
    )
    .run(
      id,
      clientId,
      input.leadId,
      lead.title,
      lead.company,
      input.note ? sealer.encrypt(input.note, id) : null,
      input.privateNote ? sealer.encrypt(input.privateNote, privateId(id)) : null,
      input.stage,
      input.stage === 'closed' ? (input.closedReason ?? 'other') : null,
      input.followUpOn ?? null,
      at,
      at,
    );
  const row = db
    .prepare(`${SELECT} WHERE b.client_id = ? AND b.lead_id = ?`)
    .get(clientId, input.leadId) as Row;
  return { bookmark: view(row, sealer), created: inserted.changes > 0 };
}

export interface BookmarkPatch {
  note?: string;
  privateNote?: string;
  stage?: BookmarkStage;
  closedReason?: CloseReason | null;
  followUpOn?: string | null;
}

export function updateBookmark(
  db: Store,
  sealer: Sealer,
  clientId: string,
  bookmarkId: string,
  patch: BookmarkPatch,
  now = new Date(),
): boolean {
  const sets = ['updated_at = ?'];
  const values: (string | null)[] = [now.toISOString()];
  const set = (column: string, value: string | null) => {
    sets.push(`${column} = ?`);
    values.push(value);
  };
  if (patch.stage !== undefined) {
    set('stage', patch.stage);
    // A reason belongs only to a closed lead; moving it back on the board clears it.
    if (patch.stage !== 'closed') set('closed_reason', null);
    else set('closed_reason', patch.closedReason ?? 'other');
  } else if (patch.closedReason !== undefined) {
    sets.push("closed_reason = CASE WHEN stage = 'closed' THEN ? ELSE NULL END");
    values.push(patch.closedReason);
  }
  if (patch.note !== undefined) set('note', patch.note ? sealer.encrypt(patch.note, bookmarkId) : null);
  if (patch.privateNote !== undefined)
    set('private_note', patch.privateNote ? sealer.encrypt(patch.privateNote, privateId(bookmarkId)) : null);
  if (patch.followUpOn !== undefined) set('follow_up_on', patch.followUpOn);
  return (
    db
      .prepare(`UPDATE bookmarks SET ${sets.join(', ')} WHERE id = ? AND client_id = ?`)
      .run(...values, bookmarkId, clientId).changes > 0
  );
}

export function removeBookmark(db: Store, clientId: string, bookmarkId: string): boolean {
  return (
    db.prepare('DELETE FROM bookmarks WHERE id = ? AND client_id = ?').run(bookmarkId, clientId).changes > 0
  );
}

export interface DueFollowUp {
  clientId: string;
  clientLabel: string;
  bookmarkId: string;
  leadId: string;
  title: string;
  company: string;
  stage: BookmarkStage;
  followUpOn: string;
}

/**
 * Follow-ups due on or before `until` across one adviser's active clients, oldest first: the
 * dashboard's "Due" list. Closed bookmarks are left out; they need no follow-up.
 */
export function dueFollowUps(db: Store, adviserId: string, until: string): DueFollowUp[] {
  const rows = db
    .prepare(
      `SELECT c.id AS client_id, c.label, b.id, b.lead_id, b.title, b.company, b.stage, b.follow_up_on
       FROM bookmarks b JOIN clients c ON c.id = b.client_id
       WHERE c.adviser_id = ? AND c.archived = 0 AND b.follow_up_on IS NOT NULL AND b.follow_up_on <= ?
         AND b.stage <> 'closed'
       ORDER BY b.follow_up_on, c.label, b.title LIMIT 200`,
    )
    .all(adviserId, until) as {
    client_id: string;
    label: string;
    id: string;
    lead_id: string;
    title: string;
    company: string;
    stage: BookmarkStage;
    follow_up_on: string;
  }[];
  return rows.map((r) => ({
    clientId: r.client_id,
    clientLabel: r.label,
    bookmarkId: r.id,
    leadId: r.lead_id,
    title: r.title,
    company: r.company,
    stage: r.stage,
    followUpOn: r.follow_up_on,
  }));
}
