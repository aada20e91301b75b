import type { SectionId } from '../sections';
import { SECTIONS, sectionIds } from '../sections';
import type { Line } from './line';
import { headingKey, isAllCaps, wordCount } from './patterns';

/** A part of the resume under one heading. `other` holds headings the builder has no section for. */
export interface RawSection {
  id: SectionId | 'other';
  title: string;
  lines: Line[];
}

/** Headings of parts with no builder section; their lines are reported, not silently dropped. */
const OTHER_HEADINGS = [
  'additional information',
  'references',
  'affiliations',
  'professional affiliations',
  'memberships',
  'publications',
  'professional publications',
  'interests',
  'hobbies',
  'activities',
  'desired locations',
  'availability',
  'work preferences',
  'citizenship',
  'personal information',
];
/** Extra headings that fold into a builder section. */
const EXTRA: Record<string, SectionId> = {
  'job related training': 'certificates',
  training: 'certificates',
  'professional development': 'certificates',
  'professional training': 'certificates',
  clearances: 'certificates',
  'summary of qualifications': 'basics',
  'qualifications summary': 'basics',
  'professional profile': 'basics',
};

const KNOWN = new Map<string, SectionId | 'other'>([
  ...sectionIds.flatMap((id) => SECTIONS[id].headings.map((h) => [h, id] as [string, SectionId])),
  ...Object.entries(EXTRA),
  ...OTHER_HEADINGS.map((h) => [h, 'other'] as [string, 'other']),
]);

/** Which section a heading names: the whole line, or the line without a trailing qualifier. */
export function headingSection(text: string): SectionId | 'other' | undefined {
  const key = headingKey(text);
  const exact = KNOWN.get(key);
  if (exact) return exact;
  // "Work Experience (Federal)", "Education & Training Highlights": the longest known prefix.
  const prefix = [...KNOWN.keys()]
    .filter((k) => key.startsWith(`${k} `))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? KNOWN.get(prefix) : undefined;
}

/**
 * How strongly a line reads as a section heading: its words name a section, and its layout (Word
 * heading style, bold, capitals, larger type, space above, a colon) marks it out from body text.
 */
export function headingScore(line: Line): number {
  const words = wordCount(line.text);
  if (words > 6 || /\d|@/.test(line.text) || line.text.includes('\t')) return -1;
  const known = headingSection(line.text);
  let score = known ? (KNOWN.has(headingKey(line.text)) ? 3 : 2) : 0;
  if (line.headingLevel !== undefined && line.headingLevel >= 1 && line.headingLevel <= 3) score += 3;
  if (line.bold) score += 1;
  if (isAllCaps(line.text)) score += 1;
  if (line.size > 1.1) score += 1;
  if (line.gapBefore >= 0.5) score += 0.5;
  if (line.text.trim().endsWith(':')) score += 0.5;
  if (line.bullet) score -= 3;
  if (/[.,;]$/.test(line.text.trim())) score -= 2;
  return score;
}

/**
 * Splits lines into the header (before the first heading) and sections. A line is a heading when it
 * names a known section and scores 3 or more, or when it carries a Word heading style.
 */
export function splitSections(lines: Line[]): { header: Line[]; sections: RawSection[] } {
  const header: Line[] = [];
  const sections: RawSection[] = [];
  for (const line of lines) {
    const score = headingScore(line);
    const known = headingSection(line.text);
    const styled = line.headingLevel !== undefined && line.headingLevel >= 1 && line.headingLevel <= 2;
    if (score >= 3 && (known || (styled && score >= 4))) {
      sections.push({ id: known ?? 'other', title: line.text.replace(/:$/, '').trim(), lines: [] });
      continue;
    }
    const current = sections.at(-1);
    if (current) current.lines.push(line);
    else header.push(line);
  }
  return { header, sections };
}
