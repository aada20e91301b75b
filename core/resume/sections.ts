import type { Resume } from './resume-schema';

/**
 * The one registry of resume sections, by their JSON Resume names (https://jsonresume.org/schema).
 * The builder's form, the translator and the templates each keep a `SectionHandlers<...>` map, so a
 * section one of them leaves unhandled fails to compile. `basics` holds the contact line, the
 * headline (`label`) and the summary; `certificates` also owns the security clearance (`x-clearance`).
 */
export const sectionIds = [
  'basics',
  'work',
  'skills',
  'education',
  'certificates',
  'languages',
  'awards',
  'volunteer',
  'projects',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** One handler per section: `{ [K in SectionId]: T }` without a missing key. */
export type SectionHandlers<T> = { readonly [K in SectionId]: T };

/** The type of one entry of a section (`basics` is a single object; the rest are lists). */
export type SectionEntry<K extends SectionId> = K extends 'basics'
  ? NonNullable<Resume['basics']>
  : NonNullable<Resume[K]> extends readonly (infer E)[]
    ? E
    : never;

export interface SectionSpec {
  /** The heading a reader sees, in the form and in the templates. */
  label: string;
  /** What one entry is called in the form ("Add a job"). */
  entryName: string;
  /**
   * The headings real resumes use for it, lower case, for the importer. Longest phrases first is not
   * required: the importer scores whole-line matches.
   */
  headings: readonly string[];
  /**
   * The prose fields of each entry that the translator may rewrite. A name ending in `[]` is a list of
   * strings (one change path per item, `highlights[2]`).
   */
  textFields: readonly string[];
}

export const SECTIONS: SectionHandlers<SectionSpec> = {
  basics: {
    label: 'Contact and summary',
    entryName: 'contact',
    headings: ['summary', 'professional summary', 'profile', 'objective', 'career objective', 'about me'],
    textFields: ['label', 'summary'],
  },
  work: {
    label: 'Experience',
    entryName: 'job',
    headings: [
      'experience',
      'work experience',
      'professional experience',
      'employment',
      'employment history',
      'work history',
      'federal experience',
      'career history',
      'relevant experience',
    ],
    textFields: ['position', 'name', 'location', 'summary', 'highlights[]'],
  },
  skills: {
    label: 'Skills',
    entryName: 'skill group',
    headings: [
      'skills',
      'core skills',
      'key skills',
      'technical skills',
      'core competencies',
      'competencies',
      'areas of expertise',
      'additional skills',
      'skills and abilities',
    ],
    textFields: ['name', 'keywords[]'],
  },
  education: {
    label: 'Education',
    entryName: 'school',
    headings: ['education', 'education and training', 'academic background', 'academic history'],
    textFields: ['area', 'studyType'],
  },
  certificates: {
    label: 'Certifications',
    entryName: 'certification',
    headings: [
      'certifications',
      'certificates',
      'licenses and certifications',
      'certifications and licenses',
      'licenses',
      'training and certifications',
      'clearance',
      'security clearance',
    ],
    textFields: ['name', 'issuer'],
  },
  languages: {
    label: 'Languages',
    entryName: 'language',
    headings: ['languages', 'language skills', 'language proficiency'],
    textFields: [],
  },
  awards: {
    label: 'Awards',
    entryName: 'award',
    headings: ['awards', 'honors', 'honors and awards', 'awards and honors', 'awards and recognition'],
    textFields: ['title', 'awarder', 'summary'],
  },
  volunteer: {
    label: 'Volunteering',
    entryName: 'volunteer role',
    headings: [
      'volunteer',
      'volunteering',
      'volunteer experience',
      'volunteer work',
      'community service',
      'community involvement',
    ],
    textFields: ['position', 'organization', 'summary', 'highlights[]'],
  },
  projects: {
    label: 'Projects',
    entryName: 'project',
    headings: ['projects', 'key projects', 'selected projects'],
    textFields: ['name', 'description', 'highlights[]'],
  },
};

/** The entries of one section, as a list (`basics` as a list of one when present). */
export function sectionEntries<K extends SectionId>(resume: Resume, id: K): SectionEntry<K>[] {
  const value = resume[id];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as SectionEntry<K>[];
}

/** The path prefix of one entry, as change paths spell it: `basics`, `work[2]`. */
export function entryPath(id: SectionId, index: number): string {
  return id === 'basics' ? 'basics' : `${id}[${index}]`;
}

/**
 * Every translatable text in the resume with its change path, in registry order: what a translator
 * iterates so that no section is skipped.
 */
export function sectionTexts(resume: Resume): { section: SectionId; path: string; text: string }[] {
  const out: { section: SectionId; path: string; text: string }[] = [];
  for (const id of sectionIds) {
    sectionEntries(resume, id).forEach((entry, i) => {
      const base = entryPath(id, i);
      const record = entry as Record<string, unknown>;
      for (const field of SECTIONS[id].textFields) {
        if (field.endsWith('[]')) {
          const name = field.slice(0, -2);
          const list = record[name];
          if (Array.isArray(list))
            list.forEach((text, k) => {
              if (typeof text === 'string' && text)
                out.push({ section: id, path: `${base}.${name}[${k}]`, text });
            });
        } else {
          const text = record[field];
          if (typeof text === 'string' && text) out.push({ section: id, path: `${base}.${field}`, text });
        }
      }
    });
  }
  return out;
}
