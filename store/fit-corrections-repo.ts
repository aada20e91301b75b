import { z } from 'zod';
import { onetIndex } from '../core/fit/create-scorer';
import type { FitCorrection } from '../core/fit/score-fit';
import { scoreFit } from '../core/fit/score-fit';
import type { TrackId } from '../core/fit/tracks';
import { trackIds } from '../core/fit/tracks';
import type { Store } from './open-store';
import { statement } from './statements';
import { fitText } from './stored-fit';

export const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** What an admin sends: up to three O*NET-SOC codes and up to five tracks; null removes either. */
export const fitCorrectionInputSchema = z.strictObject({
  occupations: z
    .array(z.string().regex(ONET_CODE, 'must be an O*NET-SOC code such as 13-2099.04'))
    .min(1, 'must name at least one occupation, or be null to remove the correction')
    .max(3, 'must be at most 3 occupations')
    .nullable(),
  tracks: z.array(z.enum(trackIds)).min(1).max(5).nullable(),
});
export type FitCorrectionInput = z.infer<typeof fitCorrectionInputSchema>;

export interface StoredFitCorrection {
  occupations: string[] | null;
  tracks: TrackId[] | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** A lead's corrections: its corrected occupations (here) and corrected tracks (its curation). */
export function fitCorrectionOf(db: Store, leadId: string): StoredFitCorrection {
  const own = statement(
    db,
    'SELECT occupations, updated_by, updated_at FROM lead_fit_corrections WHERE lead_id = ?',
  ).get(leadId) as { occupations: string; updated_by: string; updated_at: string } | undefined;
  const curated = statement(db, 'SELECT tracks FROM lead_curation WHERE lead_id = ?').get(leadId) as
    | { tracks: string | null }
    | undefined;
  return {
    occupations: own ? (JSON.parse(own.occupations) as string[]) : null,
    tracks: curated?.tracks ? (JSON.parse(curated.tracks) as TrackId[]) : null,
    updatedBy: own?.updated_by ?? null,
    updatedAt: own?.updated_at ?? null,
  };
}

/** The correction as the scorer takes it, or undefined when the lead has none. */
export function scorerCorrection(db: Store, leadId: string): FitCorrection | undefined {
  const { occupations, tracks } = fitCorrectionOf(db, leadId);
  return occupations || tracks ? { occupations, tracks } : undefined;
}

/** Saves (or, with null, removes) a lead's corrected occupations. Run inside the caller's transaction. */
export function saveCorrectedOccupations(
  db: Store,
  leadId: string,
  occupations: string[] | null,
  by: string,
  now = new Date(),
): void {
  if (!occupations) {
    db.prepare('DELETE FROM lead_fit_corrections WHERE lead_id = ?').run(leadId);
    return;
  }
  db.prepare(
    `INSERT INTO lead_fit_corrections (lead_id, occupations, updated_by, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (lead_id) DO UPDATE SET occupations = excluded.occupations,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(leadId, JSON.stringify(occupations), by, now.toISOString());
}

/**
 * A recrawl rewrites a lead's fit from the posting; when an admin corrected the lead, score it
 * again with the correction so the correction survives. Exclusion does not depend on it.
 */
export function keepFitCorrection(
  db: Store,
  leadId: string,
  lead: { title: string; description: string },
): void {
  const correction = scorerCorrection(db, leadId);
  if (!correction) return;
  const fit = scoreFit(onetIndex(), lead, correction);
  statement(db, 'UPDATE leads SET fit = ?, fit_score = ?, tracks = ? WHERE id = ?').run(
    fitText(fit),
    fit.score,
    JSON.stringify(fit.tracks),
    leadId,
  );
}
