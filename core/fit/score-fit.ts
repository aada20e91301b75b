import type { Fit } from '../lead/lead';
import type { BackgroundId } from './backgrounds';
import { BACKGROUNDS, backgroundIds } from './backgrounds';
import type { OccupationMatch } from './classify-title';
import { classifyTitle } from './classify-title';
import { isEnforcementRole } from './enforcement-role';
import type { OnetIndex, RelatednessTier } from './onet-index';
import { joinPhrases, skillsIn, valuesLawEnforcement } from './skills';
import type { TrackId } from './tracks';
import { TRACKS, trackIds } from './tracks';

const TIER_WEIGHT: Record<RelatednessTier, number> = {
  'Primary-Short': 0.85,
  'Primary-Long': 0.7,
  Supplemental: 0.55,
};
const TIER_WORDS: Record<RelatednessTier, string> = {
  'Primary-Short': 'a close relative of',
  'Primary-Long': 'related to',
  Supplemental: 'loosely related to',
};
/** How much a background's n-th preferred track counts when O*NET has no direct relation. */
const TRACK_AFFINITY = [0.8, 0.75, 0.7, 0.65, 0.6];

/** Weights of the three kinds of evidence; they sum to 1. */
const WEIGHTS = { occupation: 0.6, skills: 0.3, valued: 0.1 };

export interface FitInput {
  title: string;
  description: string;
}

function tracksOf(matches: OccupationMatch[], title: string, description: string): TrackId[] {
  const lowerTitle = title.toLowerCase();
  const lowerText = description.toLowerCase();
  const codes = new Set(matches.filter((m) => m.confidence >= 0.5).map((m) => m.code));
  return trackIds.filter((id) => {
    const track = TRACKS[id];
    return (
      track.onetCodes.some((c) => codes.has(c)) ||
      track.title.test(lowerTitle) ||
      (track.text?.test(lowerText) ?? false)
    );
  });
}

interface Relation {
  weight: number;
  tier: RelatednessTier | 'same' | 'track' | null;
  backgroundCode: string | null;
}

function relation(
  index: OnetIndex,
  background: BackgroundId,
  match: OccupationMatch | undefined,
  tracks: TrackId[],
): Relation {
  const bg = BACKGROUNDS[background];
  let best: Relation = { weight: 0, tier: null, backgroundCode: null };
  if (match) {
    for (const code of bg.onetCodes) {
      if (code === match.code) return { weight: match.confidence, tier: 'same', backgroundCode: code };
      const tier = index.tier(code, match.code);
      const weight = tier ? TIER_WEIGHT[tier] * match.confidence : 0;
      if (weight > best.weight) best = { weight, tier, backgroundCode: code };
    }
  }
  bg.tracks.forEach((track, i) => {
    const weight = TRACK_AFFINITY[i] ?? 0.6;
    if (tracks.includes(track as TrackId) && weight > best.weight)
      best = { weight, tier: 'track', backgroundCode: null };
  });
  return best;
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;

/**
 * Fit of one posting for each background and for "any law-enforcement or admin background", with
 * reasons a seeker can read. Evidence: the posting's occupation and its O*NET relatedness to the
 * background's occupations (or a civilian track the background feeds), the transferable skills the
 * description asks for, and whether it says enforcement experience is valued.
 */
export function scoreFit(index: OnetIndex, input: FitInput): Fit {
  const matches = classifyTitle(index, input.title, input.description);
  const top = matches[0];
  const tracks = tracksOf(matches, input.title, input.description);
  const skills = skillsIn(`${input.title}\n${input.description}`);
  const valued = valuesLawEnforcement(input.description);
  const skillScore = Math.min(1, skills.length / 4);

  const byBackground = {} as Record<BackgroundId, number>;
  const relations = {} as Record<BackgroundId, Relation>;
  for (const id of backgroundIds) {
    relations[id] = relation(index, id, top, tracks);
    byBackground[id] = round(
      WEIGHTS.occupation * relations[id].weight +
        WEIGHTS.skills * skillScore +
        WEIGHTS.valued * (valued ? 1 : 0),
    );
  }
  const bestBackground = backgroundIds.reduce((a, b) => (byBackground[b] > byBackground[a] ? b : a));
  const score = byBackground[bestBackground];

  const reasons: string[] = [];
  if (top) {
    const rel = relations[bestBackground];
    const verb = top.exact ? 'Title matches' : 'Title resembles';
    const base = `${verb} O*NET ${top.code} ${top.title}`;
    if (rel.backgroundCode && rel.tier && rel.tier !== 'track') {
      const bgTitle = index.occupationTitle(rel.backgroundCode);
      reasons.push(
        rel.tier === 'same'
          ? `${base}, the same occupation as ${bgTitle}`
          : `${base}, ${TIER_WORDS[rel.tier]} ${bgTitle}`,
      );
    } else {
      reasons.push(base);
    }
  }
  if (tracks.length > 0)
    reasons.push(
      `Fits the ${joinPhrases(tracks.slice(0, 2).map((t) => TRACKS[t].label.split(' (')[0]?.toLowerCase() ?? t))} track${tracks.length > 1 ? 's' : ''}`,
    );
  if (skills.length > 0) reasons.push(`Asks for ${joinPhrases(skills.slice(0, 3).map((s) => s.phrase))}`);
  if (valued) reasons.push('Says law-enforcement experience is valued');
  const enforcementRole = isEnforcementRole(
    input.title,
    input.description,
    matches.map((m) => m.code),
  );
  if (enforcementRole) reasons.push('This is itself a sworn, armed or custodial enforcement role');
  if (reasons.length === 0) reasons.push('No clear overlap with law-enforcement or admin experience');

  return {
    score,
    byBackground,
    tracks,
    occupations: matches.slice(0, 2).map(({ code, title }) => ({ code, title })),
    reasons,
    enforcementRole,
  };
}
