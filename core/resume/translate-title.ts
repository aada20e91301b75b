import type { TitleMapping } from './data/titles';
import { TITLE_MAPPINGS } from './data/titles';
import type { Grade } from './rewrite/seniority';
import { GRADE_PATTERN, levelNoun, parseGrade, seniorityPhrase, seriesRole } from './rewrite/seniority';
import { SUPERVISORY_TITLE } from './rewrite/title-occupation';

export interface TitleResult {
  text: string;
  rule: string;
  reason: string;
  /** Civilian functional titles the seeker may pick. */
  options: string[];
}

export interface TitleOptions {
  mode: 'private' | 'federal';
  /** The functional title the seeker picked, if any. */
  choice?: string;
  /** Confidentiality: a title that names the agency becomes a general one. */
  generalizeTitle: boolean;
  /** Grade and series from `x-federal`, when the title does not carry them. */
  grade?: string;
  series?: string;
}

/** "Special Agent, GS-1811-13" → the title without the grade, and the grade. */
export function splitGrade(title: string): { title: string; grade: Grade | null } {
  const re = new RegExp(`\\s*[,(–-]?\\s*${GRADE_PATTERN.source.replace('(?<![\\w-])', '')}\\s*\\)?`, 'g');
  const m = [...title.matchAll(new RegExp(GRADE_PATTERN.source, 'g'))][0];
  if (!m) return { title, grade: null };
  const cleaned = title
    .replace(re, '')
    .replace(/\s*[,–-]\s*$/, '')
    .replace(/\s+,/g, ',')
    .trim();
  return { title: cleaned || title, grade: parseGrade(m) };
}

/**
 * The job title, honest by default: the official title stays, with a civilian gloss that carries
 * the seniority ("Deportation Officer (senior case officer)"). A functional title appears only
 * when the seeker picks one, and then beside the official title a background check will see.
 */
export function translateTitle(position: string, o: TitleOptions): TitleResult | null {
  const split = splitGrade(position);
  const seriesInTitle = split.title.match(/\s*[,(]?\s*(?:GS-?|series\s+)(\d{4})\s*\)?/i);
  const title = seriesInTitle ? split.title.replace(seriesInTitle[0], '').trim() : split.title;
  const titleGrade =
    split.grade && seriesInTitle && !split.grade.series
      ? { ...split.grade, series: seriesInTitle[1] }
      : split.grade;
  const federalGrade = o.grade ? parseGrade(o.grade.toUpperCase()) : null;
  const grade = titleGrade ?? (federalGrade ? { ...federalGrade, series: o.series } : null);
  const mapping: TitleMapping | undefined = TITLE_MAPPINGS.find((m) => m.match.test(title));
  const supervisory = SUPERVISORY_TITLE.test(title);
  // A title the mappings do not know that already names its occupation ("Budget Analyst",
  // "Agriculture Specialist") keeps its own words: the series' occupation group would only
  // repeat it ("senior budget analyst") or misname it (1801 is not "enforcement officer" here).
  const own = mapping ? undefined : ownOccupation(title);
  const occupation = mapping
    ? { role: mapping.role, area: mapping.area }
    : (own ?? seriesRole(grade?.series ?? seriesInTitle?.[1] ?? o.series));
  if (!occupation || (own && !grade)) return null;
  const options = mapping ? [...mapping.options] : [];
  if (mapping?.general) options.push(mapping.general);
  const official = title;
  const reasonTail = mapping?.why ?? 'The series is given as the civilian occupation it matches.';

  if (o.choice) {
    return {
      text: `Functional title: ${o.choice} (official: ${official})`,
      rule: 'title:functional',
      reason: `You picked a functional title. The official title stays beside it, because a background check will see it. ${reasonTail}`,
      options,
    };
  }
  if (o.generalizeTitle && mapping?.general) {
    return {
      text: mapping.general,
      rule: 'confidential:title',
      reason: 'Confidentiality option: the title named the agency, so it is described in general terms.',
      options,
    };
  }
  const gloss = grade
    ? own && !supervisory && !grade.supervisory
      ? levelNoun(grade)
      : seniorityPhrase(grade, occupation, supervisory || mapping?.supervisory)
    : supervisory || mapping?.supervisory
      ? `${occupation.area} supervisor`
      : occupation.role;
  const federal = o.mode === 'federal' && grade ? `, ${grade.label} equivalent` : '';
  return {
    text: `${official} (${gloss}${federal})`,
    rule: 'title:official',
    reason: `The official title stays, since a background check will see it; the civilian gloss says what the job is${grade ? ' and how senior' : ''}. ${reasonTail}`,
    options,
  };
}

const OCCUPATION_HEAD =
  /^(?:specialist|analyst|officer|technician|assistant|agent|inspector|investigator|manager|clerk|coordinator|advis[eo]r|accountant|auditor|engineer|examiner|instructor|attorney|paralegal|administrator|scientist|economist|librarian|nurse|pilot)$/i;

/** "Supervisory Agriculture Specialist" → role "agriculture specialist", area "agriculture". */
function ownOccupation(title: string): { role: string; area: string } | undefined {
  const words = title
    .replace(/\(.*?\)/g, '')
    .split(/[\s,]+/)
    .filter((w) => w && !/^[A-Z&]{2,}$/.test(w) && !/^(?:supervisory|lead|senior|chief)$/i.test(w));
  const head = words.at(-1);
  if (!head || !OCCUPATION_HEAD.test(head) || words.length < 2) return undefined;
  const role = words.join(' ').toLowerCase();
  return { role, area: words.slice(0, -1).join(' ').toLowerCase() };
}
