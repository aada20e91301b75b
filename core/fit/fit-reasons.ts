import { PROFILES } from './background-profile';
import type { BackgroundId } from './backgrounds';
import type { Classification } from './classify-title';
import type { Relation } from './score-fit';
import { TRACKS } from './tracks';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const trackName = (label: string) => (label.split(' (')[0] ?? label).toLowerCase();

/**
 * The first reason: why this job suits (or does not suit) this background, in the seeker's own
 * terms. O*NET codes stay out of it; the lead page lists them in its details.
 */
export function firstReason(background: BackgroundId, c: Classification, rel: Relation): string {
  const profile = PROFILES[background];
  const work = c.family?.work;
  // O*NET's catch-all titles ("Managers, All Other") name no work a seeker would recognise.
  const title = c.occupations[0]?.title;
  const occupation = title && !/,|\bAll Other\b/.test(title) ? title : null;
  if (c.family?.kind === 'distant')
    return `This is ${work}: it needs training of its own, beyond what ${profile.noun} brings`;
  // A guess from a title Offramp could not read must not be stated as fact: the seeker would trust
  // "Builds on your work" on a job that may have nothing to do with it.
  if (c.lowConfidence && rel.kind !== null)
    return `It may use some of your work as ${profile.noun}, but the title does not say enough to be sure`;
  switch (rel.kind) {
    case 'same':
    case 'family':
      return work
        ? `${capital(work)}: the same kind of work you did as ${profile.noun}`
        : `The same kind of work you did as ${profile.noun}: ${profile.work}`;
    case 'Primary-Short':
    case 'Primary-Long':
      // The job's own occupation says more than the background's summary. O*NET relates
      // occupations by similar work (https://www.onetcenter.org/reports/Related_2022.html), so
      // that is what the reason claims: "Training and Development Specialists do work close to yours".
      return occupation
        ? `${occupation} do work close to yours as ${profile.noun}`
        : `Builds on your work as ${profile.noun}: ${profile.work}`;
    case 'Supplemental':
      return occupation
        ? `${occupation} share some of your work as ${profile.noun}`
        : `Uses part of your work as ${profile.noun}: ${profile.work}`;
    case 'track':
      return `Your experience as ${profile.noun} carries over to ${trackName(TRACKS[rel.track ?? 'investigations'].label)} jobs`;
    default:
      return `Little overlap with your work as ${profile.noun}`;
  }
}
