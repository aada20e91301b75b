import type { ClientStage, StoredIntake } from '../core/intake';
import type { Sealer } from './intake-repo';
import type { Store } from './open-store';
import { draftOfRequest } from './shared-drafts-repo';

export interface ClientView {
  id: string;
  label: string;
  stage: ClientStage;
  archived: boolean;
  notes: string;
  intake: StoredIntake;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  label: string;
  stage: ClientStage;
  archived: number;
  notes: string | null;
  payload: string;
  request_id: string;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT c.id, c.label, c.stage, c.archived, c.notes, c.created_at, c.updated_at, r.id AS request_id, r.payload
  FROM clients c JOIN intake_requests r ON r.id = c.request_id`;

/**
 * A client as their adviser sees them. Given the store, the resume draft the seeker shared is
 * decrypted into the intake (the client page and share links); lists leave it out. Requests
 * stored before drafts were kept apart still carry theirs inline.
 */
function view(row: Row, sealer: Sealer, db?: Store): ClientView {
  const intake = JSON.parse(sealer.decrypt(row.payload, row.request_id)) as StoredIntake;
  const draft = db ? draftOfRequest(db, sealer, row.request_id) : null;
  return {
    id: row.id,
    label: row.label,
    stage: row.stage,
    archived: row.archived === 1,
    notes: row.notes ? sealer.decrypt(row.notes, row.id) : '',
    intake: draft ? { ...intake, resume: draft } : intake,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every query is scoped to the adviser: another adviser's client is simply not found. */
export function listClients(db: Store, sealer: Sealer, adviserId: string): ClientView[] {
  return (
    db
      .prepare(`${SELECT} WHERE c.adviser_id = ? ORDER BY c.archived, c.updated_at DESC`)
      .all(adviserId) as Row[]
  ).map((r) => view(r, sealer));
}

export function getClient(db: Store, sealer: Sealer, adviserId: string, clientId: string): ClientView | null {
  const row = db.prepare(`${SELECT} WHERE c.adviser_id = ? AND c.id = ?`).get(adviserId, clientId) as
    | Row
    | undefined;
  return row ? view(row, sealer, db) : null;
}

export function updateClient(
  db: Store,
  sealer: Sealer,
  adviserId: string,
  clientId: string,
  patch: { stage?: string; archived?: boolean; notes?: string },
  now = new Date(),
): boolean {
  const sets: string[] = ['updated_at = ?'];
  const values: (string | number | null)[] = [now.toISOString()];
  if (patch.stage !== undefined) {
    sets.push('stage = ?');
    values.push(patch.stage);
  }
  if (patch.archived !== undefined) {
    sets.push('archived = ?');
    values.push(patch.archived ? 1 : 0);
  }
  if (patch.notes !== undefined) {
    sets.push('notes = ?');
    values.push(patch.notes ? sealer.encrypt(patch.notes, clientId) : null);
  }
  return (
    db
      .prepare(`UPDATE clients SET ${sets.join(', ')} WHERE id = ? AND adviser_id = ?`)
      .run(...values, clientId, adviserId).changes > 0
  );
}

/**
 * "Forget this client": the request it came from is deleted, and with it (by foreign-key cascade)
 * the client, bookmarks, notes, share links and timeline. Earlier audit entries that named the
 * client are dropped too, so what is left is only that a client was forgotten.
 */
export function forgetClient(db: Store, adviserId: string, clientId: string): boolean {
  return db.transaction(() => {
    const row = db
      .prepare('SELECT request_id FROM clients WHERE id = ? AND adviser_id = ?')
      .get(clientId, adviserId) as { request_id: string } | undefined;
    if (!row) return false;
    db.prepare('DELETE FROM intake_requests WHERE id = ?').run(row.request_id);
    db.prepare('DELETE FROM audit_log WHERE target = ?').run(clientId);
    return true;
  })();
}

/** The intake behind a client, for a share link that was already checked; not adviser-scoped. */
export function sharedIntake(db: Store, sealer: Sealer, clientId: string): StoredIntake | null {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(clientId) as Row | undefined;
  return row ? view(row, sealer, db).intake : null;
}
