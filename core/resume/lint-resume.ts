import { GLOSSARY } from './glossary';
import type { Resume } from './resume-schema';

export interface LintFinding {
  path: string;
  rule: 'acronym' | 'first-person' | 'no-outcome' | 'long-bullet';
  message: string;
}

/** Acronyms civilian readers know without help. */
const KNOWN = new Set([
  'US',
  'USA',
  'CEO',
  'HR',
  'IT',
  'PDF',
  'SQL',
  'BS',
  'BA',
  'MS',
  'MA',
  'MBA',
  'PhD',
  'AML',
  'KYC',
  'OSHA',
  'GPS',
  'CPR',
  'EMT',
  'OK',
  'AM',
  'PM',
  'ID',
  'AI',
  'API',
  'UK',
  'EU',
  'NY',
  'DC',
  'LLC',
  'QA',
  'CRM',
  'ERP',
  'KPI',
  'SAR',
  'ICS',
  'EEO',
  'PII',
  'SOP',
  'FBI',
  'FEMA',
  'TSA',
]);
const GLOSSARY_ACRONYMS = new Set(GLOSSARY.filter((g) => g.acronym).map((g) => g.term));
const FIRST_PERSON = /\b(I|me|my|mine|myself|we|our|us)\b/;
const OUTCOME =
  /\d|%|\b(reduc|increas|improv|sav|cut|grew|led to|resulted|achiev|won|recover|prevent|award|recogni|complet|resolv|deliver|exceed|zero|first)\w*/i;
/** About two lines of a one-column resume at 11 point. */
export const MAX_BULLET_CHARACTERS = 190;
const LINES_PER_PAGE = 46;

/** Plain-text lines the resume would print, for the page estimate. */
function printedLines(resume: Resume): number {
  let lines = 4;
  const wrap = (text: string | undefined) => (text ? Math.ceil(text.length / 95) : 0);
  lines += wrap(resume.basics?.summary) + 2;
  for (const job of resume.work ?? []) {
    lines += 3 + wrap(job.summary);
    for (const h of job.highlights ?? []) lines += wrap(h);
  }
  lines += (resume.education?.length ?? 0) * 2 + 2;
  lines +=
    (resume.skills?.length ?? 0) + (resume.certificates?.length ?? 0) + (resume.languages?.length ?? 0) + 3;
  return lines;
}

/**
 * Checks a translated resume for what still hurts it with civilian readers: unexplained acronyms,
 * first-person pronouns, duties with no outcome, bullets over two lines; and estimates its length.
 */
export function lintResume(resume: Resume): { findings: LintFinding[]; estimatedPages: number } {
  const findings: LintFinding[] = [];
  const texts: [string, string][] = [];
  if (resume.basics?.summary) texts.push(['basics.summary', resume.basics.summary]);
  resume.work?.forEach((job, i) => {
    if (job.summary) texts.push([`work[${i}].summary`, job.summary]);
    job.highlights?.forEach((h, k) => {
      texts.push([`work[${i}].highlights[${k}]`, h]);
    });
  });
  for (const [path, text] of texts) {
    for (const acronym of new Set(text.match(/\b[A-Z][A-Z0-9]{1,6}s?\b/g) ?? [])) {
      const bare = acronym.replace(/s$/, '');
      if (KNOWN.has(bare) || KNOWN.has(acronym)) continue;
      // Explained in place: "Bank Secrecy Act (BSA)" or "BSA (Bank Secrecy Act)".
      if (new RegExp(`\\(${bare}\\)|${bare} \\(`).test(text)) continue;
      findings.push({
        path,
        rule: 'acronym',
        message: GLOSSARY_ACRONYMS.has(bare)
          ? `"${acronym}" is agency shorthand; accept the suggested wording or spell it out.`
          : `"${acronym}" may be unfamiliar; spell it out on first use.`,
      });
    }
    if (FIRST_PERSON.test(text))
      findings.push({
        path,
        rule: 'first-person',
        message: 'Resumes leave out "I", "my" and "we"; start with the action instead.',
      });
    if (path.includes('highlights')) {
      if (!OUTCOME.test(text))
        findings.push({
          path,
          rule: 'no-outcome',
          message: 'This duty has no outcome: add a number, a result or what changed because of it.',
        });
      if (text.length > MAX_BULLET_CHARACTERS)
        findings.push({
          path,
          rule: 'long-bullet',
          message: `This bullet runs past two lines (${text.length} characters); keep it under ${MAX_BULLET_CHARACTERS}.`,
        });
    }
  }
  return { findings, estimatedPages: Math.round((printedLines(resume) / LINES_PER_PAGE) * 10) / 10 };
}
