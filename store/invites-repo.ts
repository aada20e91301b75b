import type { Role } from './advisers-repo';
import { createAdviser } from './advisers-repo';
import type { Store } from './open-store';
import { hashToken, newToken } from './token-hash';

export interface InviteView {
  id: string;
  /** The admin's own words for whom it is for ("Dana, Tucson meetup"), so rows can be told apart. */
  label: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  status: 'open' | 'used' | 'expired' | 'revoked';
}

/** A single-use invite. The token is shown once; its hash doubles as the invite's id. */
export function createInvite(
  db: Store,
  role: Role,
  createdBy: string,
  days: number,
  now = new Date(),
  label = '',
): { token: string; id: string; expiresAt: string } {
  const token = newToken();
  const id = hashToken(token);
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  db.prepare(
    'INSERT INTO invites (token_hash, role, created_by, created_at, expires_at, label) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, role, createdBy, now.toISOString(), expiresAt, label || null);
  return { token, id, expiresAt };
}

export function listInvites(db: Store, now = new Date()): InviteView[] {
  const rows = db
    .prepare(
      'SELECT token_hash, role, label, created_at, expires_at, used_at, revoked_at FROM invites ORDER BY created_at DESC LIMIT 200',
    )
    .all() as {
    token_hash: string;
    role: Role;
    label: string | null;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    revoked_at: string | null;
  }[];
  return rows.map((r) => ({
    id: r.token_hash,
    label: r.label ?? '',
    role: r.role,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    status: r.used_at
      ? 'used'
      : r.revoked_at
        ? 'revoked'
        : r.expires_at <= now.toISOString()
          ? 'expired'
          : 'open',
  }));
}

export function revokeInvite(db: Store, id: string, now = new Date()): boolean {
  return (
    db
      .prepare(
        'UPDATE invites SET revoked_at = ? WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL',
      )
      .run(now.toISOString(), id).changes === 1
  );
}

/** The role an invite grants, if it can still be used. */
export function openInviteRole(db: Store, token: string, now = new Date()): Role | null {
  const row = db
    .prepare(
      'SELECT role FROM invites WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?',
    )
    .get(hashToken(token), now.toISOString()) as { role: Role } | undefined;
  return row?.role ?? null;
}

/**
 * Spends the invite and creates the account in one transaction: two people racing with the same
 * link cannot both get an account, and a failed account creation leaves the invite usable.
 */
export function acceptInvite(
  db: Store,
  token: string,
  email: string,
  passwordHash: string,
  now = new Date(),
): { id: string; email: string; role: Role } | null {
  return db.transaction(() => {
    const row = db
      .prepare(
        `UPDATE invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL
         AND expires_at > ? RETURNING role`,
      )
      .get(now.toISOString(), hashToken(token), now.toISOString()) as { role: Role } | undefined;
    if (!row) return null;
    return createAdviser(db, email, passwordHash, row.role, now);
  })();
}
