import { randomUUID } from 'node:crypto';
import type { BookmarkStage } from '../core/intake';
import type { Sealer } from './intake-repo';
import type { Store } from './open-store';
import { hashToken, newToken } from './token-hash';

export interface BookmarkView {
  id: string;
  leadId: string;
  title: string;
  company: string;
  location: string | null;
  url: string | null;
  /** open, closed, or removed when the lead is no longer in the store. */
  leadStatus: 'open' | 'closed' | 'removed';
  stage: BookmarkStage;
  note: string;
}

interface Row {
  id: string;
  lead_id: string;
  title: string;
  company: string;
  note: string | null;
  stage: BookmarkStage;
  location: string | null;
  url: string | null;
  status: 'open' | 'closed' | null;
}

const SELECT = `SELECT b.id, b.lead_id, b.title, b.company, b.note, b.stage, l.location, l.url, l.status
  FROM bookmarks b LEFT JOIN leads l ON l.id = b.lead_id`;

const view = (r: Row, sealer: Sealer): BookmarkView => ({
  id: r.id,
  leadId: r.lead_id,
  title: r.title,
  company: r.company,
  location: r.location,
  url: r.url,
  leadStatus: r.status ?? 'removed',
  stage: r.stage,
  note: r.note ? sealer.decrypt(r.note, r.id) : '',
});

export function listBookmarks(db: Store, sealer: Sealer, clientId: string): BookmarkView[] {
  return (db.prepare(`${SELECT} WHERE b.client_id = ? ORDER BY b.created_at`).all(clientId) as Row[]).map(
    (r) => view(r, sealer),
  );
}

/** Bookmarks a lead for a client (once per lead); null when the lead does not exist. */
export function addBookmark(
  db: Store,
  sealer: Sealer,
  clientId: string,
  leadId: string,
  note: string,
  stage: string,
  now = new Date(),
): BookmarkView | null {
  const lead = db.prepare('SELECT title, company FROM leads WHERE id = ?').get(leadId) as
    | { title: string; company: string }
    | undefined;
  if (!lead) return null;
  const id = randomUUID();
  db.prepare(
    `INSERT INTO bookmarks (id, client_id, lead_id, title, company, note, stage, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (client_id, lead_id) DO NOTHING`,
  ).run(
    id,
    clientId,
    leadId,
    lead.title,
    lead.company,
    note ? sealer.encrypt(note, id) : null,
    stage,
    now.toISOString(),
    now.toISOString(),
  );
  const row = db.prepare(`${SELECT} WHERE b.client_id = ? AND b.lead_id = ?`).get(clientId, leadId) as Row;
  return view(row, sealer);
}

export function updateBookmark(
  db: Store,
  sealer: Sealer,
  clientId: string,
  bookmarkId: string,
  patch: { note?: string; stage?: string },
  now = new Date(),
): boolean {
  const sets = ['updated_at = ?'];
  const values: (string | null)[] = [now.toISOString()];
  if (patch.stage !== undefined) {
    sets.push('stage = ?');
    values.push(patch.stage);
  }
  if (patch.note !== undefined) {
    sets.push('note = ?');
    values.push(patch.note ? sealer.encrypt(patch.note, bookmarkId) : null);
  }
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

/** A new private link: 256 random bits, shown once; only its hash is kept. */
export function createShareLink(
  db: Store,
  clientId: string,
  days: number,
  now = new Date(),
): { token: string; expiresAt: string } {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  db.prepare(
    'INSERT INTO share_links (token_hash, client_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  ).run(hashToken(token), clientId, now.toISOString(), expiresAt);
  return { token, expiresAt };
}

export function revokeShareLinks(db: Store, clientId: string, now = new Date()): number {
  return db
    .prepare('UPDATE share_links SET revoked_at = ? WHERE client_id = ? AND revoked_at IS NULL')
    .run(now.toISOString(), clientId).changes;
}

/** The client behind a share token, if it is live: not revoked and not expired. */
export function clientForShareToken(
  db: Store,
  token: string,
  now = new Date(),
): { clientId: string; label: string } | null {
  const row = db
    .prepare(
      `SELECT c.id, c.label FROM share_links s JOIN clients c ON c.id = s.client_id
       WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ?`,
    )
    .get(hashToken(token), now.toISOString()) as { id: string; label: string } | undefined;
  return row ? { clientId: row.id, label: row.label } : null;
}

export interface ShareLinkView {
  /** The token's hash: enough to name the link, useless for opening it. */
  id: string;
  createdAt: string;
  expiresAt: string;
  status: 'live' | 'expired' | 'revoked';
}

export function listShareLinks(db: Store, clientId: string, now = new Date()): ShareLinkView[] {
  const rows = db
    .prepare(
      'SELECT token_hash, created_at, expires_at, revoked_at FROM share_links WHERE client_id = ? ORDER BY created_at DESC',
    )
    .all(clientId) as {
    token_hash: string;
    created_at: string;
    expires_at: string;
    revoked_at: string | null;
  }[];
  return rows.map((r) => ({
    id: r.token_hash,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    status: r.revoked_at ? 'revoked' : r.expires_at <= now.toISOString() ? 'expired' : 'live',
  }));
}

export function revokeShareLink(db: Store, clientId: string, linkId: string, now = new Date()): boolean {
  return (
    db
      .prepare(
        'UPDATE share_links SET revoked_at = ? WHERE client_id = ? AND token_hash = ? AND revoked_at IS NULL',
      )
      .run(now.toISOString(), clientId, linkId).changes === 1
  );
}
