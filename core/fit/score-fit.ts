import type { Fit } from '../lead/lead';
import { PROFILES } from './background-profile';
import type { BackgroundId } from './backgrounds';
import { BACKGROUNDS, backgroundIds } from './backgrounds';
import type { Classification, OccupationMatch } from './classify-title';
import { classifyTitle } from './classify-title';
import { readPostingText } from './degree-ask';
import { isEnforcementRole } from './enforcement-role';
import { firstReason } from './fit-reasons';
import type { OnetIndex, RelatednessTier } from './onet-index';
import type { Missing } from './requirement-fit';
import { hardRequirements, requirementFit } from './requirement-fit';
import type { Requirements } from './requirements';
import { noDegreeRequired, parseRequirements } from './requirements';
import { joinPhrases, SKILLS, skillsInLower, valuesLawEnforcementLower } from './skills';
import { expandTitleAbbreviations } from './title-abbreviations';
import type { TrackId } from './tracks';
import { TRACKS, trackIds } from './tracks';

const TIER_WEIGHT: Record<RelatednessTier, number> = {
  'Primary-Short': 0.85,
  'Primary-Long': 0.7,
  Supplemental: 0.55,
};
/** How much a background's n-th preferred track counts when O*NET has no direct relation. */
const TRACK_AFFINITY = [0.8, 0.75, 0.7, 0.65, 0.6];
/** The weight of a title family the background did itself, when O*NET has no closer relation. */
const OWN_FAMILY = 0.85;
/** Weights of the kinds of evidence; they sum to 1. */
const WEIGHTS = { occupation: 0.6, skills: 0.2, met: 0.1, valued: 0.1 };
/** A guess never reaches "Good fit" (0.55 and above on the card). */
const LOW_CONFIDENCE_CAP = 0.5;

export interface FitInput {
  title: string;
  description: string;
  /**
   * The lead's "No degree required" answer, read at normalising with the same reader plus schema.org
   * facts the description does not carry: when it is true, no degree is counted as missing.
   */
  noDegreeRequired?: boolean;
}

/** An admin's correction of a lead's occupations (O*NET-SOC codes) and tracks; each may be absent. */
export interface FitCorrection {
  occupations?: string[] | null;
  tracks?: TrackId[] | null;
}

/** The corrected occupations replace the classification; the title no longer has to vouch for them. */
function corrected(index: OnetIndex, c: Classification, codes: string[]): Classification {
  const occupations = codes.map((code) => ({
    code,
    title: index.occupationTitle(code),
    confidence: 1,
    exact: true,
  }));
  return { occupations, family: c.family?.kind === 'distant' ? null : c.family, lowConfidence: false };
}

/**
 * Civilian tracks the posting belongs to. `weak` are those only a parenthetical names
 * ("International Trade Analyst (Investigator)"): the main title says what the job is.
 */
function tracksOf(c: Classification, title: string, lowerDescription: string): PostingTracks {
  if (c.family?.kind === 'distant') return { tracks: [], weak: new Set(), named: false };
  const byText = textTracks(lowerDescription);
  const all = matchingTracks(c, title, byText);
  const mainTitle = title.replace(/\(.*?\)/g, ' ').toLowerCase();
  const main = new Set(title.includes('(') ? matchingTracks(c, mainTitle, byText) : all);
  return {
    tracks: all,
    weak: new Set(all.filter((t) => !main.has(t))),
    named: titleTracks(mainTitle).size > 0,
  };
}

interface PostingTracks {
  tracks: TrackId[];
  weak: Set<TrackId>;
  /** The main title itself names a track ("Trust & Safety Analyst"): the work is known. */
  named: boolean;
}

function matchingTracks(c: Classification, title: string, byText: Set<TrackId>): TrackId[] {
  const byTitle = titleTracks(title.toLowerCase());
  const codes = new Set(c.occupations.filter((m) => m.confidence >= 0.5).map((m) => m.code));
  return trackIds.filter(
    (id) => TRACKS[id].onetCodes.some((code) => codes.has(code)) || byTitle.has(id) || byText.has(id),
  );
}

/**
 * The tracks a lower-cased title names, kept per title: boards repeat titles far more than
 * descriptions, and thirteen patterns were tested on every lead's title up to three times.
 */
const tracksByTitle = new Map<string, Set<TrackId>>();
function titleTracks(lowerTitle: string): Set<TrackId> {
  let found = tracksByTitle.get(lowerTitle);
  if (!found) {
    found = new Set(trackIds.filter((id) => TRACKS[id].title.test(lowerTitle)));
    if (tracksByTitle.size >= 5000) tracksByTitle.clear();
    tracksByTitle.set(lowerTitle, found);
  }
  return found;
}

/** The tracks a lower-cased description's own words name (trust and safety, AML), read once per lead. */
const textTracks = (lower: string): Set<TrackId> =>
  new Set(trackIds.filter((id) => TRACKS[id].text?.test(lower) ?? false));

