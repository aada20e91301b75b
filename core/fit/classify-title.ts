import type { OnetIndex } from './onet-index';
import type { TitleFamily } from './title-families';
import { DISTANT_FAMILIES, WORK_FAMILIES } from './title-families';
import { normaliseTitleForMatch, titleCandidates } from './title-match';

export interface OccupationMatch {
  code: string;
  title: string;
  /** 1 for an exact title match, lower for a match on part of the title. */
  confidence: number;
  exact: boolean;
}

export interface Classification {
  occupations: OccupationMatch[];
  /** The family the whole title belongs to, when it names one. */
  family: TitleFamily | null;
  /** Nothing in the title identifies the work well enough to vouch for a score. */
  lowConfidence: boolean;
}

/**
 * Words that name no occupation on their own: matching "Operator" alone once placed a security
 * operations centre job among milling-machine setters.
 */
const GENERIC = new Set(
  `operator specialist analyst manager officer assistant technician coordinator associate engineer agent
  investigator inspector consultant administrator director supervisor representative clerk aide worker
  helper lead advisor adviser staff fellow member partner executive head chief president leader expert
  professional generalist planner controller officer support services service operations center centre
  program project team unit senior junior deputy general program office field department division
  technologist scientist attendant examiner reviewer monitor agent scheduler`.split(/\s+/),
);

const words = (text: string) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];

function familyOf(title: string, families: TitleFamily[]): TitleFamily | null {
  const text = ` ${title.toLowerCase().replace(/[^a-z0-9()/+ ]+/g, ' ')} `;
  return families.find((f) => f.pattern.test(text)) ?? null;
}

interface OnetHit {
  codes: string[];
  confidence: number;
  exact: boolean;
  key: string;
}

/** O*NET alternate and reported titles: the whole title, else the longest run of two or more words. */
function onetHit(index: OnetIndex, title: string): OnetHit | null {
  const candidates = titleCandidates(title);
  for (const candidate of candidates) {
    const single = !candidate.includes(' ');
    if (single && GENERIC.has(candidate)) continue;
    const exact = index.codesForTitle(candidate);
    if (exact.length > 0) return { codes: exact, confidence: single ? 0.8 : 1, exact: true, key: candidate };
  }
  const tokens = candidates[0]?.split(' ') ?? [];
  for (let size = Math.min(tokens.length - 1, 5); size >= 1; size--) {
    for (let start = tokens.length - size; start >= 0; start--) {
      // Later words carry the occupation ("Senior Claims Fraud Investigator"): try runs ending late first.
      const run = tokens.slice(start, start + size);
      if (run.every((w) => GENERIC.has(w))) continue;
      const codes = index.codesForTitle(run.join(' '));
      if (codes.length > 0) {
        const confidence = Math.min(0.75, 0.3 + (0.5 * size) / tokens.length);
        return { codes, confidence, exact: false, key: run.join(' ') };
      }
    }
  }
  return null;
}

function onetMatches(hit: OnetHit | null, index: OnetIndex, description: string): OccupationMatch[] {
  return hit ? rank(index, hit.codes, description, hit.confidence, hit.exact, hit.key) : [];
}

function rank(
  index: OnetIndex,
  codes: string[],
  description: string,
  confidence: number,
  exact: boolean,
  candidateKey: string,
): OccupationMatch[] {
  // Only an ambiguous title needs the description's words to choose between occupations.
  const text = codes.length > 1 ? new Set(words(description.slice(0, 4000))) : new Set<string>();
  const scored = codes.map((code) => {
    const title = index.occupationTitle(code);
    // An occupation whose own name is the posting's title wins ties ("Barista" → Baristas).
    const named =
      normaliseTitleForMatch(title).replace(/s\b/g, '') === candidateKey.replace(/s\b/g, '') ? 5 : 0;
    const overlap = words(title).filter((w) => text.has(w)).length + named;
    return { code, title, overlap };
  });
  scored.sort((a, b) => b.overlap - a.overlap || a.code.localeCompare(b.code));
  // A title several occupations share is less certain than one that names a single occupation.
  const share = codes.length > 2 ? 0.8 : codes.length > 1 ? 0.9 : 1;
  return scored.slice(0, 3).map((s, i) => ({
    code: s.code,
    title: s.title,
    confidence: Math.round(confidence * (i === 0 ? share : share * 0.8) * 100) / 100,
    exact,
  }));
}

/**
 * Classifies a posting from its whole title. A profession that needs its own training (engineering,
 * medicine, science, sales) is recognised first, so its words outrank an enforcement word beside
 * them; then the enforcement and transferable families; then O*NET's titles, never on one generic
 * word. O*NET remains the crosswalk: every family names its O*NET occupation.
 */
export function classifyTitle(index: OnetIndex, title: string, description: string): Classification {
  // Boards repeat titles: what depends on the title alone is kept.
  const cached = byTitle.get(title);
  if (cached) return cached;
  const family = familyOf(title, DISTANT_FAMILIES) ?? familyOf(title, WORK_FAMILIES);
  let hit = hits.get(title);
  if (hit === undefined) {
    hit = onetHit(index, title);
    if (hits.size >= 5000) hits.clear();
    hits.set(title, hit);
  }
  const result = classifyWith(index, hit, description, family);
  // Only a title several occupations share, with no family, reads the description to choose.
  if (family || !hit || hit.codes.length < 2) {
    if (byTitle.size >= 5000) byTitle.clear();
    byTitle.set(title, result);
  }
  return result;
}

const byTitle = new Map<string, Classification>();
const hits = new Map<string, OnetHit | null>();

function classifyWith(
  index: OnetIndex,
  hit: OnetHit | null,
  description: string,
  family: TitleFamily | null,
): Classification {
  // With a family, O*NET only adds further occupations: the description need not break ties.
  const onet = onetMatches(hit, index, family ? '' : description);
  if (family?.code) {
    const own: OccupationMatch = {
      code: family.code,
      title: index.occupationTitle(family.code),
      confidence: 0.9,
      exact: false,
    };
    // A distant profession keeps O*NET's more precise occupation when there is one ("Microbiologists").
    const precise = family.kind === 'distant' && onet[0] && onet[0].confidence >= 0.7 ? onet[0] : own;
    const rest = onet.filter((m) => m.code !== precise.code && m.code !== own.code);
    const occupations = precise === own ? [own, ...rest] : [precise, own, ...rest];
    return { occupations: occupations.slice(0, 3), family, lowConfidence: false };
  }
  const top = onet[0];
  return { occupations: onet, family: null, lowConfidence: !top || top.confidence < 0.6 };
}
