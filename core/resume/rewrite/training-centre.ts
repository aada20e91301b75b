import type { Edit } from '../change';
import { rebuild } from '../change';
import { contextOf } from './context';
import { capitalise, indefiniteArticle } from './english';
import type { Proposal, RenderOptions } from './render-term';

/**
 * "FLETC" written before the course taken there ("the FLETC CBPAS academy", "FLETC CITP"). Spelling
 * FLETC out where it stands glues a long name onto another ("the Federal Law Enforcement Training
 * Centers CBP agriculture specialist academy"); a writer names the course first and the place
 * after it. The course is what ends in academy, training, course, program or school, or a course
 * code (CITP); anything else after FLETC (a campus, a title) is left to FLETC's own entry.
 */
export const TRAINING_CENTRE =
  /(?<![\w-])(?:(the|The)\s+)?FLETC(?:’s|'s)?\s+((?:[A-Z][\w&/-]*\s+){0,4}(?:[A-Z][\w&/-]*)(?:\s+(?:academy|basic training|training program|training|course|program|school))?)(\s+graduate)?(?![\w-])(?!\s+(?:instructors?|staff|students?|trainees?|classes|class|cadre)\b)/g;

const COURSE_END = /(?:academy|training|course|program|school)$/i;
const COURSE_CODE = /^[A-Z]{3,8}$/;

export const TRAINING_CENTRE_WHY =
  'The course is named first and the training centre after it, spelled out (Federal Law Enforcement Training Centers, fletc.gov).';

/** Whether what follows FLETC is a course, so the match is this rule's and not FLETC's alone. */
export function namesCourse(m: RegExpMatchArray): boolean {
  const course = m[2] ?? '';
  return COURSE_END.test(course) || COURSE_CODE.test(course.split(/\s+/).at(-1) ?? '');
}

/** The rewrite of one match; `inner` rewrites the course's own words with the glossary. */
export function trainingCentreProposal(
  m: RegExpMatchArray,
  text: string,
  start: number,
  o: RenderOptions,
  inner: (text: string, o: RenderOptions) => Edit[],
): Proposal {
  const course = m[2] ?? '';
  const end = start + m[0].length;
  const withArticle = `the ${course}`;
  const named = rebuild(withArticle, inner(withArticle, { ...o, field: 'prose' })).replace(
    /^(?:the|a|an) /i,
    '',
  );
  const edit = (replacement: string): Proposal => ({
    start,
    end,
    replacement,
    rule: 'phrase:training-centre',
    reason: TRAINING_CENTRE_WHY,
  });
  // A certificate's or skill's name: the issuer line already names the training centre.
  if (o.field !== 'prose') return edit(named.charAt(0).toUpperCase() + named.slice(1));
  const ctx = contextOf(text, start, end);
  const place = o.generalize
    ? 'a federal law enforcement training center'
    : 'the Federal Law Enforcement Training Centers';
  if (m[3]) {
    // "FLETC CBPO academy graduate": the graduate of the course, then where it was taught.
    const lead = m[1] ? `${m[1]} graduate` : ctx.atSentenceStart ? 'Graduate' : 'graduate';
    return edit(`${lead} of the ${named} at ${place}`);
  }
  return edit(`${m[1] ?? (ctx.atSentenceStart ? 'The' : 'the')} ${named} at ${place}`);
}

/**
 * A course code before the people in it ("FLETC CITP students", "a CITP instructor", "BIETP
 * graduates"). As a modifier the course reads as jargon ("criminal investigator training
 * students"); a writer names the people first and the course after them, spelled out, with the
 * training centre after that when the text named it.
 */
export const COURSE_PEOPLE =
  /(?<![\w-])(?:(an?|the|An?|The)\s+)?(FLETC(?:’s|'s)?\s+)?([A-Z][A-Z0-9&]{2,9}(?:-[A-Z])?)\s+(students?|trainees?|instructors?|graduates?|cadre)(?![\w-])/g;

export const COURSE_PEOPLE_WHY =
  'A course code before the people in it reads as jargon: the people come first and the course is spelled out after them (Federal Law Enforcement Training Centers program catalogue, fletc.gov).';

/** The rewrite of one match, given the course's full name ("the Criminal Investigator Training Program"). */
export function coursePeopleProposal(
  m: RegExpMatchArray,
  text: string,
  start: number,
  course: string,
  o: RenderOptions,
): Proposal {
  const people = m[4] ?? '';
  const link = people.startsWith('graduate') ? 'of' : 'in';
  const place = o.generalize
    ? 'a federal law enforcement training center'
    : 'the Federal Law Enforcement Training Centers';
  const det = m[1];
  const lead = det && /^an?$/i.test(det) ? indefiniteArticle(people) : det?.toLowerCase();
  let replacement = `${lead ? `${lead} ` : ''}${people} ${link} ${course}${m[2] ? ` at ${place}` : ''}`;
  if ((det && /^[A-Z]/.test(det)) || (!det && contextOf(text, start, start + m[0].length).atSentenceStart))
    replacement = capitalise(replacement);
  return {
    start,
    end: start + m[0].length,
    replacement,
    rule: 'phrase:course-people',
    reason: COURSE_PEOPLE_WHY,
  };
}
