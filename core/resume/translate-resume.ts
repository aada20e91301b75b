import type { Change } from './change';
import { applyEdits, rebuild } from './change';
import type { Resume } from './resume-schema';
import { resumeSchema } from './resume-schema';
import type { FieldKind } from './rewrite/rewrite-text';
import { proposeEdits } from './rewrite/rewrite-text';
import type { SectionHandlers, SectionId } from './sections';
import { sectionIds } from './sections';
import { translateEmployer } from './translate-employer';
import { translateTitle } from './translate-title';

export interface TranslateOptions {
  /** private drops salary, hours and pay jargon; federal keeps them (for federal applications). */
  mode: 'private' | 'federal';
  /** "Describe my agency in general terms": agencies, offices, academies, programs and systems. */
  generalizeEmployer: boolean;
  /** Also generalise job titles that name the agency ("Border Patrol Agent"). */
  generalizeTitles?: boolean;
  /** The functional title the seeker picked per job index; official titles are kept otherwise. */
  titleChoices?: Record<number, string>;
}

export interface Translation {
  resume: Resume;
  changes: Change[];
  /** Civilian functional titles per job index, for the seeker to choose from. */
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

interface Translator {
  text: (path: string, value: string | undefined, field?: FieldKind) => string | undefined;
  list: (path: string, values: string[] | undefined, field?: FieldKind) => string[] | undefined;
  line: (path: string, value: string | undefined) => string | undefined;
  options: TranslateOptions;
  changes: Change[];
  titleOptions: Record<number, string[]>;
}

type SectionTranslator = (r: Resume, t: Translator) => void;

/**
 * The fields outside the section registry: JSON Resume's own extras and Offramp's `x-` state.
 * A key added to the schema without an entry here, or a section added to the registry without
 * one in SECTIONS below, fails to compile, so nothing is left untranslated by accident.
 */
const OTHER_FIELDS: { [K in Exclude<keyof Resume, SectionId>]-?: SectionTranslator } = {
  $schema: () => {},
  meta: () => {},
  // The builder's own state (decisions on changes) and the clearance level ("TS/SCI") stay as written.
  'x-offramp': () => {},
  'x-clearance': () => {},
  publications: (r, t) =>
    r.publications?.forEach((p, i) => {
      p.name = t.text(`publications[${i}].name`, p.name, 'title');
      p.publisher = t.line(`publications[${i}].publisher`, p.publisher);
      p.summary = t.text(`publications[${i}].summary`, p.summary);
    }),
  interests: (r, t) =>
    r.interests?.forEach((s, i) => {
      s.keywords = t.list(`interests[${i}].keywords`, s.keywords, 'keyword');
    }),
  references: (r, t) =>
    r.references?.forEach((s, i) => {
      s.reference = t.text(`references[${i}].reference`, s.reference);
    }),
};

/** What the translator does with every section of the registry (`core/resume/sections.ts`). */
const SECTIONS: SectionHandlers<SectionTranslator> = {
  languages: () => {},
  basics: (r, t) => {
    if (!r.basics) return;
    r.basics.summary = t.text('basics.summary', r.basics.summary);
    const label = r.basics.label;
    const title = label
      ? translateTitle(label, { mode: t.options.mode, generalizeTitle: t.options.generalizeTitles === true })
      : null;
    if (label && title && title.text !== label) {
      t.changes.push(fieldChange('basics.label', label, title.text, title.rule, title.reason));
      r.basics.label = title.text;
    } else r.basics.label = t.text('basics.label', label, 'title');
  },
  work: (r, t) => translateWork(r, t),
  volunteer: (r, t) =>
    r.volunteer?.forEach((v, i) => {
      v.organization = t.line(`volunteer[${i}].organization`, v.organization);
      v.position = t.text(`volunteer[${i}].position`, v.position, 'title');
      v.summary = t.text(`volunteer[${i}].summary`, v.summary);
      v.highlights = t.list(`volunteer[${i}].highlights`, v.highlights);
    }),
  education: (r, t) =>
    r.education?.forEach((e, i) => {
      e.institution = t.line(`education[${i}].institution`, e.institution);
      e.area = t.text(`education[${i}].area`, e.area, 'title');
      e.courses = t.list(`education[${i}].courses`, e.courses, 'keyword');
    }),
  awards: (r, t) =>
    r.awards?.forEach((a, i) => {
      a.title = t.text(`awards[${i}].title`, a.title, 'title');
      a.awarder = t.line(`awards[${i}].awarder`, a.awarder);
      a.summary = t.text(`awards[${i}].summary`, a.summary);
    }),
  certificates: (r, t) =>
    r.certificates?.forEach((c, i) => {
      c.name = t.text(`certificates[${i}].name`, c.name, 'title');
      c.issuer = t.line(`certificates[${i}].issuer`, c.issuer);
    }),
  skills: (r, t) =>
    r.skills?.forEach((s, i) => {
      s.name = t.text(`skills[${i}].name`, s.name, 'keyword');
      s.keywords = t.list(`skills[${i}].keywords`, s.keywords, 'keyword');
    }),
  projects: (r, t) =>
    r.projects?.forEach((p, i) => {
      p.name = t.text(`projects[${i}].name`, p.name, 'title');
      p.entity = t.line(`projects[${i}].entity`, p.entity);
      p.description = t.text(`projects[${i}].description`, p.description);
      p.highlights = t.list(`projects[${i}].highlights`, p.highlights);
      p.keywords = t.list(`projects[${i}].keywords`, p.keywords, 'keyword');
    }),
};

const PRIVATE_MODE =
  'Private mode leaves out grade, series, salary and hours, which civilian resumes do not show; the title keeps the seniority.';

function translateWork(r: Resume, t: Translator): void {
  const titleOptions = t.titleOptions;
  const o = t.options;
  r.work?.forEach((job, i) => {
    const base = `work[${i}]`;
    const federal = job['x-federal'];
    if (job.position) {
      const title = translateTitle(job.position, {
        mode: o.mode,
        choice: o.titleChoices?.[i],
        generalizeTitle: o.generalizeTitles === true,
        grade: federal?.grade,
        series: federal?.series,
      });
      if (title) {
        titleOptions[i] = title.options;
        if (title.text !== job.position)
          t.changes.push(fieldChange(`${base}.position`, job.position, title.text, title.rule, title.reason));
        job.position = title.text;
      } else job.position = t.text(`${base}.position`, job.position, 'title');
    }
    job.name = t.line(`${base}.name`, job.name);
    job.location = t.text(`${base}.location`, job.location, 'title');
    job.summary = t.text(`${base}.summary`, job.summary);
    job.highlights = t.list(`${base}.highlights`, job.highlights);
    if (federal && o.mode === 'private') {
      const shown = [
        federal.grade,
        federal.series && `series ${federal.series}`,
        federal.hoursPerWeek && `${federal.hoursPerWeek} hours per week`,
        federal.salary,
      ].filter(Boolean);
      t.changes.push({
        id: `${base}.x-federal@field`,
        path: `${base}.x-federal`,
        start: 0,
        end: 0,
        original: shown.join(', '),
        replacement: '',
        rule: 'private-mode',
        reason: PRIVATE_MODE,
      });
      delete job['x-federal'];
    }
  });
}

/**
 * Translates a JSON Resume into civilian English. Every change is explained, self-checked and
 * revertible (`applyChanges`); numbers, outcomes and official titles are kept. Pure: runs in the
 * browser and on the server. `translateResumeChecked` adds the grammar checker's verdict.
 */
export function translateResume(input: Resume, options: TranslateOptions): Translation {
  const resume = resumeSchema.parse(structuredClone(input));
  const changes: Change[] = [];
  const render = (field: FieldKind) => ({
    mode: options.mode,
    generalize: options.generalizeEmployer,
    field,
  });
  const text = (path: string, value: string | undefined, field: FieldKind = 'prose') => {
    if (!value) return value;
    const { text: out, changes: found } = applyEdits(value, proposeEdits(value, render(field)), path);
    changes.push(...found);
    return out;
  };
  const titleOptions: Record<number, string[]> = {};
  const t: Translator = {
    options,
    changes,
    titleOptions,
    text,
    list: (path, values, field = 'prose') => values?.map((v, k) => text(`${path}[${k}]`, v, field) ?? v),
    line: (path, value) => {
      if (!value) return value;
      const employer = translateEmployer(value, options.generalizeEmployer);
      if (employer === null || employer === value) return text(path, value, 'title');
      changes.push(
        fieldChange(
          path,
          value,
          employer,
          options.generalizeEmployer ? 'confidential:employer' : 'employer',
          options.generalizeEmployer
            ? 'Confidentiality option: the agency is described in general terms, since some names cost seekers interviews.'
            : 'Each agency is named once, in full, as a background check will show it.',
        ),
      );
      return employer;
    },
  };
  for (const id of sectionIds) SECTIONS[id](resume, t);
  for (const translate of Object.values(OTHER_FIELDS)) translate(resume, t);
  return { resume, changes, titleOptions };
}

/** Reads a value at a path such as `work[0].highlights[2]`. */
export function getAt(obj: unknown, path: string): unknown {
  return path
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

export function setAt(obj: unknown, path: string, value: unknown): void {
  const keys = path.split(/\.|\[|\]/).filter(Boolean);
  const last = keys.pop();
  const parent = getAt(obj, keys.join('.'));
  if (parent && last !== undefined) (parent as Record<string, unknown>)[last] = value;
}

/**
 * The translation with only the accepted changes: every text field is rebuilt from the original
 * and the changes the seeker kept, so reverting a change restores the original words exactly.
 * Reverting the private-mode change brings back the job's `x-federal` details.
 */
export function applyChanges(original: Resume, translation: Translation, accepted: Set<string>): Resume {
  const out = structuredClone(translation.resume);
  const byPath = new Map<string, Change[]>();
  for (const c of translation.changes) byPath.set(c.path, [...(byPath.get(c.path) ?? []), c]);
  for (const [path, list] of byPath) {
    const kept = list.filter((c) => accepted.has(c.id));
    if (kept.length === list.length) continue;
    const source = getAt(original, path);
    if (path.endsWith('x-federal')) setAt(out, path, structuredClone(source));
    else if (typeof source === 'string' || source === undefined)
      setAt(out, path, rebuild(source ?? '', kept));
  }
  return out;
}
