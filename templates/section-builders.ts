import type { Resume, WorkItem } from '../core/resume/resume-schema';
import type { SectionHandlers, SectionId } from '../core/resume/sections';
import { SECTIONS } from '../core/resume/sections';
import type { Block } from './document-model';

/** A section's heading as the registry names it; `basics` prints its summary under "Summary". */
const heading = (id: SectionId): Block => ({
  kind: 'heading',
  text: id === 'basics' ? 'Summary' : SECTIONS[id].label,
});

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

/** The security clearance, printed first under Certifications: "Top Secret/SCI (active), 2018". */
function clearanceLine(r: Resume): Block[] {
  const c = r['x-clearance'];
  if (!c?.level) return [];
  const text = `Security clearance: ${c.level}${c.status ? ` (${c.status})` : ''}${c.date ? `, ${monthYear(c.date)}` : ''}`;
  return [{ kind: 'bullet', text }];
}

/**
 * One builder per section of the registry (`core/resume/sections.ts`); the contact line and name are
 * the header, so `basics` builds the summary. Templates order them; a section added to the registry
 * without a builder here fails to compile.
 */
export const SECTION_BUILDERS = {
  basics: (r) =>
    r.basics?.summary ? [heading('basics'), { kind: 'paragraph', text: r.basics.summary }] : [],
  work: (r) =>
    r.work?.length
      ? [
          heading('work'),
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
          heading('skills'),
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
          heading('education'),
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
    r.certificates?.length || r['x-clearance']?.level
      ? [
          heading('certificates'),
          ...clearanceLine(r),
          ...(r.certificates ?? []).map(
            (c): Block => ({ kind: 'bullet', text: join(c.name, c.issuer, monthYear(c.date)) }),
          ),
        ]
      : [],
  languages: (r) =>
    r.languages?.length
      ? [
          heading('languages'),
          ...r.languages.map(
            (l): Block => ({ kind: 'bullet', text: [l.language, l.fluency].filter(Boolean).join(': ') }),
          ),
        ]
      : [],
  volunteer: (r) =>
    r.volunteer?.length
      ? [
          heading('volunteer'),
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
          heading('awards'),
          ...r.awards.map(
            (a): Block => ({ kind: 'bullet', text: join(a.title, a.awarder, monthYear(a.date)) }),
          ),
        ]
      : [],
  projects: (r) =>
    r.projects?.length
      ? [
          heading('projects'),
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
} satisfies SectionHandlers<(r: Resume) => Block[]>;

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
