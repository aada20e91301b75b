import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Resume } from '../core/resume/resume-schema';
import type { Sealer } from './intake-repo';
import type { Store } from './open-store';

const hash = (reference: string) => createHash('sha256').update(reference).digest('base64url');

/** An unattached draft is deleted after this long: a seeker attaches it within seconds. */
export const UNATTACHED_DRAFT_HOURS = 24;

/**
 * Stores a resume draft the seeker chose to share and returns its reference: 32 random bytes,
 * unguessable, held only as a hash. The reference lets a request for help point at the draft; it
 * does not let anyone read it back. Only the adviser who takes that request can.
 */
export function shareDraft(db: Store, sealer: Sealer, resume: Resume, now = new Date()): string {
  const id = randomUUID();
  const reference = randomBytes(32).toString('base64url');
  db.prepare('INSERT INTO shared_drafts (id, reference_hash, payload, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    hash(reference),
    sealer.encrypt(JSON.stringify(resume), `draft:${id}`),
    now.toISOString(),
  );
  return reference;
}

/** Ties a draft to a request, once: false when no unattached draft has that reference. */
export function attachDraft(db: Store, reference: string, requestId: string): boolean {
  return (
    db
      .prepare('UPDATE shared_drafts SET request_id = ? WHERE reference_hash = ? AND request_id IS NULL')
      .run(requestId, hash(reference)).changes === 1
  );
}

/** The draft attached to a request, decrypted; callers have already checked who may see it. */
export function draftOfRequest(db: Store, sealer: Sealer, requestId: string): Resume | null {
  const row = db.prepare('SELECT id, payload FROM shared_drafts WHERE request_id = ?').get(requestId) as
    | { id: string; payload: string }
    | undefined;
  return row ? (JSON.parse(sealer.decrypt(row.payload, `draft:${row.id}`)) as Resume) : null;
}

/** Deletes drafts never attached to a request within UNATTACHED_DRAFT_HOURS. Returns how many. */
export function purgeUnattachedDrafts(db: Store, now = new Date()): number {
  const cutoff = new Date(now.getTime() - UNATTACHED_DRAFT_HOURS * 3_600_000).toISOString();
  return db.prepare('DELETE FROM shared_drafts WHERE request_id IS NULL AND created_at < ?').run(cutoff)
    .changes;
}
