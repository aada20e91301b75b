import type { Resume, WorkItem } from '../core/resume/resume-schema';
import type { Block } from './document-model';

export const sectionNames = [
  'summary',
  'work',
  'skills',
  'education',
  'certificates',
  'languages',
  'volunteer',
  'awards',
  'projects',
] as const;
export type SectionName = (typeof sectionNames)[number];

const monthYear = (date: string | undefined) => {
  if (!date) return '';
  const [y, m] = date.split('-');
  return m
    ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1] ?? ''} ${y}`.trim()
    : (y ?? '');
};
const span = (start?: string, end?: string) =>
  start || end ? `${monthYear(start) || '?'} – ${end ? monthYear(end) : 'Present'}` : '';
const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
/** Highlights the translator emptied (a dropped pay sentence) are not printed. */
const bullets = (items: string[] | undefined): Block[] =>
  (items ?? []).filter((h) => h.trim()).map((h) => ({ kind: 'bullet' as const, text: h }));

/** The federal details line a federal resume shows under the job (and private mode leaves out). */
function federalLine(w: WorkItem): Block[] {
  const f = w['x-federal'];
  if (!f) return [];
  const text = [
    f.grade?.toUpperCase(),
    f.series && `Series ${f.series}`,
    f.hoursPerWeek && `${f.hoursPerWeek} hours per week`,
    f.salary && `Salary ${f.salary}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return text ? [{ kind: 'paragraph', text }] : [];
}

/**
 * One builder per JSON Resume section. Templates compose them in their own order; a new section
 * name without a builder here fails to compile.
 */
export const SECTION_BUILDERS: { [K in SectionName]: (r: Resume) => Block[] } = {
  summary: (r) =>
    r.basics?.summary
      ? [
          { kind: 'heading', text: 'Summary' },
          { kind: 'paragraph', text: r.basics.summary },
        ]
      : [],
  work: (r) =>
    r.work?.length
      ? [
          { kind: 'heading', text: 'Experience' },
          ...r.work.flatMap((w): Block[] => [
            {
              kind: 'entry',
              title: w.position ?? '',
              subtitle: join(w.name, w.location),
              dates: span(w.startDate, w.endDate),
            },
            ...federalLine(w),
            ...(w.summary ? [{ kind: 'paragraph' as const, text: w.summary }] : []),
            ...bullets(w.highlights),
          ]),
        ]
      : [],
  skills: (r) =>
    r.skills?.length
      ? [
          { kind: 'heading', text: 'Skills' },
          ...r.skills.map(
            (s): Block => ({
              kind: 'bullet',
              text: [s.name, (s.keywords ?? []).filter((k) => k.trim()).join(', ')]
                .filter(Boolean)
                .join(': '),
            }),
          ),
        ]
      : [],
  education: (r) =>
    r.education?.length
      ? [
          { kind: 'heading', text: 'Education' },
          ...r.education.map(
            (e): Block => ({
              kind: 'entry',
              title: e.institution ?? '',
              subtitle: join(e.studyType, e.area),
              dates: e.endDate ? monthYear(e.endDate) : '',
            }),
          ),
        ]
      : [],
  certificates: (r) =>
    r.certificates?.length
      ? [
          { kind: 'heading', text: 'Certifications' },
          ...r.certificates.map(
            (c): Block => ({ kind: 'bullet', text: join(c.name, c.issuer, monthYear(c.date)) }),
          ),
        ]
      : [],
  languages: (r) =>
    r.languages?.length
      ? [
          { kind: 'heading', text: 'Languages' },
          ...r.languages.map(
            (l): Block => ({ kind: 'bullet', text: [l.language, l.fluency].filter(Boolean).join(': ') }),
          ),
        ]
      : [],
  volunteer: (r) =>
    r.volunteer?.length
      ? [
          { kind: 'heading', text: 'Volunteering' },
          ...r.volunteer.flatMap((v): Block[] => [
            {
              kind: 'entry',
              title: v.position ?? '',
              subtitle: v.organization ?? '',
              dates: span(v.startDate, v.endDate),
            },
            ...(v.summary ? [{ kind: 'paragraph' as const, text: v.summary }] : []),
            ...bullets(v.highlights),
          ]),
        ]
      : [],
  awards: (r) =>
    r.awards?.length
      ? [
          { kind: 'heading', text: 'Awards' },
          ...r.awards.map(
            (a): Block => ({ kind: 'bullet', text: join(a.title, a.awarder, monthYear(a.date)) }),
          ),
        ]
      : [],
  projects: (r) =>
    r.projects?.length
      ? [
          { kind: 'heading', text: 'Projects' },
          ...r.projects.flatMap((p): Block[] => [
            {
              kind: 'entry',
              title: p.name ?? '',
              subtitle: p.entity ?? '',
              dates: span(p.startDate, p.endDate),
            },
            ...(p.description ? [{ kind: 'paragraph' as const, text: p.description }] : []),
            ...bullets(p.highlights),
          ]),
        ]
      : [],
};

export function headerBlocks(r: Resume): Block[] {
  const b = r.basics;
  const contact = [
    b?.email,
    b?.phone,
    join(b?.location?.city, b?.location?.region),
    b?.url,
    ...(b?.profiles ?? []).map((p) => p.url),
  ]
    .filter(Boolean)
    .join(' · ');
  return [
    { kind: 'name', text: b?.name || 'Your Name' },
    ...(b?.label ? [{ kind: 'paragraph' as const, text: b.label }] : []),
    ...(contact ? [{ kind: 'contact' as const, text: contact }] : []),
  ];
}
