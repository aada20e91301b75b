import { SKILLS } from '../fit/skills';
import type { Resume } from './resume-schema';

export interface Tailoring {
  score: number;
  covered: string[];
  missing: string[];
  suggestions: string[];
}

const STOP = new Set(
  'the and for with you your our are will this that have from who all any can able work team role job years year experience skills ability including other must such per may more well into their them they also within using use used new not but has been its about across through opportunity opportunities employer employers equal applicants applicant candidate candidates position positions company organization benefits benefit salary please apply applying application qualified qualifications required preferred strong excellent knowledge working environment ensure provide support duties responsibilities minimum plus related various'.split(
    ' ',
  ),
);

/**
 * Sentences of a posting that say nothing about the work: equal-opportunity statements, benefits,
 * pay and how to apply. Their words never become keywords.
 */
const BOILERPLATE =
  /\b(equal (employment )?opportunity|eeo\b|affirmative action|without regard to|race|religion|national origin|sexual orientation|gender identity|disability|veteran status|reasonable accommodation|401\(?k\)?|dental|vision insurance|health insurance|paid time off|pto\b|parental leave|benefits? (package|include)|we offer|salary range|pay range|compensation|how to apply|background check|drug[- ]free|e-verify)\b/i;

/** Acronyms readers know, which are never "missing" keywords. */
const COMMON_ACRONYMS = new Set([
  'US',
  'USA',
  'EEO',
  'EOE',
  'PTO',
  'HR',
  'OK',
  'AM',
  'PM',
  'ID',
  'LLC',
  'INC',
  'FAQ',
  'ADA',
  'II',
  'III',
  'IV',
]);

/** The parts of a posting that describe the work: its sentences without the boilerplate. */
export function postingRequirements(description: string): string {
  return description
    .split(/(?<=[.!?;:])\s+|\n+/)
    .filter((s) => !BOILERPLATE.test(s))
    .join('\n');
}

const words = (text: string) =>
  (text.toLowerCase().match(/[a-z][a-z+#.-]{2,}/g) ?? [])
    .map((w) => w.replace(/[.-]+$/, ''))
    .filter((w) => w.length > 2 && !STOP.has(w));

/** Acronyms and named programs the posting asks for ("C-TPAT", "AML", "SQL"), kept as written. */
function acronyms(text: string): string[] {
  const found = text.match(/\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]\b/g) ?? [];
  return [
    ...new Set(
      found.filter((a) => a.length >= 2 && a.length <= 12 && !COMMON_ACRONYMS.has(a) && /[A-Z]/.test(a)),
    ),
  ];
}

/** The resume's own text, as one string: every section, skills and certifications included. */
function resumeText(resume: Resume): string {
  return [
    resume.basics?.label,
    resume.basics?.summary,
    ...(resume.work ?? []).flatMap((w) => [w.position, w.summary, ...(w.highlights ?? [])]),
    ...(resume.volunteer ?? []).flatMap((v) => [v.position, v.summary, ...(v.highlights ?? [])]),
    ...(resume.projects ?? []).flatMap((p) => [p.name, p.description, ...(p.highlights ?? [])]),
    ...(resume.skills ?? []).flatMap((s) => [s.name, ...(s.keywords ?? [])]),
    ...(resume.certificates ?? []).flatMap((c) => [c.name, c.issuer]),
    ...(resume.education ?? []).flatMap((e) => [e.studyType, e.area, ...(e.courses ?? [])]),
    ...(resume.languages ?? []).map((l) => l.language),
    resume['x-clearance']?.level ? `${resume['x-clearance'].level} clearance` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * How well a resume covers a job posting: the transferable skills, acronyms and most repeated terms
 * of its requirements and duties (never its EEO or benefits text), which the resume mentions in any
 * section (skills count), a score, and what to add.
 */
export function tailorResume(resume: Resume, jobDescription: string): Tailoring {
  const raw = resumeText(resume);
  const text = raw.toLowerCase();
  const asked = postingRequirements(jobDescription);
  const skillTerms = SKILLS.filter((s) => s.pattern.test(asked.toLowerCase())).map((s) => ({
    term: s.phrase,
    present: s.pattern.test(text),
  }));
  const acronymTerms = acronyms(asked).map((a) => ({
    term: a,
    present: new RegExp(`(^|[^A-Za-z0-9])${a.replace(/[-]/g, '[- ]?')}($|[^A-Za-z0-9])`).test(raw),
  }));
  const counts = new Map<string, number>();
  for (const w of words(asked)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const taken = [...skillTerms, ...acronymTerms].map((t) => t.term.toLowerCase());
  const frequent = [...counts.entries()]
    .filter(([w, n]) => (n >= 2 || w.length >= 9) && !taken.some((t) => t.includes(w) || w.includes(t)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([w]) => ({ term: w, present: text.includes(w) }));
  const all = [...skillTerms, ...acronymTerms, ...frequent];
  const covered = all.filter((t) => t.present).map((t) => t.term);
  const missing = all.filter((t) => !t.present).map((t) => t.term);
  const score = all.length === 0 ? 0 : Math.round((covered.length / all.length) * 100) / 100;
  const suggestions = missing
    .slice(0, 5)
    .map(
      (term) =>
        `The posting asks for ${term}: if you have done it, add a bullet that shows it with a result, or add it to your skills.`,
    );
  return { score, covered, missing, suggestions };
}
