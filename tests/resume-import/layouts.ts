import type { Resume, WorkItem } from '../../core/resume/resume-schema';
import type { LabelledResume } from './labelled-resumes';

/** One line of a rendered test resume, with the styling each layout gives it. */
export interface DocLine {
  text: string;
  /** Text set flush right on the same line (dates, contact): a tab in DOCX, a column in PDF. */
  right?: string;
  bold?: boolean;
  /** Points. */
  size?: number;
  bullet?: boolean;
  /** A Word paragraph style, for the Word-defaults layout. */
  style?: 'Title' | 'Heading1' | 'Heading2';
  gapBefore?: boolean;
  /** In DOCX, set the left and right text in a two-cell table (a common two-column header). */
  table?: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const fmt = (date: string | undefined, style: 'mm/yyyy' | 'mon' | 'month') => {
  if (!date) return 'Present';
  const [y, m] = date.split('-');
  if (!m) return y ?? '';
  const i = Number(m) - 1;
  return style === 'mm/yyyy' ? `${m}/${y}` : `${style === 'mon' ? MONTHS[i] : LONG[i]} ${y}`;
};
const range = (j: WorkItem, style: 'mm/yyyy' | 'mon' | 'month', dash = ' – ') =>
  `${fmt(j.startDate, style)}${dash}${fmt(j.endDate, style)}`;
const gradeTag = (j: WorkItem) => {
  const f = j['x-federal'];
  if (!f?.grade) return '';
  const [plan, grade] = f.grade.split('-');
  return f.series ? `${plan}-${f.series}-${grade}` : f.grade;
};

function usajobs(r: Resume): DocLine[] {
  const b = r.basics ?? {};
  const out: DocLine[] = [{ text: b.name ?? '', bold: true, size: 14 }];
  if (b.phone) out.push({ text: `Mobile: ${b.phone}` });
  if (b.email) out.push({ text: `Email: ${b.email}` });
  out.push({ text: 'Availability', bold: true, size: 12, gapBefore: true });
  out.push({ text: 'Job Type: Permanent' }, { text: 'Work Schedule: Full-Time' });
  out.push({ text: 'Work Experience', bold: true, size: 12, gapBefore: true });
  for (const j of r.work ?? []) {
    const f = j['x-federal'] ?? {};
    out.push({ text: j.name ?? '', bold: true, gapBefore: true });
    out.push({ text: 'Washington, DC US' });
    out.push({ text: range(j, 'mm/yyyy', ' - ') });
    if (f.salary) out.push({ text: `Salary: ${f.salary}` });
    if (f.hoursPerWeek) out.push({ text: `Hours per week: ${f.hoursPerWeek}` });
    if (f.series) out.push({ text: `Series: ${f.series}` });
    if (f.grade) {
      const [plan, grade] = f.grade.split('-');
      out.push({ text: `Pay Plan: ${plan}` }, { text: `Grade: ${grade}` });
    }
    out.push({ text: `${j.position}${f.series ? ' (This is a federal position.)' : ''}`, bold: true });
    out.push({ text: 'Duties, Accomplishments and Related Skills:' });
    for (const h of j.highlights ?? []) out.push({ text: h });
    out.push(
      { text: 'Supervisor: Pat Morgan (555-555-0100)' },
      { text: 'Okay to contact this Supervisor: Yes' },
    );
  }
  out.push({ text: 'Education', bold: true, size: 12, gapBefore: true });
  for (const e of r.education ?? []) {
    out.push({ text: e.institution ?? '', right: 'Anytown, TX United States', gapBefore: true });
    out.push({ text: `${e.studyType} ${fmt(e.endDate, 'mm/yyyy')}` });
    out.push(
      { text: `Major: ${e.area}` },
      { text: 'GPA: 3.4 of a maximum 4.0' },
      { text: 'Credits Earned: 120 Semester hours' },
    );
  }
  out.push({ text: 'References', bold: true, size: 12, gapBefore: true }, { text: 'Available on request' });
  return out;
}

function lists(r: Resume, heading: (t: string) => DocLine): DocLine[] {
  const out: DocLine[] = [];
  if (r.skills?.length) out.push(heading('Skills'), { text: r.skills.map((s) => s.name).join(', ') });
  if (r.certificates?.length)
    out.push(
      heading('Certifications'),
      ...r.certificates.map((c) => ({ text: `${c.name} – ${c.issuer}, ${c.date}`, bullet: true })),
    );
  if (r.languages?.length)
    out.push(heading('Languages'), {
      text: r.languages.map((l) => `${l.language} (${l.fluency})`).join(', '),
    });
  return out;
}

function oneColumn(r: Resume): DocLine[] {
  const b = r.basics ?? {};
  const heading = (t: string): DocLine => ({ text: t.toUpperCase(), bold: true, size: 12, gapBefore: true });
  const out: DocLine[] = [{ text: (b.name ?? '').toUpperCase(), bold: true, size: 18 }];
  if (b.label) out.push({ text: b.label, size: 12 });
  out.push({ text: [r.work?.[0]?.location, b.email, b.phone].filter(Boolean).join(' | ') });
  out.push(heading('Experience'));
  for (const j of r.work ?? []) {
    const tag = gradeTag(j);
    out.push({ text: `${j.position}${tag ? ` (${tag})` : ''}`, bold: true, gapBefore: true });
    out.push({ text: `${j.name}, ${j.location} — ${range(j, 'mon')}` });
    for (const h of j.highlights ?? []) out.push({ text: h, bullet: true });
  }
  out.push(heading('Education'));
  for (const e of r.education ?? [])
    out.push({ text: `${e.studyType} in ${e.area}`, bold: true }, { text: `${e.institution}, ${e.endDate}` });
  return [...out, ...lists(r, heading)];
}

function twoColumn(r: Resume): DocLine[] {
  const b = r.basics ?? {};
  const heading = (t: string): DocLine => ({ text: t, bold: true, size: 13, gapBefore: true });
  const out: DocLine[] = [
    { text: b.name ?? '', right: b.email, bold: true, size: 20, table: true },
    { text: 'Open to civilian roles', right: b.phone, table: true },
    heading('Professional Experience'),
  ];
  for (const j of r.work ?? []) {
    const tag = gradeTag(j);
    out.push({
      text: `${j.position}${tag ? `, ${tag}` : ''}`,
      right: range(j, 'month'),
      bold: true,
      gapBefore: true,
    });
    out.push({ text: j.name ?? '', right: j.location });
    for (const h of j.highlights ?? []) out.push({ text: h, bullet: true });
  }
  out.push(heading('Education'));
  for (const e of r.education ?? [])
    out.push(
      { text: e.institution ?? '', right: e.endDate, bold: true },
      { text: `${e.studyType} in ${e.area}` },
    );
  return [...out, ...lists(r, heading)];
}

function wordDefault(r: Resume): DocLine[] {
  const b = r.basics ?? {};
  const out: DocLine[] = [
    { text: b.name ?? '', style: 'Title', size: 28 },
    { text: [b.email, b.phone].join(' · ') },
  ];
  out.push({ text: 'Experience', style: 'Heading1', size: 16 });
  for (const j of r.work ?? []) {
    out.push({ text: j.position ?? '', style: 'Heading2', size: 13 });
    out.push({ text: `${j.name} | ${j.location} | ${range(j, 'mon')}` });
    const f = j['x-federal'];
    if (f?.series) out.push({ text: `Series: ${f.series}  Grade: ${f.grade}` });
    for (const h of j.highlights ?? []) out.push({ text: h, bullet: true });
  }
  out.push({ text: 'Education', style: 'Heading1', size: 16 });
  for (const e of r.education ?? [])
    out.push(
      { text: e.institution ?? '', style: 'Heading2', size: 13 },
      { text: `${e.studyType}, ${e.area}, ${e.endDate}` },
    );
  return out;
}

/**
 * Word's defaults as many people leave them: every paragraph in Normal (no heading styles, no bold on
 * the headings), the name and contact set in a two-row table, and list bullets for duties.
 */
function wordPlain(r: Resume): DocLine[] {
  const b = r.basics ?? {};
  const out: DocLine[] = [
    { text: b.name ?? '', right: b.email, table: true },
    { text: b.location?.city ?? 'Open to relocation', right: b.phone, table: true },
    { text: 'Work History', gapBefore: true },
  ];
  for (const j of r.work ?? []) {
    const f = j['x-federal'];
    out.push({ text: j.position ?? '', gapBefore: true });
    out.push({ text: `${j.name}, ${j.location}` });
    out.push({ text: range(j, 'month', ' to ') });
    if (f?.grade) out.push({ text: `${f.grade}${f.series ? `, Series ${f.series}` : ''}` });
    for (const h of j.highlights ?? []) out.push({ text: h, bullet: true });
  }
  out.push({ text: 'Education', gapBefore: true });
  for (const e of r.education ?? [])
    out.push({ text: e.institution ?? '' }, { text: `${e.studyType}, ${e.area}, ${e.endDate}` });
  return out;
}

function positionDescription(r: Resume): DocLine[] {
  const j = r.work?.[0] ?? {};
  const f = j['x-federal'] ?? {};
  const [plan, grade] = (f.grade ?? '').split('-');
  return [
    { text: 'POSITION DESCRIPTION', bold: true, size: 14 },
    { text: `Position Title: ${j.position}` },
    { text: `Pay Plan: ${plan}    Series: ${f.series}    Grade: ${grade}` },
    { text: `Organization: ${j.name}` },
    { text: 'MAJOR DUTIES', bold: true, gapBefore: true },
    ...(j.highlights ?? []).map((h, i) => ({ text: `${i + 1}. ${h}` })),
  ];
}

export const LAYOUTS: Record<LabelledResume['layout'], (r: Resume) => DocLine[]> = {
  usajobs,
  'one-column': oneColumn,
  'two-column': twoColumn,
  'word-default': wordDefault,
  'word-plain': wordPlain,
  'position-description': positionDescription,
};
