import type { Change } from './change';
import { applyEdits, rebuild } from './change';
import { EMPLOYER_NAMES } from './data/employers';
import { gradeSeniority, TITLE_MAPPINGS } from './data/titles';
import type { Resume } from './resume-schema';
import { resumeSchema } from './resume-schema';
import { proposeEdits } from './translate-text';

export interface TranslateOptions {
  /** private drops salary and hours; federal keeps them (for federal applications). */
  mode: 'private' | 'federal';
  generalizeEmployer: boolean;
  /** Chosen civilian title per job index; the first option is used otherwise. */
  titleChoices?: Record<number, string>;
}

export interface Translation {
  resume: Resume;
  changes: Change[];
  /** Civilian title options per job index, for the seeker to choose from. */
  titleOptions: Record<number, string[]>;
}

/** A whole-field replacement (a title, an employer), recorded as a change like any other. */
function fieldChange(
  path: string,
  original: string,
  replacement: string,
  rule: string,
  reason: string,
): Change {
  return { id: `${path}@field`, path, start: 0, end: original.length, original, replacement, rule, reason };
}

/**
 * Translates a JSON Resume into civilian terms. Every change is explained and can be reverted
 * (`applyChanges`); numbers and outcomes are never dropped. Pure: runs in the browser and on the server.
 */
export function translateResume(input: Resume, options: TranslateOptions): Translation {
  const resume = resumeSchema.parse(structuredClone(input));
  const changes: Change[] = [];
  const titleOptions: Record<number, string[]> = {};
  const textOptions = { generalizeEmployer: options.generalizeEmployer };

  const translateField = (path: string, value: string | undefined): string | undefined => {
    if (!value) return value;
    const { text, changes: found } = applyEdits(value, proposeEdits(value, textOptions), path);
    changes.push(...found);
    return text;
  };

  if (resume.basics) {
    resume.basics.summary = translateField('basics.summary', resume.basics.summary);
    const labelTitle = resume.basics.label
      ? TITLE_MAPPINGS.find((m) => m.match.test(resume.basics?.label ?? ''))
      : undefined;
    if (labelTitle && resume.basics.label) {
      const chosen = labelTitle.options[0] ?? resume.basics.label;
      changes.push(fieldChange('basics.label', resume.basics.label, chosen, 'title', labelTitle.why));
      resume.basics.label = chosen;
    } else {
      resume.basics.label = translateField('basics.label', resume.basics.label);
    }
  }

  resume.work?.forEach((job, i) => {
    const base = `work[${i}]`;
    const mapping = job.position ? TITLE_MAPPINGS.find((m) => m.match.test(job.position ?? '')) : undefined;
    if (mapping && job.position) {
      titleOptions[i] = mapping.options;
      const chosen = options.titleChoices?.[i] ?? mapping.options[0] ?? job.position;
      changes.push(fieldChange(`${base}.position`, job.position, chosen, 'title', mapping.why));
      job.position = chosen;
    } else {
      job.position = translateField(`${base}.position`, job.position);
    }
    if (job.name) {
      const employer = EMPLOYER_NAMES.find((n) => n.match.test(job.name ?? ''));
      if (employer && options.generalizeEmployer) {
        changes.push(
          fieldChange(
            `${base}.name`,
            job.name,
            employer.general,
            'confidential-employer',
            'Confidentiality option: the agency is described in general terms, since some names cost seekers interviews.',
          ),
        );
        job.name = employer.general;
      } else {
        job.name = translateField(`${base}.name`, job.name);
      }
    }
    job.location = options.generalizeEmployer
      ? translateField(`${base}.location`, job.location)
      : job.location;
    job.summary = translateField(`${base}.summary`, job.summary);
    job.highlights = job.highlights?.map((h, k) => translateField(`${base}.highlights[${k}]`, h) ?? h);

    const federal = job['x-federal'];
    if (federal) {
      const seniority = federal.grade ? gradeSeniority(federal.grade) : null;
      const lines: string[] = [];
      if (seniority)
        lines.push(
          options.mode === 'federal'
            ? `${cap(seniority.phrase)} (${federal.grade?.toUpperCase()})`
            : `${cap(seniority.phrase)} role`,
        );
      if (options.mode === 'federal') {
        if (federal.hoursPerWeek) lines.push(`${federal.hoursPerWeek} hours per week`);
        if (federal.salary) lines.push(`Salary: ${federal.salary}`);
      }
      if (lines.length > 0) {
        const before = job.summary ?? '';
        const after = [lines.join('; '), before].filter(Boolean).join('. ');
        changes.push({
          id: `${base}.summary@grade`,
          path: `${base}.summary`,
          start: 0,
          end: 0,
          original: '',
          replacement: before ? `${lines.join('; ')}. ` : lines.join('; '),
          rule: 'grade',
          reason:
            options.mode === 'federal'
              ? 'Federal mode keeps grade, hours and salary, as federal applications require them.'
              : 'The grade is given as civilian seniority.',
        });
        job.summary = after;
      }
      if (options.mode === 'private' && (federal.salary || federal.hoursPerWeek)) {
        changes.push(
          fieldChange(
            `${base}.x-federal`,
            'salary and hours per week',
            '',
            'private-mode',
            'Private mode drops salary lines and hours per week, which civilian resumes leave out.',
          ),
        );
      }
      delete job['x-federal'];
    }
  });

  resume.volunteer?.forEach((v, i) => {
    v.summary = translateField(`volunteer[${i}].summary`, v.summary);
    v.highlights = v.highlights?.map((h, k) => translateField(`volunteer[${i}].highlights[${k}]`, h) ?? h);
  });
  resume.awards?.forEach((a, i) => {
    a.title = translateField(`awards[${i}].title`, a.title);
    a.summary = translateField(`awards[${i}].summary`, a.summary);
    if (a.awarder) a.awarder = translateField(`awards[${i}].awarder`, a.awarder);
  });
  resume.certificates?.forEach((c, i) => {
    c.name = translateField(`certificates[${i}].name`, c.name);
    if (c.issuer) c.issuer = translateField(`certificates[${i}].issuer`, c.issuer);
  });
  resume.skills?.forEach((s, i) => {
    s.name = translateField(`skills[${i}].name`, s.name);
    s.keywords = s.keywords?.map((k, j) => translateField(`skills[${i}].keywords[${j}]`, k) ?? k);
  });
  return { resume, changes, titleOptions };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Reads a value at a path such as `work[0].highlights[2]`. */
function getAt(obj: unknown, path: string): unknown {
  return path
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

function setAt(obj: unknown, path: string, value: unknown): void {
  const keys = path.split(/\.|\[|\]/).filter(Boolean);
  const last = keys.pop();
  const parent = getAt(obj, keys.join('.'));
  if (parent && last !== undefined) (parent as Record<string, unknown>)[last] = value;
}

/**
 * The translation with only the accepted changes: every text field is rebuilt from the original
 * and the changes the seeker kept. Reverting a change restores the original words exactly.
 */
export function applyChanges(original: Resume, translation: Translation, accepted: Set<string>): Resume {
  const out = structuredClone(translation.resume);
  const byPath = new Map<string, Change[]>();
  for (const c of translation.changes) byPath.set(c.path, [...(byPath.get(c.path) ?? []), c]);
  for (const [path, list] of byPath) {
    if (path.endsWith('x-federal')) continue;
    const source = getAt(original, path);
    if (typeof source !== 'string' && source !== undefined) continue;
    const kept = list.filter((c) => accepted.has(c.id));
    if (kept.length === list.length) continue;
    setAt(out, path, rebuild(source ?? '', kept));
  }
  return out;
}
