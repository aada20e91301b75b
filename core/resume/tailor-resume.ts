import { SKILLS } from '../fit/skills';
import type { Resume } from './resume-schema';

export interface Tailoring {
  score: number;
  covered: string[];
  missing: string[];
  suggestions: string[];
}

const STOP = new Set(
  'the and for with you your our are will this that have from who all any can able work team role job years year experience skills ability including other must such per may more well into their them they also within using use used new not but has been its about across through'.split(
    ' ',
  ),
);

const words = (text: string) =>
  (text.toLowerCase().match(/[a-z][a-z+#.-]{2,}/g) ?? []).filter((w) => !STOP.has(w));

/** The resume's own text, as one lower-case string. */
function resumeText(resume: Resume): string {
  return [
    resume.basics?.label,
    resume.basics?.summary,
    ...(resume.work ?? []).flatMap((w) => [w.position, w.summary, ...(w.highlights ?? [])]),
    ...(resume.skills ?? []).flatMap((s) => [s.name, ...(s.keywords ?? [])]),
    ...(resume.certificates ?? []).map((c) => c.name),
    ...(resume.languages ?? []).map((l) => l.language),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/**
 * How well a resume covers a job description: the posting's transferable skills and its most
 * repeated terms, which of them the resume mentions, a score, and what to add.
 */
export function tailorResume(resume: Resume, jobDescription: string): Tailoring {
  const text = resumeText(resume);
  const skillTerms = SKILLS.filter((s) => s.pattern.test(jobDescription.toLowerCase())).map((s) => ({
    term: s.phrase,
    present: s.pattern.test(text),
  }));
  const counts = new Map<string, number>();
  for (const w of words(jobDescription)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const frequent = [...counts.entries()]
    .filter(([w, n]) => n >= 2 || w.length >= 9)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([w]) => ({ term: w, present: text.includes(w) }));
  const all = [...skillTerms, ...frequent.filter((f) => !skillTerms.some((s) => s.term.includes(f.term)))];
  const covered = all.filter((t) => t.present).map((t) => t.term);
  const missing = all.filter((t) => !t.present).map((t) => t.term);
  const score = all.length === 0 ? 0 : Math.round((covered.length / all.length) * 100) / 100;
  const suggestions = missing
    .slice(0, 5)
    .map(
      (term) =>
        `The posting asks for ${term}: if you have done it, add a bullet that shows it with a result.`,
    );
  return { score, covered, missing, suggestions };
}
