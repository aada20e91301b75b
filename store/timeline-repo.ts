import { randomUUID } from 'node:crypto';
import type { TimelineKind } from '../core/pipeline';
import type { Sealer } from './intake-repo';
import type { Store } from './open-store';

export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  text: string;
  at: string;
}

/**
 * A client's activity timeline. The kind is plain (it says nothing about the person); the text is
 * sealed with the entry's id, like the notes, because it quotes titles, notes and labels.
 */
export function addTimelineEntry(
  db: Store,
  sealer: Sealer,
  clientId: string,
  kind: TimelineKind,
  text: string,
  now = new Date(),
): TimelineEntry {
  const id = randomUUID();
  const at = now.toISOString();
  db.prepare('INSERT INTO client_events (id, client_id, kind, body, at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    clientId,
    kind,
    sealer.encrypt(text, id),
    at,
  );
  return { id, kind, text, at };
}

/** Newest first, at most `limit` entries. */
export function listTimeline(db: Store, sealer: Sealer, clientId: string, limit = 200): TimelineEntry[] {
  const rows = db
    .prepare(
      'SELECT id, kind, body, at FROM client_events WHERE client_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
    )
    .all(clientId, limit) as { id: string; kind: TimelineKind; body: string; at: string }[];
  return rows.map((r) => ({ id: r.id, kind: r.kind, text: sealer.decrypt(r.body, r.id), at: r.at }));
}

/** The retention purge: timeline entries older than the retention period are deleted. Returns how many. */
export function purgeExpiredTimeline(db: Store, retentionDays: number, now = new Date()): number {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  return db.prepare('DELETE FROM client_events WHERE at < ?').run(cutoff).changes;
}
