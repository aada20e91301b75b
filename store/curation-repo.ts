import { z } from 'zod';
import { trackIds } from '../core/fit/tracks';
import type { Store } from './open-store';

export const curationSchema = z.object({
  pinned: z.boolean().optional(),
  note: z.string().trim().max(500, 'must be at most 500 characters').nullable().optional(),
  hidden: z.boolean().optional(),
  /** Corrected tracks; null removes the correction and the scorer's tracks apply again. */
  tracks: z.array(z.enum(trackIds)).max(5).nullable().optional(),
});
export type CurationInput = z.infer<typeof curationSchema>;

/**
 * Pins, hides or corrects the tracks of a lead. Pinned leads rank first with their note shown to
 * seekers; hidden ones leave search. The change and the lead's effective tracks are written in one
 * transaction, so search sees both or neither.
 */
export function curateLead(
  db: Store,
  leadId: string,
  input: CurationInput,
  by: string,
  now = new Date(),
): boolean {
  return db.transaction(() => {
    const lead = db.prepare('SELECT fit FROM leads WHERE id = ?').get(leadId) as
      | { fit: string | null }
      | undefined;
    if (!lead) return false;
    const current = db
      .prepare('SELECT pinned, note, hidden, tracks FROM lead_curation WHERE lead_id = ?')
      .get(leadId) as
      | { pinned: number; note: string | null; hidden: number; tracks: string | null }
      | undefined;
    const next = {
      pinned: input.pinned ?? current?.pinned === 1,
      note: input.note !== undefined ? input.note : (current?.note ?? null),
      hidden: input.hidden ?? current?.hidden === 1,
      tracks:
        input.tracks !== undefined
          ? input.tracks
            ? JSON.stringify(input.tracks)
            : null
          : (current?.tracks ?? null),
    };
    db.prepare(
      `INSERT INTO lead_curation (lead_id, pinned, note, hidden, tracks, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (lead_id) DO UPDATE SET pinned = excluded.pinned, note = excluded.note, hidden = excluded.hidden,
         tracks = excluded.tracks, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ).run(leadId, next.pinned ? 1 : 0, next.note, next.hidden ? 1 : 0, next.tracks, by, now.toISOString());
    const fitTracks = lead.fit ? JSON.stringify((JSON.parse(lead.fit) as { tracks: string[] }).tracks) : '[]';
    // Only when the tracks change: a pin or a note is a curation change, which search refreshes
    // far more cheaply than a change to the lead itself.
    db.prepare('UPDATE leads SET tracks = @tracks WHERE id = @id AND tracks IS NOT @tracks').run({
      tracks: next.tracks ?? fitTracks,
      id: leadId,
    });
    return true;
  })();
}

export interface CuratedLead {
  leadId: string;
  title: string;
  company: string;
  status: string;
  pinned: boolean;
  hidden: boolean;
  note: string | null;
  tracks: string[] | null;
  updatedAt: string;
}

/** Every lead with a curation decision, newest first, for the admin's curation page. */
export function listCurated(db: Store, limit = 500): CuratedLead[] {
  const rows = db
    .prepare(
      `SELECT c.lead_id, l.title, l.company, l.status, c.pinned, c.hidden, c.note, c.tracks, c.updated_at
       FROM lead_curation c JOIN leads l ON l.id = c.lead_id
       WHERE c.pinned = 1 OR c.hidden = 1 OR c.tracks IS NOT NULL OR c.note IS NOT NULL
       ORDER BY c.updated_at DESC LIMIT ?`,
    )
    .all(limit) as {
    lead_id: string;
    title: string;
    company: string;
    status: string;
    pinned: number;
    hidden: number;
    note: string | null;
    tracks: string | null;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    leadId: r.lead_id,
    title: r.title,
    company: r.company,
    status: r.status,
    pinned: r.pinned === 1,
    hidden: r.hidden === 1,
    note: r.note,
    tracks: r.tracks ? (JSON.parse(r.tracks) as string[]) : null,
    updatedAt: r.updated_at,
  }));
}

export interface LeadCurationMarks {
  pinned: boolean;
  note: string | null;
  hidden: boolean;
}

/** The pin, note and hidden marks of one lead, or null when no admin has curated it. */
export function leadCurationMarks(db: Store, leadId: string): LeadCurationMarks | null {
  const row = db.prepare('SELECT pinned, note, hidden FROM lead_curation WHERE lead_id = ?').get(leadId) as
    | { pinned: number; note: string | null; hidden: number }
    | undefined;
  return row ? { pinned: row.pinned === 1, note: row.note, hidden: row.hidden === 1 } : null;
}
