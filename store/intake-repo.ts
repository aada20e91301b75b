import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Intake } from '../core/intake';
import { normaliseReceipt, RECEIPT_ALPHABET } from '../core/receipt-code';
import type { Store } from './open-store';

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

export function submitIntake(
  db: Store,
  sealer: Sealer,
  intake: Intake,
  now = new Date(),
): { id: string; receipt: string } {
  const id = randomUUID();
  const receipt = receiptCode();
  db.prepare(
    "INSERT INTO intake_requests (id, receipt_hash, payload, status, created_at) VALUES (?, ?, ?, 'open', ?)",
  ).run(id, hash(receipt), sealer.encrypt(JSON.stringify(intake), id), now.toISOString());
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

/** Open requests for the queue; the contact method stays sealed until an adviser claims one. */
export function openRequests(
  db: Store,
  sealer: Sealer,
): { id: string; createdAt: string; intake: Omit<Intake, 'contact' | 'resume'>; hasResume: boolean }[] {
  const rows = db
    .prepare("SELECT id, payload, created_at FROM intake_requests WHERE status = 'open' ORDER BY created_at")
    .all() as {
    id: string;
    payload: string;
    created_at: string;
  }[];
  return rows.map((r) => {
    // The queue is seen by every adviser: no contact details and no resume until one takes the request.
    const { contact: _contact, resume, ...intake } = JSON.parse(sealer.decrypt(r.payload, r.id)) as Intake;
    return { id: r.id, createdAt: r.created_at, intake, hasResume: resume !== undefined };
  });
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
