/**
 * Whole-phrase rewrites: patterns that a term-by-term rewrite would break, rewritten as a whole
 * with every number kept. Each keeps the meaning: a non-detained docket stays non-detained.
 */
export interface PhraseRule {
  id: string;
  pattern: RegExp;
  make: (m: RegExpExecArray) => string;
  why: string;
}

const DETENTION = (qualifier: string | undefined) =>
  !qualifier
    ? ''
    : /non/i.test(qualifier)
      ? ' of people not held in detention'
      : ' of people held in detention';

export const PHRASES: PhraseRule[] = [
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
