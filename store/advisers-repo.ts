import { randomUUID } from 'node:crypto';
import type { Store } from './open-store';
import { csrfTokenFor, hashToken, newToken } from './token-hash';

export type Role = 'admin' | 'adviser';

export interface Adviser {
  id: string;
  email: string;
  role: Role;
}

export interface AdviserWithHash extends Adviser {
  passwordHash: string;
  disabled: boolean;
  secondFactor: boolean;
}

export class AdviserExistsError extends Error {
  override readonly name = 'AdviserExistsError';
}

export function createAdviser(
  db: Store,
  email: string,
  passwordHash: string,
  role: Role,
  now = new Date(),
): Adviser {
  const id = randomUUID();
  try {
    db.prepare(
      'INSERT INTO advisers (id, email, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, email.toLowerCase(), passwordHash, role, now.toISOString(), now.toISOString());
  } catch (error) {
    if (String(error).includes('UNIQUE'))
      throw new AdviserExistsError(`An account for ${email} already exists.`);
    throw error;
  }
  return { id, email: email.toLowerCase(), role };
}

export function findAdviserByEmail(db: Store, email: string): AdviserWithHash | null {
  const row = db
    .prepare('SELECT id, email, role, password_hash, disabled, totp_enabled FROM advisers WHERE email = ?')
    .get(email.toLowerCase()) as
    | {
        id: string;
        email: string;
        role: Role;
        password_hash: string;
        disabled: number;
        totp_enabled: number;
      }
    | undefined;
  return row
    ? {
        id: row.id,
        email: row.email,
        role: row.role,
        passwordHash: row.password_hash,
        disabled: row.disabled === 1,
        secondFactor: row.totp_enabled === 1,
      }
    : null;
}

export function findAdviserById(db: Store, id: string): AdviserWithHash | null {
  const row = db.prepare('SELECT email FROM advisers WHERE id = ?').get(id) as { email: string } | undefined;
  return row ? findAdviserByEmail(db, row.email) : null;
}

export interface AdviserSummary extends Adviser {
  disabled: boolean;
  secondFactor: boolean;
  activeClients: number;
  createdAt: string;
}

/** Every account for the admin page, with how many active clients each holds; never client data. */
export function listAdvisers(db: Store): AdviserSummary[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.email, a.role, a.disabled, a.totp_enabled, a.created_at,
         (SELECT COUNT(*) FROM clients c WHERE c.adviser_id = a.id AND c.archived = 0) AS active
       FROM advisers a ORDER BY a.email`,
    )
    .all() as {
    id: string;
    email: string;
    role: Role;
    disabled: number;
    totp_enabled: number;
    created_at: string;
    active: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    disabled: r.disabled === 1,
    secondFactor: r.totp_enabled === 1,
    activeClients: r.active,
    createdAt: r.created_at,
  }));
}

/** Disabling an account also ends all of its sessions at once. */
export function setAdviserDisabled(db: Store, id: string, disabled: boolean, now = new Date()): boolean {
  return db.transaction(() => {
    const changed =
      db
        .prepare('UPDATE advisers SET disabled = ?, updated_at = ? WHERE id = ?')
        .run(disabled ? 1 : 0, now.toISOString(), id).changes === 1;
    if (changed && disabled) endAllSessions(db, id);
    return changed;
  })();
}

export function setPasswordHash(db: Store, adviserId: string, passwordHash: string, now = new Date()): void {
  db.prepare('UPDATE advisers SET password_hash = ?, updated_at = ? WHERE id = ?').run(
    passwordHash,
    now.toISOString(),
    adviserId,
  );
}

export function passwordHashOf(db: Store, adviserId: string): string | null {
  return (
    (
      db.prepare('SELECT password_hash FROM advisers WHERE id = ?').get(adviserId) as
        | { password_hash: string }
        | undefined
    )?.password_hash ?? null
  );
}

export interface Session {
  adviser: Adviser;
  csrfToken: string;
  /** Whether the account has a TOTP second factor in force; admin routes require one. */
  secondFactor: boolean;
}

/** A new session: the raw token goes in the cookie; only its hash is stored. */
export function createSession(
  db: Store,
  adviserId: string,
  maxHours: number,
  now = new Date(),
): { token: string; csrfToken: string } {
  const token = newToken();
  const csrfToken = csrfTokenFor(token);
  db.prepare(
    'INSERT INTO adviser_sessions (token_hash, adviser_id, csrf_token, created_at, last_seen, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    hashToken(token),
    adviserId,
    hashToken(csrfToken),
    now.toISOString(),
    now.toISOString(),
    new Date(now.getTime() + maxHours * 3_600_000).toISOString(),
  );
  return { token, csrfToken };
}

/**
 * The session for a cookie token, if it is within both its absolute lifetime and the idle timeout;
 * using it moves the idle clock. Expired sessions are deleted on sight.
 */
export function resumeSession(
  db: Store,
  token: string,
  idleMinutes: number,
  now = new Date(),
): Session | null {
  const tokenHash = hashToken(token);
  const row = db
    .prepare(
      `SELECT s.csrf_token, s.last_seen, s.expires_at, a.id, a.email, a.role, a.disabled, a.totp_enabled
       FROM adviser_sessions s JOIN advisers a ON a.id = s.adviser_id WHERE s.token_hash = ?`,
    )
    .get(tokenHash) as
    | {
        csrf_token: string;
        last_seen: string;
        expires_at: string;
        id: string;
        email: string;
        role: Role;
        disabled: number;
        totp_enabled: number;
      }
    | undefined;
  // The stored CSRF hash must be that of the token derived from this cookie: a row written before
  // CSRF tokens were hashed (or tampered with) is no session.
  if (!row || row.csrf_token !== hashToken(csrfTokenFor(token))) return null;
  const idleSince = now.getTime() - Date.parse(row.last_seen);
  if (row.disabled === 1 || now.toISOString() >= row.expires_at || idleSince > idleMinutes * 60_000) {
    db.prepare('DELETE FROM adviser_sessions WHERE token_hash = ?').run(tokenHash);
    return null;
  }
  db.prepare('UPDATE adviser_sessions SET last_seen = ? WHERE token_hash = ?').run(
    now.toISOString(),
    tokenHash,
  );
  return {
    adviser: { id: row.id, email: row.email, role: row.role },
    csrfToken: csrfTokenFor(token),
    secondFactor: row.totp_enabled === 1,
  };
}

export function endSession(db: Store, token: string): void {
  db.prepare('DELETE FROM adviser_sessions WHERE token_hash = ?').run(hashToken(token));
}

export function endAllSessions(db: Store, adviserId: string): number {
  return db.prepare('DELETE FROM adviser_sessions WHERE adviser_id = ?').run(adviserId).changes;
}

/** Records who did what and when, never the content. */
export function audit(
  db: Store,
  adviserId: string | null,
  action: string,
  target: string | null,
  now = new Date(),
): void {
  db.prepare('INSERT INTO audit_log (adviser_id, action, target, at) VALUES (?, ?, ?, ?)').run(
    adviserId,
    action,
    target,
    now.toISOString(),
  );
}
