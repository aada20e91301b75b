import { allMatches } from '../normalise/all-matches';
import type { Section } from './requirement-text';
import { has, isRequired, sections, windowAt } from './requirement-text';
import { OPEN_DEGREE_FIELDS, TECHNICAL_DEGREE_FIELDS } from './requirements-catalogue';

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate';

/**
 * What a posting says about college degrees. The one reader of degrees in Offramp: the fit's
 * "Needs a degree in …" and the seeker's "No degree required" filter both come from it, so the two
 * can never disagree.
 */
export interface DegreeAsk {
  /** The hardest degree the posting asks for, or null when it names none. */
  degree: {
    level: DegreeLevel;
    /** The subject named after the degree ("computer science"), or null when none is named. */
    field: string | null;
    /** The subject needs study an enforcement or admin career does not give (science, IT, law, nursing). */
    technical: boolean;
    required: boolean;
    /** Experience may stand in for it ("or equivalent experience", "in lieu of a degree"). */
    substitutable: boolean;
  } | null;
  /** The posting says outright that no degree is needed. */
  saysNoDegree: boolean;
  /** The posting lets experience stand in for education, wherever it says so. */
  experienceInstead: boolean;
  /** Education is named and the bar is a high-school diploma or GED. */
  highSchool: boolean;
}

export interface DegreeFacts {
  /** schema.org JobPosting.experienceInPlaceOfEducation (https://schema.org/experienceInPlaceOfEducation). */
  experienceInPlaceOfEducation?: boolean | null;
}

