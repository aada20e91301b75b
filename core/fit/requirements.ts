import type { CatalogueEntry } from './requirements-catalogue';
import {
  CERTIFICATIONS,
  LICENCES,
  OPEN_DEGREE_FIELDS,
  TECHNICAL_DEGREE_FIELDS,
  TOOLS,
} from './requirements-catalogue';

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate';
export type ClearanceLevel = 'public-trust' | 'secret' | 'top-secret';

export interface Asked {
  id: string;
  label: string;
  /** false when the posting only prefers it ("a plus", "nice to have", a "Preferred" section). */
  required: boolean;
}

/** What a posting asks of an applicant, read from its text. Pure: the same text, the same answer. */
export interface Requirements {
  degree: {
    level: DegreeLevel;
    /** The subject named after the degree ("computer science"), or null when none is named. */
    field: string | null;
    /** The subject needs study an enforcement or admin career does not give (science, IT, law, nursing). */
    technical: boolean;
    required: boolean;
    /** Experience may stand in for it ("or equivalent experience", "combination of education and experience"). */
    substitutable: boolean;
  } | null;
  /** The posting says outright that no degree is needed. */
  saysNoDegree: boolean;
  licences: Asked[];
  certifications: Asked[];
  /** Programming languages and technical tools. */
  tools: Asked[];
  experience: { years: number; field: string; required: boolean }[];
  clearance: { level: ClearanceLevel; required: boolean } | null;
  /** A maximum entry age (federal law-enforcement jobs: 37, waived by prior covered service). */
  maxAge: number | null;
  fitness: boolean;
  firearms: boolean;
  arrestAuthority: boolean;
  /** Membership of a military unit is a condition of the job (Title 32 National Guard technicians). */
  militaryMembership: boolean;
}

/** The answer for the "no degree required" facet: true unless a degree is required with no substitute. */
export function noDegreeRequired(req: Requirements): boolean {
  if (req.saysNoDegree) return true;
  return !(req.degree?.required && !req.degree.substitutable);
}

const PREFERRED_CUE =
  /\b(preferred|prefer|a plus|nice[- ]to[- ]have|bonus|desired|desirable|ideally|advantage|is helpful|welcome|not required|optional|or willingness to obtain|within (\d+|six|twelve|one|two) (months|years?) of (hire|start))/;
const HEADING = /^[ \t#*>-]*([a-z][^\n]{0,70})$/gm;
const PREFERRED_HEADING =
  /\b(preferred|nice[- ]to[- ]haves?|bonus|pluses|desired|ideal candidate|good to have)\b/;
const REQUIRED_HEADING =
  /\b(requirements|required|qualifications|what you need|what you.ll need|must[- ]haves?|minimum|basic|you have|who you are|what we.re looking for|conditions of employment|key requirements|eligibility)\b/;

interface Section {
  at: number;
  preferred: boolean;
}

/** Headings that switch later lines between required and preferred. */
function sections(text: string): Section[] {
  const found: Section[] = [];
  for (const m of text.matchAll(HEADING)) {
    const line = m[1] ?? '';
    if (line.length > 70 || /[.;]\s*\S/.test(line)) continue;
    if (PREFERRED_HEADING.test(line)) found.push({ at: m.index, preferred: true });
    else if (REQUIRED_HEADING.test(line) && line.split(' ').length <= 6)
      found.push({ at: m.index, preferred: false });
  }
  return found;
}

/** The sentence or list item around a match. */
function windowAt(text: string, at: number, length: number): string {
  let start = at;
  const floor = Math.max(0, at - 220);
  while (start > floor && !'\n.;•'.includes(text[start - 1] ?? '\n')) start--;
  let end = at + length;
  const ceiling = Math.min(text.length, end + 220);
  while (end < ceiling && !'\n.;•'.includes(text[end] ?? '\n')) end++;
  return text.slice(start, end);
}

/** A questionnaire's answer options ("B. I have a Ph.D. or …") describe applicants, not the job's demands. */
const ANSWER_OPTION = /(^|\s)(?:[a-h][.)]\s+)?i (have|possess|hold|am|completed|currently)\b/;

/** The line around a match (a questionnaire option is one line), at most 300 characters back. */
function lineAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n', at) + 1, at - 300);
  return text.slice(start, at);
}

function isRequired(text: string, secs: Section[], at: number, length: number): boolean {
  if (PREFERRED_CUE.test(windowAt(text, at, length)) || ANSWER_OPTION.test(lineAt(text, at))) return false;
  let preferred = false;
  for (const s of secs) {
    if (s.at > at) break;
    preferred = s.preferred;
  }
  return !preferred;
}

/** A cheap test before a costly one: does the text contain any of these substrings? */
const has = (text: string, anchors: string[]) => anchors.some((a) => text.includes(a));

const globals = new Map<RegExp, RegExp>();
const globalOf = (pattern: RegExp) => {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globals.set(pattern, global);
  }
  return global;
};

