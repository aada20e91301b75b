/**
 * Whether a posting can be had without a college degree, for the seeker's "no degree required"
 * filter. Many people leaving enforcement work have experience and training but no bachelor's
 * degree, so the filter must not let in a posting that asks for one.
 *
 * A small pure detector over the posting's own words (and schema.org's
 * `experienceInPlaceOfEducation`, https://schema.org/experienceInPlaceOfEducation, when a source
 * gives it). Requirement parsing in core/fit may later take its place; the contract stays
 * `(text, flags) => boolean`.
 */

const DEGREE = String.raw`(?:(?:college|university|four[- ]year|4[- ]year|two[- ]year|2[- ]year|associate'?s?|bachelor'?s?|master'?s?|undergraduate|graduate|ba\/bs|bs\/ba|b\.?a\.?|b\.?s\.?)\s+)?(?:degree|diploma from an accredited (?:college|university))`;

/** Words that say outright that no degree is needed, or that experience stands in for one. */
const NO_DEGREE = [
  String.raw`\bno\s+(?:college\s+|university\s+|four[- ]year\s+|4[- ]year\s+|bachelor'?s?\s+)?degrees?\s+(?:is\s+|are\s+)?(?:required|needed|necessary)`,
  String.raw`\bdegrees?\s+(?:is\s+|are\s+)?not\s+(?:required|needed|necessary|a\s+requirement)`,
  String.raw`\bwithout\s+an?\s+(?:college\s+|four[- ]year\s+|bachelor'?s?\s+)?degree\b`,
  String.raw`\bdo(?:es)?\s+not\s+(?:require|need)\s+an?\s+(?:college\s+|four[- ]year\s+|bachelor'?s?\s+)?degree`,
  String.raw`\bin\s+(?:lieu|place)\s+of\s+(?:an?\s+|the\s+)?(?:college\s+|four[- ]year\s+|bachelor'?s?\s+|formal\s+)?(?:degree|education)`,
  String.raw`\b(?:experience|training)\s+(?:may|can|will)\s+(?:be\s+)?(?:substitute[sd]?|accepted|considered)\s+(?:for|in\s+place\s+of|in\s+lieu\s+of)\s+(?:an?\s+|the\s+)?(?:college\s+|bachelor'?s?\s+)?(?:degree|education)`,
  String.raw`\bsubstitute\s+(?:relevant\s+|related\s+|equivalent\s+)?experience\s+for\s+(?:an?\s+|the\s+)?(?:degree|education)`,
  String.raw`${DEGREE}\s+or\s+(?:an?\s+)?equivalent\s+(?:combination\s+of\s+(?:education\s+and\s+)?)?(?:work\s+|professional\s+|relevant\s+|related\s+|practical\s+)?(?:experience|training)`,
  String.raw`${DEGREE}\s+or\s+(?:\w+\s+){0,3}years?\s+of\s+(?:\w+\s+){0,3}experience`,
  String.raw`\bequivalent\s+(?:combination\s+of\s+)?(?:education\s+and\s+|work\s+)?experience\s+(?:may|will|can)\s+be\s+(?:considered|accepted|substituted)`,
  String.raw`\byou\s+may\s+qualify\s+(?:based\s+)?on\s+(?:your\s+)?experience`,
];

/** A degree asked for as a requirement. */
const DEGREE_REQUIRED = [
  String.raw`${DEGREE}(?:\s+(?:in|from)\s+[^.;\n]{0,80}?)?\s+(?:is\s+)?(?:required|mandatory|a\s+must)\b`,
  String.raw`\b(?:requires?|must\s+(?:have|hold|possess)|minimum\s+of)\s+an?\s+${DEGREE}`,
  String.raw`\b(?:required|minimum)\s+(?:education|qualifications?)\s*:?\s*(?:an?\s+)?${DEGREE}`,
];

/** A degree that is welcome but not asked for. */
const DEGREE_OPTIONAL = String.raw`${DEGREE}(?:\s+(?:in|from)\s+[^.;\n]{0,80}?)?\s+(?:is\s+)?(?:preferred|a\s+plus|desired|desirable|helpful|nice\s+to\s+have|optional)\b`;
const ANY_DEGREE = String.raw`\b(?:degree|bachelor|master'?s|b\.a\.|b\.s\.|ba\/bs|bs\/ba)`;
const HIGH_SCHOOL = String.raw`\b(?:high\s+school\s+(?:diploma|education|graduate)|ged\b|hs\s+diploma)`;

const test = (patterns: string | string[], text: string) =>
  (Array.isArray(patterns) ? patterns : [patterns]).some((p) => new RegExp(p, 'i').test(text));

export interface DegreeFacts {
  /** schema.org JobPosting.experienceInPlaceOfEducation, when the source states it. */
  experienceInPlaceOfEducation?: boolean | null;
}

/**
 * True when the posting says a degree is not needed, lets experience stand in for one, only asks
 * for a high-school diploma, or names a degree only as preferred. False when it asks for a degree
 * (without an alternative) or says nothing about education.
 */
export function noDegreeRequired(text: string, facts: DegreeFacts = {}): boolean {
  if (facts.experienceInPlaceOfEducation === true) return true;
  const plain = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  if (test(NO_DEGREE, plain)) return true;
  if (test(DEGREE_REQUIRED, plain)) return false;
  if (test(DEGREE_OPTIONAL, plain)) return true;
  // A diploma asked for, and no degree mentioned anywhere: the bar is high school.
  return test(HIGH_SCHOOL, plain) && !test(ANY_DEGREE, plain);
}
