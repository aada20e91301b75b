import { createHash, randomInt } from 'node:crypto';
import type { Sealer } from './intake-repo';
import type { Store } from './open-store';
import { hashToken, newToken } from './token-hash';

export interface TotpState {
  enabled: boolean;
  secret: string | null;
  lastStep: number | null;
}

/** The secret is sealed with the adviser's id as associated data, like every other sealed value. */
export function totpState(db: Store, sealer: Sealer, adviserId: string): TotpState {
  const row = db
    .prepare('SELECT totp_secret, totp_enabled, totp_last_step FROM advisers WHERE id = ?')
    .get(adviserId) as
    | { totp_secret: string | null; totp_enabled: number; totp_last_step: number | null }
    | undefined;
  return {
    enabled: row?.totp_enabled === 1,
    secret: row?.totp_secret ? sealer.decrypt(row.totp_secret, `totp:${adviserId}`) : null,
    lastStep: row?.totp_last_step ?? null,
  };
}

/** Stores a secret that is not yet in force: it takes effect once a code from it is confirmed. */
export function setPendingTotp(db: Store, sealer: Sealer, adviserId: string, secret: string): void {
  db.prepare('UPDATE advisers SET totp_secret = ?, totp_enabled = 0, totp_last_step = NULL WHERE id = ?').run(
    sealer.encrypt(secret, `totp:${adviserId}`),
    adviserId,
  );
}

/**
 * Records that a code for `step` was used. The update only succeeds for a later step than the last
 * one, so two requests racing with the same code cannot both succeed.
 */
export function acceptTotpStep(db: Store, adviserId: string, step: number, enable = false): boolean {
  return (
    db
      .prepare(
        `UPDATE advisers SET totp_last_step = ?, totp_enabled = CASE WHEN ? THEN 1 ELSE totp_enabled END
         WHERE id = ? AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ?)`,
      )
      .run(step, enable ? 1 : 0, adviserId, step).changes === 1
  );
}

export function disableTotp(db: Store, adviserId: string): void {
  db.transaction(() => {
    db.prepare(
      'UPDATE advisers SET totp_secret = NULL, totp_enabled = 0, totp_last_step = NULL WHERE id = ?',
    ).run(adviserId);
    db.prepare('DELETE FROM recovery_codes WHERE adviser_id = ?').run(adviserId);
  })();
}

const normaliseCode = (code: string) => code.replace(/[\s-]+/g, '').toUpperCase();
const hashCode = (adviserId: string, code: string) =>
  createHash('sha256')
    .update(`${adviserId}:${normaliseCode(code)}`)
    .digest('base64url');

/** Ten new single-use recovery codes, replacing any old ones. Shown once; only hashes are kept. */
export function replaceRecoveryCodes(db: Store, adviserId: string): string[] {
  const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
  const codes = Array.from({ length: 10 }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  db.transaction(() => {
    db.prepare('DELETE FROM recovery_codes WHERE adviser_id = ?').run(adviserId);
    const insert = db.prepare('INSERT INTO recovery_codes (adviser_id, code_hash) VALUES (?, ?)');
    for (const code of codes) insert.run(adviserId, hashCode(adviserId, code));
  })();
  return codes;
}

/** Spends a recovery code; false if it is wrong or already used. */
export function useRecoveryCode(db: Store, adviserId: string, code: string, now = new Date()): boolean {
  return (
    db
      .prepare(
        'UPDATE recovery_codes SET used_at = ? WHERE adviser_id = ? AND code_hash = ? AND used_at IS NULL',
      )
      .run(now.toISOString(), adviserId, hashCode(adviserId, code)).changes === 1
  );
}

export function recoveryCodesLeft(db: Store, adviserId: string): number {
  return (
    db
      .prepare('SELECT COUNT(*) AS n FROM recovery_codes WHERE adviser_id = ? AND used_at IS NULL')
      .get(adviserId) as { n: number }
  ).n;
}

const CHALLENGE_MINUTES = 5;
const CHALLENGE_ATTEMPTS = 5;

/** After a correct password, a short-lived challenge stands in for the session until the code. */
export function createChallenge(db: Store, adviserId: string, now = new Date()): string {
  const token = newToken();
  db.prepare('DELETE FROM login_challenges WHERE expires_at <= ?').run(now.toISOString());
  db.prepare('INSERT INTO login_challenges (token_hash, adviser_id, expires_at) VALUES (?, ?, ?)').run(
    hashToken(token),
    adviserId,
    new Date(now.getTime() + CHALLENGE_MINUTES * 60_000).toISOString(),
  );
  return token;
}

/**
 * The adviser a live challenge belongs to. Each look counts as an attempt; after five the challenge
 * is gone and the password must be given again, so codes cannot be guessed through one challenge.
 */
export function challengeAdviser(db: Store, token: string, now = new Date()): string | null {
  const tokenHash = hashToken(token);
  const row = db
    .prepare(
      `UPDATE login_challenges SET attempts = attempts + 1
       WHERE token_hash = ? AND expires_at > ? AND attempts < ? RETURNING adviser_id`,
    )
    .get(tokenHash, now.toISOString(), CHALLENGE_ATTEMPTS) as { adviser_id: string } | undefined;
  return row?.adviser_id ?? null;
}

export function endChallenge(db: Store, token: string): void {
  db.prepare('DELETE FROM login_challenges WHERE token_hash = ?').run(hashToken(token));
}
