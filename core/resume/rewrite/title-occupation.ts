import { TITLE_MAPPINGS } from '../data/titles';

/** Words that make a title a supervisor's, on the title line and in prose alike. */
export const SUPERVISORY_TITLE = /\b(?:supervisory|supervisor|lead|chief|assistant officer in charge)\b/i;

/** A run of title-case words (with "and", "of", "for", "the") ending right before "(". */
const TITLE_BEFORE_PARENS = /((?:[A-Z][\w.'’-]*)(?: (?:[A-Z][\w.'’-]*|and|of|for|the))*)\s*\($/;

/**
 * The occupation a grade in parentheses belongs to when a known job title stands before it
 * ("Supervisory Detention and Deportation Officer (GS-1801-13)"), so the summary glosses the
 * title as the job's title line does ("case operations supervisor") rather than by its series
 * alone ("senior enforcement officer"). Undefined when no known title is there.
 */
export function titleBeforeGrade(
  before: string,
): { occupation: { role: string; area: string }; supervisory: boolean } | undefined {
  const title = before.match(TITLE_BEFORE_PARENS)?.[1];
  if (!title) return undefined;
  const mapping = TITLE_MAPPINGS.find((m) => m.match.test(title));
  if (!mapping) return undefined;
  return {
    occupation: { role: mapping.role, area: mapping.area },
    supervisory: SUPERVISORY_TITLE.test(title) || mapping.supervisory === true,
  };
}
