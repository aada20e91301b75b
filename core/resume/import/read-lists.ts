import type { Clearance, Resume } from '../resume-schema';
import type { Line } from './line';
import { findDateRange, findSingleDate, wordCount } from './patterns';
import { pieces } from './read-basics';
import { mergeWrapped } from './read-entries';

type Education = NonNullable<Resume['education']>[number];

const DEGREE =
  /\b(associate(?:['’]s)?|bachelor(?:['’]s)?|master(?:['’]s)?|doctor(?:ate)?|ph\.?\s?d\.?|m\.?b\.?a\.?|b\.?s\.?|b\.?a\.?|m\.?s\.?|m\.?a\.?|a\.?a\.?s?\.?|a\.?s\.?|j\.?d\.?|high school diploma|ged|diploma)(?=[\s,.]|$)/i;
const SCHOOL_WORD =
  /\b(?:university|college|institute|academy|school|fletc|training center|polytechnic|seminary|conservatory)\b/i;
// The names schools go by without such a word ("Virginia Tech", "Cal Poly", "Texas A&M"), and
// the initials of large universities near the border and the capital, where many seekers studied.
const SCHOOL_NAME =
  /\b(?:Tech|Poly|A&M|MIT|UCLA|USC|NYU|CUNY|SUNY|UNLV|UTEP|UTSA|UTRGV|LSU|BYU|TCU|SMU|UCF|FIU|FAU|USF|UNC|UVA|UGA|GMU|UMD)\b/;
const isSchool = (text: string) => SCHOOL_WORD.test(text) || SCHOOL_NAME.test(text);
/** A school's name that is not also a degree ("School of Law" is a school, "J.D." a degree). */
const onlySchool = (text: string) =>
  isSchool(text) && !DEGREE.test(text.replace(SCHOOL_WORD, '').replace(SCHOOL_NAME, ''));

/** "Bachelor of Science in Criminal Justice" → type and area; "B.S., Criminal Justice" likewise. */
function splitDegree(text: string): { studyType: string; area?: string } {
  const inMatch = /^(.*?)\s+in\s+(.+)$/i.exec(text);
  if (inMatch?.[1] && inMatch[2]) return { studyType: inMatch[1].trim(), area: inMatch[2].trim() };
  const comma = /^([^,]+),\s*(.+)$/.exec(text);
  if (comma?.[1] && comma[2] && DEGREE.test(comma[1]))
    return { studyType: comma[1].trim(), area: comma[2].trim() };
  return { studyType: text.trim() };
}

/**
 * A school's name without a trailing "City, ST Country" run into it ("Pima Community College
 * Tucson, AZ"): a repeated place ("…at El Paso El Paso") loses its copy; otherwise the name ends at
 * its last school word unless that word is followed by "of" or "at".
 */
function withoutPlace(text: string): string {
  const m = /^(.*?),\s*[A-Z]{2}\b.*$/.exec(text);
  if (!m?.[1]) return text.trim();
  const words = m[1].trim().split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (words.length > 2 * n && words.slice(-2 * n, -n).join(' ') === tail)
      return words.slice(0, -n).join(' ');
  }
  const last = words.findLastIndex(isSchool);
  if (last >= 0 && !/^(of|at|in|for)$/i.test(words[last + 1] ?? ''))
    return words.slice(0, last + 1).join(' ');
  return words.slice(0, -1).join(' ');
}

/** A proper name: capitalised words, with "of", "at", "the", "and" or "&" between. */
const NAME = /^[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|at|the|and|&))*$/;

/**
 * "Bachelor of Science in Sociology, University of Houston" names the degree and then the school in
 * one line: split it at the comma before the school, so the school is not read as the degree's field.
 */
function schoolAfterDegree(piece: string): string[] {
  const parts = piece.split(/,\s+/);
  const at = parts.findIndex((part, i) => i > 0 && onlySchool(part));
  // "B.S., Accounting, Widener" (degree, field, then a name in capitals): the name is the school.
  const named =
    at < 0 && parts.length >= 3 && DEGREE.test(parts[0] ?? '') && NAME.test(parts.at(-1) ?? '')
      ? parts.length - 1
      : at;
  if (named <= 0 || !DEGREE.test(parts.slice(0, named).join(', '))) return [piece];
  return [parts.slice(0, named).join(', '), parts.slice(named).join(', ')];
}

/** Schools and degrees: a new entry starts when a second school or a second degree appears. */
export function readEducation(lines: Line[]): Education[] {
  const out: Education[] = [];
  let current: Education | undefined;
  const open = () => {
    current = {};
    out.push(current);
    return current;
  };
  for (const line of mergeWrapped(lines)) {
    let text = line.text;
    const range = findDateRange(text);
    let date: string | undefined;
    if (range) {
      text = range.rest;
      date = range.end ?? range.start;
    } else {
      const single = findSingleDate(text);
      if (single?.date) {
        text = single.rest;
        date = single.date;
      }
    }
    const major = /^major\s*:\s*([^\t]+?)(?:\s+minor\s*:.*)?$/i.exec(text);
    if (major?.[1]) {
      if (current) current.area = major[1].trim();
      continue;
    }
    if (/^(gpa|credits? earned|minor|honors?|relevant coursework)\b/i.test(text)) continue;
    // The second half of a split line is the school, whether or not its name says so.
    const split = pieces(text.replace(/[,\s]+$/, '')).flatMap((p) =>
      schoolAfterDegree(p).map((piece, i, all) => ({ piece, school: all.length === 2 && i === 1 })),
    );
    for (const { piece, school } of split) {
      const place = /^(.*?),\s*[A-Z][A-Za-z.' -]+,\s*[A-Z]{2}\b.*$/.exec(piece);
      const name = (place?.[1] ?? piece).trim();
      if (school || onlySchool(name)) {
        const entry = !current || current.institution ? open() : current;
        entry.institution = withoutPlace(name);
      } else if (DEGREE.test(name)) {
        const entry = !current || current.studyType ? open() : current;
        const { studyType, area } = splitDegree(name);
        entry.studyType = studyType;
        if (area) entry.area = area;
      }
    }
    if (date && current && !current.endDate) current.endDate = date;
  }
  return out;
}

/** Skills: "Group: a, b, c" lines become groups; other items one skill each. */
export function readSkills(lines: Line[]): NonNullable<Resume['skills']> {
  const out: NonNullable<Resume['skills']> = [];
  for (const line of mergeWrapped(lines)) {
    const group = /^([^:]{2,40}):\s*(.+)$/.exec(line.text);
    const split = (s: string) =>
      s
        .split(/\s*[,;•·|\t]\s*/)
        .map((k) => k.replace(/\.$/, '').trim())
        .filter(Boolean);
    if (group?.[1] && group[2]) out.push({ name: group[1].trim(), keywords: split(group[2]) });
    else for (const name of split(line.text)) out.push({ name });
  }
  return out;
}

const LEVEL =
  /\b(top secret\s*\/\s*sci|ts\s*\/\s*sci|top secret|secret|public trust|confidential|q clearance|l clearance)\b/i;

/** A security clearance mentioned anywhere: level, status and date ("Top Secret/SCI, active, 2021"). */
export function findClearance(texts: string[]): Clearance | undefined {
  for (const text of texts) {
    if (!/clearance|public trust/i.test(text)) continue;
    const level = LEVEL.exec(text)?.[1];
    if (!level) continue;
    const clearance: Clearance = {
      level: level
        .replace(/\s*\/\s*/g, '/')
        .replace(/\b\w/g, (c) => c.toUpperCase())
        .replace(/^Ts\//, 'TS/')
        .replace(/Sci$/, 'SCI'),
    };
    const status = /\b(active|current|inactive|expired|lapsed)\b/i.exec(text)?.[1]?.toLowerCase();
    if (status) clearance.status = status === 'lapsed' ? 'inactive' : (status as Clearance['status']);
    const date = findSingleDate(text)?.date;
    if (date) clearance.date = date;
    return clearance;
  }
  return undefined;
}

/** "Name — Issuer, 2021" lines (certificates and awards): the name, who gave it, and when. */
function namedItems(lines: Line[]): { name: string; by?: string; date?: string; summary?: string }[] {
  const out: { name: string; by?: string; date?: string; summary?: string }[] = [];
  for (const line of mergeWrapped(lines)) {
    const single = findSingleDate(line.text);
    const text = single?.date ? single.rest : line.text;
    const [name, by, ...more] = text
      .split(/\t|\s+[|–—-]\s+|,\s+(?=[A-Z])/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (!name) continue;
    if (!line.bullet && wordCount(line.text) >= 10 && out.length > 0) {
      const last = out.at(-1);
      if (last) last.summary = [last.summary, line.text].filter(Boolean).join(' ');
      continue;
    }
    out.push({ name, by: [by, ...more].filter(Boolean).join(', ') || undefined, date: single?.date });
  }
  return out;
}

export const readCertificates = (lines: Line[]): NonNullable<Resume['certificates']> =>
  namedItems(lines)
    .filter((c) => !/clearance/i.test(c.name))
    .map((c) => ({ name: c.name, ...(c.by ? { issuer: c.by } : {}), ...(c.date ? { date: c.date } : {}) }));

export const readAwards = (lines: Line[]): NonNullable<Resume['awards']> =>
  namedItems(lines).map((a) => ({
    title: a.name,
    ...(a.by ? { awarder: a.by } : {}),
    ...(a.date ? { date: a.date } : {}),
    ...(a.summary ? { summary: a.summary } : {}),
  }));

/** "Spanish (fluent)", "Spanish – native", "Spanish: professional", or the USAJOBS spoken/written lines. */
export function readLanguages(lines: Line[]): NonNullable<Resume['languages']> {
  const out: NonNullable<Resume['languages']> = [];
  for (const line of lines) {
    if (/^(spoken|written|read)\s*:/i.test(line.text) && out.length > 0) {
      const last = out.at(-1);
      if (last) last.fluency = [last.fluency, line.text.replace(/\t/g, '; ')].filter(Boolean).join('; ');
      continue;
    }
    for (const part of line.text.split(/\s*[,;•·|]\s*|\t(?!(?:spoken|written|read)\b)/i).filter(Boolean)) {
      const m = /^([A-Z][A-Za-z ()'-]*?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+)|\t(.+))?$/.exec(part.trim());
      if (!m?.[1]) continue;
      const fluency = (m[2] ?? m[3] ?? m[4])?.replace(/\t/g, '; ').trim();
      out.push({ language: m[1].trim(), ...(fluency ? { fluency } : {}) });
    }
  }
  return out;
}
