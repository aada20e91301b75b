import type { Resume } from '../resume-schema';
import type { Line } from './line';
import type { ImportNote } from './notes';
import { headingKey } from './patterns';
import { readBasics } from './read-basics';
import { mergeWrapped, readEntries } from './read-entries';
import {
  findClearance,
  readAwards,
  readCertificates,
  readEducation,
  readLanguages,
  readSkills,
} from './read-lists';
import type { RawSection } from './split-sections';
import { splitSections } from './split-sections';

const PD_HEADINGS =
  /^(major duties|duties and responsibilities|duties|introduction|position description|major duties and responsibilities)$/;

/** A position description: labelled title, series and grade, then duties, and no resume sections. */
function looksLikePositionDescription(lines: Line[], sections: RawSection[]): boolean {
  if (sections.some((s) => s.id === 'work')) return false;
  const text = lines.map((l) => l.text).join('\n');
  return (
    /position description|major duties|duties and responsibilities/i.test(text) || /^series\s*:/im.test(text)
  );
}

/** A whole position description as one job, its headings read as labels. */
function positionDescription(lines: Line[], notes: ImportNote[]): Resume {
  const prepared = lines
    .filter((l) => headingKey(l.text) !== 'position description')
    .map((l) =>
      PD_HEADINGS.test(headingKey(l.text))
        ? { ...l, text: `${l.text.replace(/:$/, '')}:`, bullet: false }
        : l,
    )
    .map((l) => (/^(factor|evaluation)\b/i.test(l.text) ? { ...l, text: `Duties: ${l.text}` } : l));
  const work = readEntries(prepared, 'work', notes).slice(0, 1);
  notes.push({
    path: 'work[0]',
    message: 'This looks like a position description, so it became one job. Add the dates you held it.',
  });
  return { basics: {}, work };
}

/**
 * Lines (from any format) to a JSON Resume: the header gives the contact block, each section heading
 * its section, and parts with no builder section are reported in notes rather than dropped unseen.
 */
export function linesToResume(lines: Line[], notes: ImportNote[]): Resume {
  const { header, sections } = splitSections(lines);
  if (looksLikePositionDescription(lines, sections)) return positionDescription(lines, notes);
  const { basics } = readBasics(header, notes);
  const resume: Resume = { basics };
  const add = <K extends keyof Resume>(key: K, items: NonNullable<Resume[K]>) => {
    const list = items as unknown[];
    if (list.length === 0) return;
    resume[key] = [...((resume[key] as unknown[] | undefined) ?? []), ...list] as Resume[K];
  };
  for (const section of sections) {
    const lines_ = section.lines;
    switch (section.id) {
      case 'basics': {
        const text = mergeWrapped(lines_)
          .map((l) => l.text)
          .join(' ');
        if (text) basics.summary = [basics.summary, text].filter(Boolean).join(' ');
        break;
      }
      case 'work':
        add('work', readEntries(lines_, `work`, notes));
        break;
      case 'volunteer':
        add(
          'volunteer',
          readEntries(lines_, 'volunteer', notes).map(
            ({ name, position, startDate, endDate, summary, highlights }) => ({
              ...(name ? { organization: name } : {}),
              ...(position ? { position } : {}),
              ...(startDate ? { startDate } : {}),
              ...(endDate ? { endDate } : {}),
              ...(summary ? { summary } : {}),
              ...(highlights ? { highlights } : {}),
            }),
          ),
        );
        break;
      case 'projects':
        add(
          'projects',
          readEntries(lines_, 'projects', notes).map((p) => ({
            name: p.position ?? p.name ?? '',
            ...(p.startDate ? { startDate: p.startDate } : {}),
            ...(p.endDate ? { endDate: p.endDate } : {}),
            ...(p.summary ? { description: p.summary } : {}),
            ...(p.highlights ? { highlights: p.highlights } : {}),
          })),
        );
        break;
      case 'education':
        add('education', readEducation(lines_));
        break;
      case 'skills':
        add('skills', readSkills(lines_));
        break;
      case 'certificates':
        add('certificates', readCertificates(lines_));
        break;
      case 'languages':
        add('languages', readLanguages(lines_));
        break;
      case 'awards':
        add('awards', readAwards(lines_));
        break;
      case 'other':
        if (lines_.length > 0)
          notes.push({
            path: 'other',
            message: `The part headed "${section.title}" has no section in the builder, so it was left out: ${lines_
              .map((l) => l.text.replace(/\t/g, ' '))
              .join(' / ')
              .slice(0, 300)}`,
          });
        break;
    }
  }
  const clearance = findClearance(lines.map((l) => l.text));
  if (clearance) resume['x-clearance'] = clearance;
  return resume;
}