function catalogue(text: string, secs: Section[], entries: CatalogueEntry[]): Asked[] {
  const asked: Asked[] = [];
  for (const entry of entries) {
    if (!entry.anchors.some((a) => text.includes(a))) continue;
    const global = globalOf(entry.pattern);
    let required = false;
    let seen = false;
    for (const m of text.matchAll(global)) {
      seen = true;
      if (isRequired(text, secs, m.index, m[0].length)) {
        required = true;
        break;
      }
    }
    if (seen) asked.push({ id: entry.id, label: entry.label, required });
  }
  return asked;
}

const DEGREE =
  /\b(bachelor'?s?|master'?s?|b\.?s\.?\/b\.?a\.?|ba\/bs|bs\/ba|b\.s\.|b\.a\.|m\.s\.|mba|associate'?s? degree|ph\.?d\.?|doctoral|doctorate|four[- ]year degree|college degree|undergraduate degree|graduate degree|degree)\b/g;
const LEVEL_OF: [RegExp, DegreeLevel][] = [
  [/ph\.?d|doctor/, 'doctorate'],
  [/master|m\.s\.|mba|graduate degree/, 'master'],
  [/associate/, 'associate'],
];
const SUBSTITUTE =
  /\b(or equivalent|equivalent (work |professional )?experience|combination of (education|experience)|in lieu of|substitut\w*|or \w+ years? of (relevant |related |professional )?experience|or related experience|or (\w+ )?(full )?years? of|experience may be (used|accepted))\b/;
const NO_DEGREE =
  /\b(no (college )?degree (is )?(required|needed|necessary)|degree (is )?not required|without a degree|no degree\b|high school diploma (or ged |or equivalent )?(is )?(required|only)|we (do not|don.t) require a degree)\b/;
const NOT_A_DEGREE_ASK =
  /\b(degree of (care|accuracy|independence|latitude|autonomy|skill|difficulty|judgment|complexity|responsibility)|some degree|high degree|to the degree|the degree to which|degree to which|360[- ]degree|degrees? (fahrenheit|celsius))\b/;

function degreeOf(text: string, secs: Section[]): Requirements['degree'] {
  if (
    !has(text, [
      'degree',
      'bachelor',
      'master',
      'b.s',
      'b.a',
      'ba/bs',
      'bs/ba',
      'm.s.',
      'mba',
      'ph.d',
      'phd',
      'doctor',
    ])
  )
    return null;
  let best: Requirements['degree'] = null;
  for (const m of text.matchAll(DEGREE)) {
    const around = windowAt(text, m.index, m[0].length);
    if (NOT_A_DEGREE_ASK.test(around) || NO_DEGREE.test(around)) continue;
    const after = text.slice(m.index, m.index + 160);
    const fieldMatch =
      /\b(?:degree|bachelor'?s?|master'?s?|b\.?s\.?|b\.?a\.?|ph\.?d\.?)\s+(?:degree\s+)?(?:in|of)\s+(?:a\s+)?([a-z][a-z ,/&-]{2,80})/.exec(
        after,
      );
    const field = fieldMatch?.[1]?.split(/,| or | and (?:at least|a minimum)|;/)[0]?.trim() ?? null;
    const named = field ?? around;
    const technical = TECHNICAL_DEGREE_FIELDS.test(named) && !OPEN_DEGREE_FIELDS.test(field ?? '');
    const level = LEVEL_OF.find(([p]) => p.test(m[0]))?.[1] ?? 'bachelor';
    const candidate = {
      level,
      field,
      technical,
      required: isRequired(text, secs, m.index, m[0].length),
      substitutable: SUBSTITUTE.test(around),
    };
    // The hardest ask wins: a required technical degree over a preferred one in any field.
    const weight = (d: NonNullable<Requirements['degree']>) =>
      (d.required ? 4 : 0) + (d.substitutable ? 0 : 2) + (d.technical ? 1 : 0);
    if (!best || weight(candidate) > weight(best)) best = candidate;
  }
  return best;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const YEARS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?(?:\s*(?:-|to)\s*\d{1,2})?\s+(?:or more\s+)?years?\s+(?:of\s+)?((?:[a-z-]+\s+){0,3}?)experience\s*(?:in|with|as|on|of)?\s*([a-z][a-z /&-]{2,60})?/g;

function experienceOf(text: string, secs: Section[]): Requirements['experience'] {
  if (!text.includes('year')) return [];
  const found: Requirements['experience'] = [];
  for (const m of text.matchAll(YEARS)) {
    const years = NUMBER_WORDS[m[1] ?? ''] ?? Number(m[1]);
    const field = `${m[2] ?? ''}${m[3] ?? ''}`
      .replace(
        /\b(of|professional|relevant|related|progressive|hands-on|full-time|working|total|the|an?|and)\b/g,
        ' ',
      )
      .replace(/\s+/g, ' ')
      .trim();
    if (years > 0 && years < 40 && field)
      found.push({ years, field, required: isRequired(text, secs, m.index, m[0].length) });
    if (found.length >= 6) break;
  }
  return found;
}

const CLEARANCE =
  /\b(ts\/sci|top secret|secret (security )?clearance|secret level|public trust|security clearance|clearance)\b/g;

function clearanceOf(text: string, secs: Section[]): Requirements['clearance'] {
  if (!has(text, ['clearance', 'secret', 'public trust', 'ts/sci'])) return null;
  let best: Requirements['clearance'] = null;
  const rank = { 'public-trust': 0, secret: 1, 'top-secret': 2 } as const;
  for (const m of text.matchAll(CLEARANCE)) {
    const around = windowAt(text, m.index, m[0].length);
    if (m[0] === 'clearance' && !/\b(security|secret|obtain|maintain|active|eligib)/.test(around)) continue;
    const level: ClearanceLevel = /ts\/sci|top secret/.test(around)
      ? 'top-secret'
      : /\bsecret\b/.test(around)
        ? 'secret'
        : 'public-trust';
    const required = isRequired(text, secs, m.index, m[0].length);
    if (!best || rank[level] > rank[best.level] || (required && !best.required))
      best = { level: best && rank[best.level] > rank[level] ? best.level : level, required };
  }
  return best;
}

const MAX_AGE =
  /\b(?:maximum (?:entry )?age (?:is |of |limit (?:is |of )?)?(\d{2})|(?:not|never) (?:yet )?(?:have )?reached (?:your |their |the age of )?(\d{2})|before (?:your|their|reaching (?:age|their)) (\d{2})(?:th)? birthday|(?:entry|appointment) age (?:of |is )?(\d{2}))/;
const FITNESS =
  /\b(physical fitness|fitness (test|assessment|standards?)|physical (ability|agility|efficiency|demands?) (test|battery|requirements?)|medical (and|&) physical (requirements|standards|examination)|pre-?employment (medical|physical)|pass(ing)? a (medical|physical) exam\w*|arduous)\b/;
const FIREARMS =
  /\b(firearms? (qualification|proficiency|training|certification|requirements?)|qualify (with|on) (a |the )?(firearm|weapon|handgun|pistol)|carry (a |an )?(fire ?arm|weapon|handgun|authorized weapon)|armed (position|post|duty|guard|security)|lautenberg|use of (deadly )?force|firearm)\b/;
const ARREST =
  /\b(arrest (authority|powers)|powers? of arrest|authority to (make )?arrests?|make arrests|effect(ing)? arrests|execute (search and arrest |search |arrest )?warrants|serve warrants|sworn (law enforcement|peace) officer|peace officer (status|powers|certification)|post certifi\w*|law enforcement (commission|credentials)|6\(c\)|primary law enforcement|secondary law enforcement|law enforcement officer retirement)\b/;
const MEMBERSHIP =
  /\b(title 32|dual status (technician|position)|(military )?membership in the (\w+ )?(air |army )?national guard (is )?(required|a condition)|must (be|become|maintain) (a )?member(ship)? (of|in) the (\w+ )?(air |army )?national guard)/;

/**
 * Reads what a posting requires: degrees with their field, licences (RN, CPA, bar, CDL, guard
 * card), certifications (CISSP, CAMS, CFE), programming languages and tools, years of experience in
 * a named field, clearance, and age, fitness, firearms or arrest-authority conditions.
 */
export function parseRequirements(text: string): Requirements {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const secs = sections(lower);
  const age = has(lower, ['age', 'birthday', 'reached']) ? MAX_AGE.exec(lower) : null;
  const maxAge = age ? Number(age.slice(1).find(Boolean)) : null;
  return {
    degree: degreeOf(lower, secs),
    saysNoDegree: has(lower, ['degree', 'diploma']) && NO_DEGREE.test(lower),
    licences: catalogue(lower, secs, LICENCES),
    certifications: catalogue(lower, secs, CERTIFICATIONS),
    tools: catalogue(lower, secs, TOOLS),
    experience: experienceOf(lower, secs),
    clearance: clearanceOf(lower, secs),
    maxAge: maxAge && maxAge >= 18 && maxAge <= 70 ? maxAge : null,
    fitness: has(lower, ['fitness', 'physical', 'medical', 'arduous']) && FITNESS.test(lower),
    firearms:
      has(lower, ['firearm', 'weapon', 'handgun', 'pistol', 'armed', 'lautenberg', 'force']) &&
      FIREARMS.test(lower),
    arrestAuthority:
      has(lower, ['arrest', 'warrant', 'sworn', 'peace officer', 'post cert', 'law enforcement', '6(c)']) &&
      ARREST.test(lower),
    militaryMembership: has(lower, ['title 32', 'dual status', 'national guard']) && MEMBERSHIP.test(lower),
  };
}
