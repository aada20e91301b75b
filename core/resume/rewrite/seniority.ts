/**
 * Federal grades as seniority a civilian reader recognises. OPM's General Schedule runs GS-1 to
 * GS-15 (GL is the law-enforcement entry schedule); the bands below follow OPM's qualification
 * standards: GS-5 to 7 entry, 9 to 11 developmental and full-performance, 12 and up senior.
 */
export interface Grade {
  plan: string;
  series?: string;
  level: number;
  /** The top of a range such as GS-13/14. */
  to?: number;
  supervisory: boolean;
  /** The grade as written back in federal mode: "GS-13" or "GS-13/14". */
  label: string;
}

/** Every written grade form: GS-12, GS 12, GS-1811-13, GS-0301-11, GL-7, GS-13/14. */
export const GRADE_PATTERN =
  /(?<![\w-])(?:(Supervisory|Lead)\s+)?(GS|GL|GG)[- ]?(?:(\d{4})[- ])?(\d{1,2})(?:\s?\/\s?(?:GS-?)?(\d{1,2}))?(?![\d-])/g;

export function parseGrade(m: RegExpMatchArray | string): Grade | null {
  const match = typeof m === 'string' ? [...m.matchAll(new RegExp(GRADE_PATTERN.source, 'g'))][0] : m;
  if (!match) return null;
  const level = Number(match[4]);
  if (!(level >= 1 && level <= 15)) return null;
  const to = match[5] ? Number(match[5]) : undefined;
  const plan = (match[2] ?? 'GS').toUpperCase();
  return {
    plan,
    series: match[3],
    level,
    to: to && to > level && to <= 15 ? to : undefined,
    supervisory: Boolean(match[1]),
    label: `${plan}-${level}${to && to > level ? `/${to}` : ''}`,
  };
}

const LEVELS: [number, string][] = [
  [15, 'principal'],
  [14, 'lead'],
  [13, 'senior'],
  [12, 'experienced'],
  [10, 'mid-level'],
  [8, 'early-career'],
  [1, 'entry-level'],
];

/** The seniority word for one grade number. */
export function levelWord(level: number, plan = 'GS'): string {
  if (plan === 'GL') return level >= 9 ? 'early-career' : 'entry-level';
  return LEVELS.find(([min]) => level >= min)?.[1] ?? 'entry-level';
}

/** "senior", "senior to lead". */
export function seniorityAdjective(g: Grade): string {
  const low = levelWord(g.level, g.plan);
  const high = g.to ? levelWord(g.to, g.plan) : low;
  return high === low ? low : `${low} to ${high}`;
}

/** Civilian occupation nouns for OPM series, used in seniority phrases. */
const SERIES_ROLES: Record<string, { role: string; area: string }> = {
  '1811': { role: 'investigator', area: 'investigations' },
  '1810': { role: 'investigator', area: 'investigations' },
  '1801': { role: 'enforcement officer', area: 'enforcement operations' },
  '1802': { role: 'compliance assistant', area: 'compliance operations' },
  '1895': { role: 'inspection officer', area: 'inspection operations' },
  '1890': { role: 'customs inspector', area: 'inspection operations' },
  '1816': { role: 'immigration inspector', area: 'inspection operations' },
  '1896': { role: 'border security agent', area: 'border security operations' },
  '0301': { role: 'program specialist', area: 'program operations' },
  '0343': { role: 'management analyst', area: 'management analysis' },
  '0303': { role: 'administrative assistant', area: 'administrative support' },
  '0132': { role: 'intelligence analyst', area: 'intelligence analysis' },
  '0080': { role: 'security specialist', area: 'security operations' },
  '0083': { role: 'police officer', area: 'police operations' },
  '0201': { role: 'HR specialist', area: 'human resources' },
  '0560': { role: 'budget analyst', area: 'budget' },
  '0501': { role: 'financial specialist', area: 'finance' },
  '1102': { role: 'contract specialist', area: 'contracting' },
  '2210': { role: 'IT specialist', area: 'IT operations' },
  '0905': { role: 'attorney', area: 'legal' },
  '0341': { role: 'administrative officer', area: 'administration' },
  '0340': { role: 'program manager', area: 'program management' },
  '0346': { role: 'logistics manager', area: 'logistics' },
  '1805': { role: 'investigative assistant', area: 'investigative support' },
};

export function seriesRole(series: string | undefined): { role: string; area: string } | undefined {
  return series ? SERIES_ROLES[series.padStart(4, '0')] : undefined;
}

/**
 * The seniority phrase for a grade and an occupation: "senior investigator"; supervisory grades
 * lead a team: "investigations supervisor" (up to GS-13), "investigations manager" (GS-14 and up).
 */
export function seniorityPhrase(
  g: Grade,
  occupation?: { role: string; area: string },
  supervisory = false,
): string {
  if (!occupation) return levelNoun(g);
  if (supervisory || g.supervisory) {
    const top = g.to ?? g.level;
    return top >= 15
      ? `senior ${occupation.area} manager`
      : top >= 14
        ? `${occupation.area} manager`
        : `${occupation.area} supervisor`;
  }
  return `${seniorityAdjective(g)} ${occupation.role}`;
}

/** "senior level", "mid-level" (never "mid-level level"). */
export function levelNoun(g: Grade): string {
  const adj = seniorityAdjective(g);
  return /level$/.test(adj) ? adj : `${adj} level`;
}

/**
 * Federal mode's wording for a grade: the seniority phrase with the grade kept as its equivalent,
 * "senior investigator (GS-13 equivalent)". A grade already in parentheses ("Specialist
 * (GS-0301-12)") takes a comma instead, so the title never carries one pair inside another.
 */
export function federalSeniority(
  g: Grade,
  occupation: { role: string; area: string },
  inParens: boolean,
): string {
  const said = seniorityPhrase(g, occupation);
  return inParens ? `${said}, ${g.label} equivalent` : `${said} (${g.label} equivalent)`;
}
