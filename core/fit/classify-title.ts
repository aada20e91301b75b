import type { OnetIndex } from './onet-index';
import { normaliseTitleForMatch, titleCandidates } from './title-match';

export interface OccupationMatch {
  code: string;
  title: string;
  /** 1 for an exact title match, lower for a match on part of the title. */
  confidence: number;
  exact: boolean;
}

const words = (text: string) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];

/**
 * Classifies a posting title to O*NET occupations through the alternate and reported titles. An
 * exact match on the whole (normalised) title wins; otherwise the longest run of words that is a
 * known title. When a title fits several occupations ("Investigator"), the description decides:
 * the occupation whose own title shares most words with it comes first.
 */
export function classifyTitle(index: OnetIndex, title: string, description: string): OccupationMatch[] {
  for (const candidate of titleCandidates(title)) {
    const exact = index.codesForTitle(candidate);
    if (exact.length > 0) return rank(index, exact, description, 1, true, candidate);
  }
  const tokens = titleCandidates(title)[0]?.split(' ') ?? [];
  for (let size = Math.min(tokens.length - 1, 5); size >= 1; size--) {
    for (let start = tokens.length - size; start >= 0; start--) {
      // Later words carry the occupation ("Senior Claims Fraud Investigator"): try runs ending late first.
      const run = tokens.slice(start, start + size).join(' ');
      const codes = index.codesForTitle(run);
      if (codes.length > 0) {
        const confidence =
          size === 1 ? 0.45 : Math.min(0.9, 0.45 + (0.45 * size) / tokens.length + 0.1 * (size - 1));
        return rank(index, codes, description, confidence, false, run);
      }
    }
  }
  return [];
}

function rank(
  index: OnetIndex,
  codes: string[],
  description: string,
  confidence: number,
  exact: boolean,
  candidateKey: string,
): OccupationMatch[] {
  const text = new Set(words(description));
  const scored = codes.map((code) => {
    const title = index.occupationTitle(code);
    // An occupation whose own name is the posting's title wins ties ("Barista" → Baristas).
    const named =
      normaliseTitleForMatch(title).replace(/s\b/g, '') === candidateKey.replace(/s\b/g, '') ? 5 : 0;
    const overlap = words(title).filter((w) => text.has(w)).length + named;
    return { code, title, overlap };
  });
  scored.sort((a, b) => b.overlap - a.overlap || a.code.localeCompare(b.code));
  const share = codes.length > 1 ? 0.85 : 1;
  return scored.slice(0, 3).map((s, i) => ({
    code: s.code,
    title: s.title,
    confidence: Math.round(confidence * (i === 0 ? share : share * 0.8) * 100) / 100,
    exact,
  }));
}
