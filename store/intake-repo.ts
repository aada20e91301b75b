import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Intake, StoredIntake } from '../core/intake';
import { normaliseReceipt, RECEIPT_ALPHABET } from '../core/receipt-code';
import { arrivalTime } from './arrival-time';
import type { Store } from './open-store';
import { attachDraft } from './shared-drafts-repo';

export interface Sealer {
  encrypt(plaintext: string, recordId: string): string;
  decrypt(stored: string, recordId: string): string;
}

/** Hashed in its one normal form, so "abcdefghjkmn" finds "ABCD-EFGH-JKMN". */
const hash = (receipt: string) =>
  createHash('sha256')
    .update(normaliseReceipt(receipt) ?? receipt.trim().toUpperCase())
    .digest('base64url');

/** Receipt codes a person can read out: 12 characters from an alphabet without look-alikes, in three groups. */
function receiptCode(): string {
  const alphabet = RECEIPT_ALPHABET;
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** The request named a draft reference that is unknown, expired or already used by another request. */
export class UnknownDraftError extends Error {
  override readonly name = 'UnknownDraftError';
}

/**
 * Stores a request for help, sealed, with a sealed summary for the queue. A shared resume draft is
 * attached by its reference in the same transaction, so a request never points at a draft that is
 * missing or also attached to someone else's request.
 */
export function submitIntake(
  db: Store,
  sealer: Sealer,
  intake: Intake,
  now?: Date,
): { id: string; receipt: string } {
  const id = randomUUID();
  const receipt = receiptCode();
  const { resumeDraft, resume: _inline, ...stored } = intake;
  db.transaction(() => {
    db.prepare(
      "INSERT INTO intake_requests (id, receipt_hash, payload, summary, status, created_at) VALUES (?, ?, ?, ?, 'open', ?)",
    ).run(
      id,
      hash(receipt),
      sealer.encrypt(JSON.stringify(stored), id),
      sealer.encrypt(JSON.stringify(summaryOf(stored, resumeDraft !== undefined)), `${id}:summary`),
      now ? now.toISOString() : arrivalTime(),
    );
    if (resumeDraft !== undefined && !attachDraft(db, resumeDraft, id))
      throw new UnknownDraftError('No shared resume draft with that reference');
  })();
  return { id, receipt };
}

export function intakeStatus(db: Store, receipt: string): 'open' | 'claimed' | null {
  const row = db.prepare('SELECT status FROM intake_requests WHERE receipt_hash = ?').get(hash(receipt)) as
    | { status: 'open' | 'claimed' }
    | undefined;
  return row?.status ?? null;
}

/** The seeker withdraws: the request and any client record made from it are deleted. */
export function withdrawIntake(db: Store, receipt: string): boolean {
  return db.prepare('DELETE FROM intake_requests WHERE receipt_hash = ?').run(hash(receipt)).changes > 0;
}

/** Deletes unclaimed requests older than the retention period. Returns how many. */
export function purgeExpiredIntake(db: Store, retentionDays: number, now = new Date()): number {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  return db.prepare("DELETE FROM intake_requests WHERE status = 'open' AND created_at < ?").run(cutoff)
    .changes;
}

type QueueIntake = Omit<StoredIntake, 'contact' | 'resume'>;
export type QueueSummary = QueueIntake & { hasResume: boolean };

/** What every adviser may see of a request before one takes it: no contact details, no resume. */
function summaryOf(intake: StoredIntake, hasDraft = false): QueueSummary {
  const { contact: _contact, resume, ...rest } = intake;
  return { ...rest, hasResume: hasDraft || resume !== undefined };
}

export const QUEUE_PAGE_SIZE = 50;

/**
 * One page of open requests for the queue, oldest first, and how many are open in all. Only the
 * page's sealed summaries are decrypted, so a flood of large requests does not slow every view.
 */
export function openRequests(
  db: Store,
  sealer: Sealer,
  page = 1,
  perPage = QUEUE_PAGE_SIZE,
): { id: string; createdAt: string; intake: QueueIntake; hasResume: boolean }[] {
  const rows = db
    .prepare(
      "SELECT id, summary, created_at FROM intake_requests WHERE status = 'open' ORDER BY created_at, id LIMIT ? OFFSET ?",
    )
    .all(perPage, (page - 1) * perPage) as { id: string; summary: string | null; created_at: string }[];
  return rows.map((r) => {
    const { hasResume, ...intake } = r.summary
      ? (JSON.parse(sealer.decrypt(r.summary, `${r.id}:summary`)) as QueueSummary)
      : legacySummary(db, sealer, r.id);
    return { id: r.id, createdAt: r.created_at, intake, hasResume };
  });
}

/** Requests stored before summaries existed are summarised from their full payload. */
function legacySummary(db: Store, sealer: Sealer, id: string): QueueSummary {
  const row = db.prepare('SELECT payload FROM intake_requests WHERE id = ?').get(id) as { payload: string };
  return summaryOf(JSON.parse(sealer.decrypt(row.payload, id)) as StoredIntake);
}

export function countOpenRequests(db: Store): number {
  return (
    db.prepare("SELECT count(*) AS n FROM intake_requests WHERE status = 'open'").get() as { n: number }
  ).n;
}

const ADJECTIVES = [
  'Amber',
  'Cedar',
  'Harbor',
  'Juniper',
  'Meadow',
  'Quartz',
  'Sable',
  'Tidal',
  'Willow',
  'Cobalt',
  'Ember',
  'Granite',
];

export class CapacityError extends Error {
  override readonly name = 'CapacityError';
}

/** Claims an open request within the adviser's capacity; it becomes a client with a pseudonymous label. */
export function claimRequest(
  db: Store,
  requestId: string,
  adviserId: string,
  capacity: number,
  now = new Date(),
): { id: string; label: string } | null {
  return db.transaction(() => {
    const active = (
      db
        .prepare('SELECT count(*) AS n FROM clients WHERE adviser_id = ? AND archived = 0')
        .get(adviserId) as { n: number }
    ).n;
    if (active >= capacity)
      throw new CapacityError(
        `You already have ${active} active clients, your limit. Archive one to take another.`,
      );
    const claimed = db
      .prepare(
        "UPDATE intake_requests SET status = 'claimed', claimed_at = ? WHERE id = ? AND status = 'open'",
      )
      .run(now.toISOString(), requestId);
    if (claimed.changes === 0) return null;
    const id = randomUUID();
    const label = `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${randomBytes(2).toString('hex').toUpperCase()}`;
    db.prepare(
      'INSERT INTO clients (id, adviser_id, request_id, label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, adviserId, requestId, label, now.toISOString(), now.toISOString());
    return { id, label };
  })();
}