const DEGREE =
  /\b(bachelor'?s?|master'?s(?= )|masters?(?= (?:degree|of (?:arts|science|business|public|social|laws)))|b\.?s\.?\/b\.?a\.?|ba\/bs|bs\/ba|b\.s\.|b\.a\.|m\.s\.|mba|associate'?s? degree|ph\.?d\.?|doctoral|doctorate|four[- ]year degree|college degree|undergraduate degree|graduate degree|degree)\b/g;
const DEGREE_ANCHORS = ['degree', 'bachelor', 'master', 'b.s', 'b.a', 'ba/bs', 'bs/ba', 'm.s.', 'mba'];
const LEVEL_OF: [RegExp, DegreeLevel][] = [
  [/ph\.?d|doctor/, 'doctorate'],
  [/master|m\.s\.|mba|graduate degree/, 'master'],
  [/associate/, 'associate'],
];
const FIELD =
  /\b(?:degree|bachelor'?s?|master'?s?|b\.?s\.?|b\.?a\.?|ph\.?d\.?)\s+(?:degree\s+)?(?:in|of)\s+(?:a\s+)?([a-z][a-z ,/&-]{2,80})/;
/** Experience standing in for the degree, said in the same sentence. */
const SUBSTITUTE =
  /\b(or equivalent|equivalent (work |professional )?experience|combination of (education|experience)|in lieu of|substitut\w*|or \w+ years? of (relevant |related |professional )?experience|or related experience|or (\w+ )?(full )?years? of|experience may be (used|accepted))\b/;
/**
 * Experience standing in for education, said anywhere: "Equivalent experience may be considered",
 * "experience in lieu of a degree", USAJOBS' "You may qualify based on your experience".
 */
const EXPERIENCE_INSTEAD =
  /\b(in (lieu|place) of (an? |the )?(college |four[- ]year |bachelor'?s? |formal )?(degree|education)|(experience|training) (may|can|will) (be )?(substitute[sd]?|accepted|considered) (for|in place of|in lieu of) (an? |the )?(college |bachelor'?s? )?(degree|education)|substitute (relevant |related |equivalent )?experience for (an? |the )?(degree|education)|equivalent (combination of )?(education and |work )?experience (may|will|can) be (considered|accepted|substituted)|you may qualify (based )?on (your )?experience)/;
/** Every EXPERIENCE_INSTEAD match holds one of these. */
const INSTEAD_ANCHORS = ['lieu', 'place of', 'substitut', 'accepted', 'considered', 'may qualify'];
const NO_DEGREE =
  /\b(no (college |university |four[- ]year |bachelor'?s? )?degrees? (is |are )?(required|needed|necessary)|degrees? (is |are )?not (required|needed|necessary|a requirement)|without an? (college |four[- ]year |bachelor'?s? )?degree|no degree\b|do(es)? not (require|need) an? (college |four[- ]year |bachelor'?s? )?degree|we (do not|don.t) require a degree)/;
const NOT_A_DEGREE_ASK =
  /\b(degree of (care|accuracy|independence|latitude|autonomy|skill|difficulty|judgment|complexity|responsibility)|some degree|high degree|to the degree|the degree to which|degree to which|360[- ]degree|degrees? (fahrenheit|celsius))\b/;
/** "High school diploma required" in the sentence of a degree: that degree is not the ask. */
const HIGH_SCHOOL_ONLY = /\bhigh school diploma (or ged |or equivalent )?(is )?(required|only)\b/;
const HIGH_SCHOOL = /\b(high school (diploma|education|graduate)|ged\b|hs diploma)/;

/** The degrees a lower-cased posting asks for. `secs` are its sections (requirement-text.ts). */
export function degreeAskIn(text: string, secs: Section[] = sections(text)): DegreeAsk {
  const mentions = has(text, DEGREE_ANCHORS) || has(text, ['ph.d', 'phd', 'doctor']);
  const instead = has(text, INSTEAD_ANCHORS) && EXPERIENCE_INSTEAD.test(text);
  return {
    degree: mentions ? hardestDegree(text, secs, instead) : null,
    saysNoDegree: (mentions || text.includes('diploma')) && NO_DEGREE.test(text),
    experienceInstead: instead,
    highSchool: text.includes('diploma') || text.includes('ged') ? HIGH_SCHOOL.test(text) : false,
  };
}

function hardestDegree(text: string, secs: Section[], insteadAnywhere: boolean): DegreeAsk['degree'] {
  let best: DegreeAsk['degree'] = null;
  for (const m of allMatches(DEGREE, text)) {
    const around = windowAt(text, m.index, m[0].length);
    if (NOT_A_DEGREE_ASK.test(around) || NO_DEGREE.test(around) || HIGH_SCHOOL_ONLY.test(around)) continue;
    const fieldMatch = FIELD.exec(text.slice(m.index, m.index + 160));
    // "in computer science required", "in finance from an accredited school": the subject only.
    const field =
      fieldMatch?.[1]
        ?.split(
          /,| or | and (?:at least|a minimum)|;| from | (?:is )?(?:strongly )?(?:required|preferred|desired|mandatory)\b/,
        )[0]
        ?.trim() ?? null;
    const named = field ?? around;
    const candidate = {
      level: LEVEL_OF.find(([p]) => p.test(m[0]))?.[1] ?? 'bachelor',
      field,
      technical: TECHNICAL_DEGREE_FIELDS.test(named) && !OPEN_DEGREE_FIELDS.test(field ?? ''),
      required: isRequired(text, secs, m.index, m[0].length),
      substitutable: insteadAnywhere || SUBSTITUTE.test(around),
    };
    if (!best || weight(candidate) > weight(best)) best = candidate;
  }
  return best;
}

/** The hardest ask wins: a required technical degree over a preferred one in any field. */
function weight(d: NonNullable<DegreeAsk['degree']>): number {
  return (d.required ? 4 : 0) + (d.substitutable ? 0 : 2) + (d.technical ? 1 : 0);
}

/**
 * The seeker's "No degree required" filter: the posting (or its schema.org data) lets experience
 * stand in for a degree, says none is needed, asks for one only as a preference, or names only a
 * high-school diploma. A posting silent about education is left out: the filter promises more than
 * silence does.
 */
export function noDegreeRequired(ask: DegreeAsk, facts: DegreeFacts = {}): boolean {
  if (facts.experienceInPlaceOfEducation === true || ask.saysNoDegree || ask.experienceInstead) return true;
  if (ask.degree) return !(ask.degree.required && !ask.degree.substitutable);
  return ask.highSchool;
}

/** A posting's text as the requirement readers read it: lower-cased, its sections, its degrees. */
export interface PostingText {
  lower: string;
  secs: Section[];
  degree: DegreeAsk;
}

/**
 * The last few texts read. The pipeline normalises a batch of leads (asking each for its degrees,
 * for the "No degree required" filter) and then scores the same batch (asking again, with the
 * same title and description): the second reading is then a lookup. Bounded above a batch's size
 * (prepare-pool.ts sends 250 leads at a time), oldest out first.
 */
const recent = new Map<string, PostingText>();
const RECENT_MAX = 300;

/** Reads a posting's text (title and description) once for every requirement reader. */
export function readPostingText(text: string): PostingText {
  const known = recent.get(text);
  if (known) return known;
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const secs = sections(lower);
  const read = { lower, secs, degree: degreeAskIn(lower, secs) };
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(text, read);
  return read;
}

/** The same facet straight from a posting's text (title and description). */
export function noDegreeRequiredIn(text: string, facts: DegreeFacts = {}): boolean {
  return noDegreeRequired(readPostingText(text).degree, facts);
}