/**
 * The posting's text lower-cased once (readPostingText, which the requirement readers share), and
 * its description part: the skill, track and "experience valued" patterns hold no quote marks, so
 * reading them there (curly quotes made straight) finds what lower-casing each text again found.
 */
function lowerTexts(title: string, description: string): { all: string; description: string } {
  const all = readPostingText(`${title}\n${description}`).lower;
  const head = `${title.toLowerCase().replace(/[’‘]/g, "'")}\n`;
  return {
    all,
    description: all.startsWith(head) ? all.slice(head.length) : description.toLowerCase(),
  };
}

export interface Relation {
  weight: number;
  kind: 'same' | 'family' | RelatednessTier | 'track' | null;
  track?: TrackId;
}

function relation(
  index: OnetIndex,
  background: BackgroundId,
  c: Classification,
  tracks: PostingTracks,
): Relation {
  const best = closest(index, background, c, tracks);
  // A profession of its own (engineering, medicine) is never close, whatever O*NET relates it to.
  return c.family?.kind === 'distant' ? { weight: Math.min(best.weight, 0.15), kind: null } : best;
}

function closest(
  index: OnetIndex,
  background: BackgroundId,
  c: Classification,
  { tracks, weak }: PostingTracks,
): Relation {
  const bg = BACKGROUNDS[background];
  const match: OccupationMatch | undefined = c.occupations[0];
  let best: Relation = { weight: 0, kind: null };
  if (match) {
    for (const code of bg.onetCodes) {
      if (code === match.code) return { weight: match.confidence, kind: 'same' };
      const tier = index.tier(code, match.code);
      const weight = tier ? TIER_WEIGHT[tier] * match.confidence : 0;
      if (weight > best.weight) best = { weight, kind: tier };
    }
  }
  if (c.family && PROFILES[background].families.includes(c.family.id) && OWN_FAMILY > best.weight)
    best = { weight: OWN_FAMILY, kind: 'family' };
  bg.tracks.forEach((track, i) => {
    const weight = (TRACK_AFFINITY[i] ?? 0.6) * (weak.has(track as TrackId) ? 0.7 : 1);
    if (tracks.includes(track as TrackId) && weight > best.weight)
      best = { weight, kind: 'track', track: track as TrackId };
  });
  return best;
}

