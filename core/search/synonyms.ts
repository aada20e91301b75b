/**
 * Search synonyms: agency and enforcement terms a seeker may type, mapped to the civilian words
 * employers use, and common civilian variants. Each group is matched both ways.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['leo', 'law enforcement', 'police'],
  ['investigator', 'investigations', 'special agent', 'detective'],
  ['aml', 'anti money laundering', 'bsa'],
  ['kyc', 'know your customer'],
  ['t&s', 'trust and safety', 'trust safety'],
  ['lp', 'loss prevention', 'asset protection'],
  ['emergency management', 'emergency preparedness', 'business continuity'],
  ['customs', 'trade compliance', 'import compliance'],
  ['interpreter', 'translator', 'bilingual'],
  ['paralegal', 'legal assistant'],
  ['records', 'records management', 'recordkeeping'],
  ['intel', 'intelligence', 'threat intelligence'],
  ['security', 'protective services'],
  ['remote', 'telework', 'work from home'],
];

/** Lower-cased term → the other members of its groups. */
export function synonymMap(groups: string[][] = SYNONYM_GROUPS): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((t) => t !== term);
      map.set(term, [...new Set([...(map.get(term) ?? []), ...others])]);
    }
  }
  return map;
}
