import type { Resume } from '../../core/resume/resume-schema';

/** The fields the accuracy target counts (issue 16, part 8), each compared exactly. */
export const FIELD_KINDS = [
  'name',
  'email',
  'title',
  'employer',
  'dates',
  'series',
  'grade',
  'bullet',
  'school',
  'degree',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldResult {
  kind: FieldKind;
  path: string;
  expected: string;
  actual: string;
  exact: boolean;
}

const norm = (s: string | number | undefined) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every labelled field beside what the import produced for it. */
export function scoreImport(label: Resume, parsed: Resume): FieldResult[] {
  const out: FieldResult[] = [];
  const add = (kind: FieldKind, path: string, expected: string | undefined, actual: string | undefined) => {
    const e = norm(expected);
    const a = norm(actual);
    out.push({ kind, path, expected: e, actual: a, exact: e === a });
  };
  if (label.basics?.name) add('name', 'basics.name', label.basics.name, parsed.basics?.name);
  if (label.basics?.email) add('email', 'basics.email', label.basics.email, parsed.basics?.email);
  (label.work ?? []).forEach((job, i) => {
    const got = parsed.work?.[i];
    const p = `work[${i}]`;
    add('title', `${p}.position`, job.position, got?.position);
    add('employer', `${p}.name`, job.name, got?.name);
    if (job.startDate || got?.startDate)
      add(
        'dates',
        `${p}.dates`,
        `${job.startDate} – ${job.endDate ?? 'Present'}`,
        `${got?.startDate} – ${got?.endDate ?? 'Present'}`,
      );
    if (job['x-federal']?.series)
      add('series', `${p}.series`, job['x-federal'].series, got?.['x-federal']?.series);
    if (job['x-federal']?.grade)
      add('grade', `${p}.grade`, job['x-federal'].grade, got?.['x-federal']?.grade);
    (job.highlights ?? []).forEach((h, k) => {
      add('bullet', `${p}.highlights[${k}]`, h, got?.highlights?.[k]);
    });
  });
  (label.education ?? []).forEach((school, i) => {
    const got = parsed.education?.[i];
    add('school', `education[${i}].institution`, school.institution, got?.institution);
    add(
      'degree',
      `education[${i}].degree`,
      `${school.studyType} | ${school.area}`,
      `${got?.studyType} | ${got?.area}`,
    );
  });
  return out;
}

/** Exact fields over all fields, per kind and in total. */
export function summarise(
  results: FieldResult[],
): { kind: FieldKind | 'all'; exact: number; total: number }[] {
  const rows = FIELD_KINDS.map((kind) => {
    const of = results.filter((r) => r.kind === kind);
    return { kind, exact: of.filter((r) => r.exact).length, total: of.length };
  }).filter((r) => r.total > 0);
  return [
    ...rows,
    { kind: 'all' as const, exact: results.filter((r) => r.exact).length, total: results.length },
  ];
}