function ownRank(background: BackgroundId, c: Classification): number {
  const at = c.occupations[0] ? BACKGROUNDS[background].onetCodes.indexOf(c.occupations[0].code) : -1;
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;

interface BackgroundFit {
  score: number;
  reasons: string[];
  /** Where the posting's occupation stands among this background's own (Infinity: not one): ties go to the lowest. */
  own: number;
}

function fitFor(
  index: OnetIndex,
  background: BackgroundId,
  c: Classification,
  tracks: PostingTracks,
  req: Requirements,
  skillIds: string[],
  valued: boolean,
  shared: Missing[],
): BackgroundFit {
  const profile = PROFILES[background];
  const rel = relation(index, background, c, tracks);
  const daily = skillIds.filter((s) => profile.daily.includes(s));
  const skillScore = Math.min(1, 0.3 * daily.length + 0.1 * (skillIds.length - daily.length));
  const { met, missing } = requirementFit(req, profile, shared);
  const keep = Math.max(
    0.15,
    missing.reduce((k, m) => k * m.keep, 1),
  );
  let score =
    (WEIGHTS.occupation * rel.weight +
      WEIGHTS.skills * skillScore +
      WEIGHTS.met * Math.min(1, 0.35 * met.length) +
      WEIGHTS.valued * (valued ? 1 : 0)) *
    keep;
  if (c.lowConfidence) score = Math.min(score, LOW_CONFIDENCE_CAP);

  const reasons = [firstReason(background, c, rel)];
  if (c.lowConfidence)
    reasons.push('Offramp could not tell the work from the title, so this score is a rough guess');
  const phrases = daily.map((s) => SKILL_PHRASE[s] ?? s);
  // In a job of another profession ("This is clinical work…"), a shared word such as compliance is
  // not the seeker's daily work there: saying so would contradict the first reason.
  if (phrases.length > 0 && c.family?.kind !== 'distant')
    reasons.push(`Asks for ${joinPhrases(phrases.slice(0, 3))} — your daily work`);
  reasons.push(...met);
  for (const m of missing) reasons.push(`Needs ${m.label}`);
  if (valued) reasons.push('Says law-enforcement experience is valued');
  return { score: round(score), reasons: [...new Set(reasons)], own: ownRank(background, c) };
}

const SKILL_PHRASE: Record<string, string> = Object.fromEntries(SKILLS.map((s) => [s.id, s.phrase]));

interface AllBackgrounds {
  byBackground: Record<BackgroundId, number>;
  reasonsByBackground: Record<BackgroundId, string[]>;
  best: BackgroundId;
}

/**
 * Scores for every background depend only on what the posting was read as (its occupation, family,
 * tracks, requirements, skills, whether it is itself an enforcement role), and boards repeat those
 * far more than they repeat descriptions: the answer is kept per reading. The key holds every input
 * fitFor reads. Leads read alike share one frozen answer (nothing edits a fit once made), so a page
 * of leads also crosses to the main thread with each shared list sent once.
 */
const byReading = new Map<string, AllBackgrounds>();

function allBackgrounds(
  index: OnetIndex,
  c: Classification,
  tracks: PostingTracks,
  req: Requirements,
  skillIds: string[],
  valued: boolean,
  enforcementRole: boolean,
): AllBackgrounds {
  const shared = hardRequirements(req);
  const top = c.occupations[0];
  const key = [
    top?.code,
    top?.confidence,
    c.family?.id,
    c.lowConfidence,
    tracks.tracks.join(','),
    [...tracks.weak].join(','),
    req.experience.map((e) => `${e.years} ${e.field} ${e.required}`).join(';'),
    req.firearms,
    req.arrestAuthority,
    req.fitness,
    req.maxAge,
    req.clearance && `${req.clearance.level} ${req.clearance.required}`,
    shared.map((m) => `${m.label} ${m.keep}`).join(';'),
    skillIds.join(','),
    valued,
    enforcementRole,
  ].join('|');
  const known = byReading.get(key);
  if (known) return known;
  const tail = enforcementRole ? ['This is itself a sworn, armed or custodial enforcement role'] : [];
  const byBackground = {} as Record<BackgroundId, number>;
  const reasonsByBackground = {} as Record<BackgroundId, string[]>;
  const own = {} as Record<BackgroundId, number>;
  for (const id of backgroundIds) {
    const fit = fitFor(index, id, c, tracks, req, skillIds, valued, shared);
    byBackground[id] = fit.score;
    reasonsByBackground[id] = Object.freeze([...fit.reasons, ...tail]) as string[];
    own[id] = fit.own;
  }
  const best = backgroundIds.reduce((a, b) =>
    byBackground[b] > byBackground[a] || (byBackground[b] === byBackground[a] && own[b] < own[a]) ? b : a,
  );
  const result = Object.freeze({
    byBackground: Object.freeze(byBackground),
    reasonsByBackground: Object.freeze(reasonsByBackground),
    best,
  });
  if (byReading.size >= 5000) byReading.clear();
  byReading.set(key, result);
  return result;
}

/**
 * Fit of one posting for each background, with reasons a seeker can read. The O*NET crosswalk is the
 * backbone (the posting's occupation, classified from its whole title, and its relatedness to each
 * background's occupations, or a civilian track the background feeds); the posting's requirements
 * then decide between similar titles: hard requirements a background lacks lower its score and are
 * named, conditions it meets raise it.
 */
export function scoreFit(index: OnetIndex, input: FitInput, correction?: FitCorrection): Fit {
  const fixedCodes = correction?.occupations?.length ? correction.occupations : null;
  const fixedTracks = correction?.tracks?.length ? correction.tracks : null;
  // "Supvy Criminal Investigator" is read as the supervisory criminal investigator it is.
  const title = expandTitleAbbreviations(input.title);
  const auto = classifyTitle(index, title, input.description);
  const classified = fixedCodes ? corrected(index, auto, fixedCodes) : auto;
  const lower = lowerTexts(title, input.description);
  const tracks = fixedTracks
    ? { tracks: fixedTracks, weak: new Set<TrackId>(), named: true }
    : tracksOf(classified, title, lower.description);
  const c = { ...classified, lowConfidence: classified.lowConfidence && !tracks.named };
  const parsed = parseRequirements(`${title}\n${input.description}`);
  const req =
    input.noDegreeRequired && !noDegreeRequired(parsed) ? { ...parsed, experienceInstead: true } : parsed;
  const skillIds = skillsInLower(lower.all).map((s) => s.id);
  const valued = valuesLawEnforcementLower(lower.description);

  const enforcementRole = isEnforcementRole(title, input.description, c, req);
  const { byBackground, reasonsByBackground, best } = allBackgrounds(
    index,
    c,
    tracks,
    req,
    skillIds,
    valued,
    enforcementRole,
  );

  return {
    score: byBackground[best],
    byBackground,
    tracks: tracks.tracks,
    occupations: c.occupations.slice(0, 2).map(({ code, title }) => ({ code, title })),
    reasons: reasonsByBackground[best],
    reasonsByBackground,
    lowConfidence: c.lowConfidence,
    noDegreeRequired: input.noDegreeRequired ?? noDegreeRequired(req),
    ...(fixedCodes || fixedTracks ? { corrected: true } : {}),
    enforcementRole,
  };
}
