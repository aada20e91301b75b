import type { Fit } from '../lead/lead';
import type { BackgroundId } from './backgrounds';

/**
 * A lead's fit as one background sees it: that background's score and reasons, so the card and
 * the lead page agree with the background the seeker chose. Leads scored before per-background
 * reasons existed keep their overall reasons.
 */
export function fitForBackground(
  fit: Fit,
  background: BackgroundId | undefined,
): Fit & { background: BackgroundId | null } {
  if (!background) return { ...fit, background: null };
  return {
    ...fit,
    score: fit.byBackground[background] ?? fit.score,
    reasons: fit.reasonsByBackground?.[background] ?? fit.reasons,
    background,
  };
}

/** The first reason a card shows, for the chosen background when there is one. */
export function topReasonFor(
  fit: Pick<Fit, 'reasons' | 'reasonsByBackground'>,
  background?: string | null,
): string | null {
  return (background ? fit.reasonsByBackground?.[background]?.[0] : undefined) ?? fit.reasons[0] ?? null;
}
