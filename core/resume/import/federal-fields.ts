import type { WorkItem } from '../resume-schema';

type Federal = NonNullable<WorkItem['x-federal']>;

/** The labelled fields of USAJOBS resumes and position descriptions, in any order on a line. */
const KEYS =
  /\b(series|occupational series|pay plan|grade|grade level|hours per week|hours|salary|supervisor(?:'s)? (?:name|phone)|supervisor|okay to contact this supervisor|may we contact (?:your|this) (?:current )?supervisor\??|position title|job title|title|organization|agency|duties, accomplishments and related skills|duties and responsibilities|major duties|duties)\s*:\s*/gi;

export type FieldKey =
  | 'series'
  | 'payPlan'
  | 'grade'
  | 'hours'
  | 'salary'
  | 'supervisor'
  | 'title'
  | 'org'
  | 'duties';

function keyOf(label: string): FieldKey {
  const l = label.toLowerCase();
  if (l.includes('series')) return 'series';
  if (l === 'pay plan') return 'payPlan';
  if (l.startsWith('grade')) return 'grade';
  if (l.startsWith('hours')) return 'hours';
  if (l === 'salary') return 'salary';
  if (l.includes('supervisor')) return 'supervisor';
  if (l.includes('title')) return 'title';
  if (l === 'organization' || l === 'agency') return 'org';
  return 'duties';
}

/** The labelled fields in one line, or null when the line does not start with one. */
export function readFields(text: string): { key: FieldKey; value: string }[] | null {
  const matches = [...text.matchAll(KEYS)];
  if (matches.length === 0 || matches[0]?.index !== 0) return null;
  return matches.map((m, i) => ({
    key: keyOf(m[1] ?? ''),
    value: text
      .slice((m.index ?? 0) + m[0].length, matches[i + 1]?.index ?? text.length)
      .replace(/\t/g, ' ')
      .trim(),
  }));
}

const PLAN = '(GS|GL|GG|GM|WG|WS|WL|FV|SV|ES|FP|FS)';
/** "GS-1895-12", "GS-0083-09" inside a title line. */
const FULL = new RegExp(`\\(?\\b${PLAN}-(\\d{4})-(\\d{1,2})\\b\\)?`, 'i');
/** "GS-12", "GL-9" inside a title line. */
const GRADE = new RegExp(`\\(?\\b${PLAN}-?(\\d{1,2})\\b\\)?`, 'i');

/** "Series 0930", "Series: 1811" written beside a grade ("GS-13, Series 0930"). */
const SERIES = /\b(?:occupational )?series:?\s*(\d{4})\b/i;

/** Takes a pay plan, series and grade out of a title line ("CBP Officer (GS-1895-12)"). */
export function takeInlineGrade(text: string, federal: Federal): string {
  const series = SERIES.exec(text);
  if (series?.[1] && GRADE.test(text)) {
    federal.series ??= series[1];
    text = text.replace(series[0], '');
  }
  const full = FULL.exec(text);
  if (full?.[1] && full[2] && full[3]) {
    federal.series ??= full[2];
    federal.grade ??= `${full[1].toUpperCase()}-${Number(full[3])}`;
    return tidyRest(text.replace(full[0], ''));
  }
  const grade = GRADE.exec(text);
  if (grade?.[1] && grade[2]) {
    federal.grade ??= `${grade[1].toUpperCase()}-${Number(grade[2])}`;
    return tidyRest(text.replace(grade[0], ''));
  }
  return text;
}

const tidyRest = (s: string) =>
  s
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;–—-]+|[\s,;–—-]+$/g, '')
    .trim();

/** Applies labelled fields to a job; returns the title, employer or duties text they carried. */
export function applyFields(
  fields: { key: FieldKey; value: string }[],
  federal: Federal,
  payPlan: { value?: string },
): { title?: string; org?: string; duties?: string } {
  const out: { title?: string; org?: string; duties?: string } = {};
  for (const { key, value } of fields) {
    if (key === 'series') {
      const series = /\d{3,4}/.exec(value)?.[0];
      if (series) federal.series = series.padStart(4, '0');
    } else if (key === 'payPlan') payPlan.value = /^[A-Z]{2}/i.exec(value)?.[0]?.toUpperCase();
    else if (key === 'grade') {
      // A grade field may carry the whole pay plan, series and grade ("Grade: GS-0301-11"), as
      // USA Staffing exports do; read it whole so the series is not taken for the grade.
      const full = FULL.exec(value);
      if (full?.[1] && full[2] && full[3]) {
        federal.series ??= full[2];
        federal.grade = `${full[1].toUpperCase()}-${Number(full[3])}`;
        continue;
      }
      const m = new RegExp(`^${PLAN}?-?\\s*(\\d{1,2})`, 'i').exec(value);
      if (m?.[2]) federal.grade = `${(m[1] ?? payPlan.value ?? 'GS').toUpperCase()}-${Number(m[2])}`;
    } else if (key === 'hours') {
      const hours = Number(/\d{1,3}/.exec(value)?.[0]);
      if (hours >= 1 && hours <= 100) federal.hoursPerWeek = hours;
    } else if (key === 'salary') {
      if (value) federal.salary = value.slice(0, 100);
    } else if (key === 'title') out.title = value;
    else if (key === 'org') out.org = value;
    else if (key === 'duties' && value) out.duties = value;
  }
  return out;
}
