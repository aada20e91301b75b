import { AIRPORTS } from './airports';

/**
 * Whole-phrase rewrites: patterns that a term-by-term rewrite would break, rewritten as a whole
 * with every number kept. Each keeps the meaning: a non-detained docket stays non-detained.
 */
export interface PhraseRule {
  id: string;
  pattern: RegExp;
  /** The rewrite; `after` is the text that follows the match. */
  make: (m: RegExpExecArray, after: string) => string;
  why: string;
}

const DETENTION = (qualifier: string | undefined) =>
  !qualifier
    ? ''
    : /non/i.test(qualifier)
      ? ' of people not held in detention'
      : ' of people held in detention';

/** "FY22" and "FY2022" as a four-digit year; the federal fiscal year began in 1976 in this form. */
const fiscalYear = (digits: string) =>
  digits.length === 4 ? digits : `${Number(digits) >= 76 ? '19' : '20'}${digits}`;

const AIRPORT_NAMES = new Map(AIRPORTS);

/** The states with a Department of Public Safety that runs the state police, by postal code. */
const STATE_NAMES = {
  AZ: 'Arizona',
  TX: 'Texas',
  NM: 'New Mexico',
  MN: 'Minnesota',
  IA: 'Iowa',
  NC: 'North Carolina',
  OK: 'Oklahoma',
  AK: 'Alaska',
  HI: 'Hawaii',
  WY: 'Wyoming',
  UT: 'Utah',
} as const;

export const PHRASES: PhraseRule[] = [
  {
    id: 'state-dps',
    pattern: new RegExp(`\\b(${Object.keys(STATE_NAMES).join('|')}) DPS\\b`, 'g'),
    make: (m) => `the ${STATE_NAMES[m[1] as keyof typeof STATE_NAMES]} Department of Public Safety`,
    why: 'A state DPS is its state police agency, named in full.',
  },
  {
    id: 'fiscal-years',
    // "FY23 and FY24" too, where the second year keeps its "FY": "FY23 and 24 agents" is a count.
    pattern:
      /\bFY[- ]?(\d{4}|\d{2})(?:\s*(through|thru|to|[-–])\s*(?:FY[- ]?)?(\d{4}|\d{2})|\s+(and|or)\s+FY[- ]?(\d{4}|\d{2}))?(?![\w-])/g,
    make: (m, after) => {
      const first = fiscalYear(m[1] ?? '');
      // Before a noun two years are a modifier ("fiscal year 2022–2025 spend plans"), else plural.
      const years = /^ (?!(?:and|or|to|for|with|in|at|on|by|from|through)\b)[a-z]/.test(after)
        ? 'fiscal year'
        : 'fiscal years';
      if (m[5]) return `${years} ${first} ${m[4]} ${fiscalYear(m[5])}`;
      if (!m[3]) return `fiscal year ${first}`;
      const joint = m[2] === 'thru' ? ' through ' : /^[-–]$/.test(m[2] ?? '') ? '–' : ` ${m[2]} `;
      return `${years} ${first}${joint}${fiscalYear(m[3])}`;
    },
    why: 'FY is budget shorthand: spelled out as the federal fiscal year (October to September, 31 U.S.C. § 1102; GAO-05-734SP), the years kept.',
  },
  {
    id: 'airport-secondary',
    pattern: new RegExp(
      `\\bat (?:the )?(${AIRPORTS.map(([code]) => code).join('|')}) secondary(?! inspections?\\b)\\b`,
      'g',
    ),
    make: (m) => `in secondary inspection at ${AIRPORT_NAMES.get(m[1] ?? '') ?? m[1]}`,
    why: '"Secondary" is CBP shorthand for the secondary inspection area; the airport is named in full (FAA airport data).',
  },
  {
    id: 'docket-of',
    pattern:
      /\b(?:(?:a|an|the|my)\s+)?(non-?detained\s+|non detained\s+|detained\s+)?docket\s+of\s+(?:(over|more than|approximately|about|nearly)\s+)?(\d[\d,]*\+?)(?:\s+(?:cases|people|individuals|noncitizens|aliens|detainees|respondents))?/gi,
    make: (m) => `a caseload of ${m[2] ? `${m[2].toLowerCase()} ` : ''}${m[3]} cases${DETENTION(m[1])}`,
    why: 'Docket is agency shorthand for a caseload; the number and whether people were detained are kept.',
  },
  {
    id: 'caseload-detained',
    pattern: /\b(non-?detained|detained)\s+caseload\s+of\s+(\d[\d,]*\+?)(?:\s+cases)?/gi,
    make: (m) => `caseload of ${m[2]} cases${DETENTION(m[1])}`,
    why: 'Says plainly whether the people on the caseload were detained; the number is kept.',
  },
];
