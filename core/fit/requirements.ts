import { allMatches, eachMatch } from '../normalise/all-matches';
import type { DegreeAsk } from './degree-ask';
import { readPostingText } from './degree-ask';
import type { Section } from './requirement-text';
import { has, isRequired, windowAt } from './requirement-text';
import type { CatalogueEntry } from './requirements-catalogue';
import { CERTIFICATIONS, LICENCES, TOOLS } from './requirements-catalogue';

export type { DegreeLevel } from './degree-ask';
export { noDegreeRequired } from './degree-ask';
export type ClearanceLevel = 'public-trust' | 'secret' | 'top-secret';

export interface Asked {
  id: string;
  label: string;
  /** false when the posting only prefers it ("a plus", "nice to have", a "Preferred" section). */
  required: boolean;
}

/**
 * What a posting asks of an applicant, read from its text. Pure: the same text, the same answer.
 * Degrees come from degree-ask.ts, the reader the "No degree required" filter uses too.
 */
export interface Requirements extends DegreeAsk {
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

const globals = new Map<RegExp, RegExp>();
const globalOf = (pattern: RegExp) => {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globals.set(pattern, global);
  }
  return global;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface AnchorScan {
  pattern: RegExp;
  /** For each anchor, the catalogue entries it or any anchor that begins it belongs to. */
  entries: Map<string, number[]>;
}

/** Every anchor of a catalogue in one pattern: one scan of the text says which entries to try. */
const anchorScans = new Map<CatalogueEntry[], AnchorScan>();
function anchorScan(entries: CatalogueEntry[]): AnchorScan {
  let scan = anchorScans.get(entries);
  if (!scan) {
    const anchors = [...new Set(entries.flatMap((e) => e.anchors))].sort((a, b) => b.length - a.length);
    const owners = (anchor: string) =>
      entries.flatMap((entry, i) => (entry.anchors.some((a) => anchor.startsWith(a)) ? [i] : []));
    scan = {
      // Longest first: where several anchors start at one place, the longest is found, and the
      // others there are its beginnings, whose entries it carries.
      pattern: new RegExp(anchors.map(escapeRegExp).join('|'), 'g'),
      entries: new Map(anchors.map((a) => [a, owners(a)])),
    };
    anchorScans.set(entries, scan);
  }
  return scan;
}

/** The entries any of whose anchors the text contains, in catalogue order. */
function anchored(text: string, entries: CatalogueEntry[]): CatalogueEntry[] {
  const { pattern, entries: owners } = anchorScan(entries);
  const hit = new Set<number>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (const i of owners.get(m[0]) ?? []) hit.add(i);
    // Start again just after this match's start, so an anchor overlapping it is still found.
    pattern.lastIndex = m.index + 1;
  }
  return hit.size === 0 ? [] : entries.filter((_, i) => hit.has(i));
}

function catalogue(text: string, secs: Section[], entries: CatalogueEntry[]): Asked[] {
  const asked: Asked[] = [];
  for (const entry of anchored(text, entries)) {
    const global = globalOf(entry.pattern);
    let required = false;
    let seen = false;
    eachMatch(global, text, (m) => {
      seen = true;
      required = isRequired(text, secs, m.index, m[0].length);
      return !required;
    });
    if (seen) asked.push({ id: entry.id, label: entry.label, required });
  }
  return asked;
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
  eachMatch(YEARS, text, (m) => {
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
    return found.length < 6;
  });
  return found;
}

const CLEARANCE =
  /\b(ts\/sci|top secret|secret (security )?clearance|secret level|public trust|security clearance|clearance)\b/g;

function clearanceOf(text: string, secs: Section[]): Requirements['clearance'] {
  if (!has(text, ['clearance', 'secret', 'public trust', 'ts/sci'])) return null;
  let best: Requirements['clearance'] = null;
  const rank = { 'public-trust': 0, secret: 1, 'top-secret': 2 } as const;
  for (const m of allMatches(CLEARANCE, text)) {
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
  const { lower, secs, degree } = readPostingText(text);
  const age = has(lower, ['maximum', 'reached', 'birthday', 'entry age', 'appointment age'])
    ? MAX_AGE.exec(lower)
    : null;
  const maxAge = age ? Number(age.slice(1).find(Boolean)) : null;
  return {
    ...degree,
    licences: catalogue(lower, secs, LICENCES),
    certifications: catalogue(lower, secs, CERTIFICATIONS),
    tools: catalogue(lower, secs, TOOLS),
    experience: experienceOf(lower, secs),
    clearance: clearanceOf(lower, secs),
    maxAge: maxAge && maxAge >= 18 && maxAge <= 70 ? maxAge : null,
    fitness: has(lower, ['fitness', 'physical', 'medical', 'arduous']) && FITNESS.test(lower),
    firearms:
      has(lower, ['firearm', 'weapon', 'handgun', 'pistol', 'armed', 'lautenberg', 'use of']) &&
      FIREARMS.test(lower),
    arrestAuthority:
      has(lower, ['arrest', 'warrant', 'sworn', 'peace officer', 'post cert', 'law enforcement', '6(c)']) &&
      ARREST.test(lower),
    militaryMembership: has(lower, ['title 32', 'dual status', 'national guard']) && MEMBERSHIP.test(lower),
  };
}
