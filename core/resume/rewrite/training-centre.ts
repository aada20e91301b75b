import type { Edit } from '../change';
import { rebuild } from '../change';
import { contextOf } from './context';
import type { Proposal, RenderOptions } from './render-term';

/**
 * "FLETC" written before the course taken there ("the FLETC CBPAS academy", "FLETC CITP"). Spelling
 * FLETC out where it stands glues a long name onto another ("the Federal Law Enforcement Training
 * Centers CBP agriculture specialist academy"); a writer names the course first and the place
 * after it. The course is what ends in academy, training, course, program or school, or a course
 * code (CITP); anything else after FLETC (a campus, a title) is left to FLETC's own entry.
 */
export const TRAINING_CENTRE =
  /(?<![\w-])(?:(the|The)\s+)?FLETC(?:’s|'s)?\s+((?:[A-Z][\w&/-]*\s+){0,4}(?:[A-Z][\w&/-]*)(?:\s+(?:academy|basic training|training program|training|course|program|school))?)(?![\w-])/g;

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
  if (o.field !== 'prose')
    // A certificate's or skill's name: the issuer line already names the training centre.
    return {
      start,
      end,
      replacement: named.charAt(0).toUpperCase() + named.slice(1),
      rule: 'phrase:training-centre',
      reason: TRAINING_CENTRE_WHY,
    };
  const ctx = contextOf(text, start, end);
  const det = m[1] ?? (ctx.atSentenceStart ? 'The' : 'the');
  const place = o.generalize
    ? 'a federal law enforcement training center'
    : 'the Federal Law Enforcement Training Centers';
  return {
    start,
    end,
    replacement: `${det} ${named} at ${place}`,
    rule: 'phrase:training-centre',
    reason: TRAINING_CENTRE_WHY,
  };
}
