import type { ShareField } from '../core/pipeline';
import { shareFields } from '../core/pipeline';
import type { Sealer } from './intake-repo';
import type { Store } from './open-store';
import { hashToken, newToken } from './token-hash';

/** Links made before fields could be ticked showed everything they now can, so they keep doing so. */
const LEGACY_FIELDS: readonly ShareField[] = shareFields;

const labelId = (tokenHash: string) => `share-label/${tokenHash}`;

/** A new private link: 256 random bits, shown once; only its hash is kept. */
export function createShareLink(
  db: Store,
  sealer: Sealer,
  clientId: string,
  options: { days: number; label?: string; fields?: readonly ShareField[] },
  now = new Date(),
): { token: string; id: string; expiresAt: string } {
  const token = newToken();
  const id = hashToken(token);
  const expiresAt = new Date(now.getTime() + options.days * 86_400_000).toISOString();
  db.prepare(
    'INSERT INTO share_links (token_hash, client_id, created_at, expires_at, label, fields) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    clientId,
    now.toISOString(),
    expiresAt,
    options.label ? sealer.encrypt(options.label, labelId(id)) : null,
    JSON.stringify(options.fields ?? LEGACY_FIELDS),
  );
  return { token, id, expiresAt };
}

export function revokeShareLinks(db: Store, clientId: string, now = new Date()): number {
  return db
    .prepare('UPDATE share_links SET revoked_at = ? WHERE client_id = ? AND revoked_at IS NULL')
    .run(now.toISOString(), clientId).changes;
}

const fieldsOf = (text: string | null): ShareField[] =>
  text ? (JSON.parse(text) as ShareField[]).filter((f) => shareFields.includes(f)) : [...LEGACY_FIELDS];

/**
 * The client behind a share token, if it is live (not revoked, not expired), with the fields the
 * adviser ticked. Opening it is counted, so the adviser can see whether the client has looked.
 */
export function openShareLink(
  db: Store,
  token: string,
  now = new Date(),
): { clientId: string; fields: ShareField[] } | null {
  const tokenHash = hashToken(token);
  const row = db
    .prepare(
      `SELECT client_id, fields FROM share_links
       WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?`,
    )
    .get(tokenHash, now.toISOString()) as { client_id: string; fields: string | null } | undefined;
  if (!row) return null;
  db.prepare(
    'UPDATE share_links SET last_viewed_at = ?, view_count = view_count + 1 WHERE token_hash = ?',
  ).run(now.toISOString(), tokenHash);
  return { clientId: row.client_id, fields: fieldsOf(row.fields) };
}

export interface ShareLinkView {
  /** The token's hash: enough to name the link, useless for opening it. */
  id: string;
  label: string;
  fields: ShareField[];
  createdAt: string;
  expiresAt: string;
  lastViewedAt: string | null;
  viewCount: number;
  status: 'live' | 'expired' | 'revoked';
}

export function listShareLinks(
  db: Store,
  sealer: Sealer,
  clientId: string,
  now = new Date(),
): ShareLinkView[] {
  const rows = db
    .prepare(
      `SELECT token_hash, label, fields, created_at, expires_at, revoked_at, last_viewed_at, view_count
       FROM share_links WHERE client_id = ? ORDER BY created_at DESC`,
    )
    .all(clientId) as {
    token_hash: string;
    label: string | null;
    fields: string | null;
    created_at: string;
    expires_at: string;
    revoked_at: string | null;
    last_viewed_at: string | null;
    view_count: number;
  }[];
  return rows.map((r) => ({
    id: r.token_hash,
    label: r.label ? sealer.decrypt(r.label, labelId(r.token_hash)) : '',
    fields: fieldsOf(r.fields),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastViewedAt: r.last_viewed_at,
    viewCount: r.view_count,
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
