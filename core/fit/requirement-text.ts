import { eachMatch } from '../normalise/all-matches';

/**
 * Reading a posting's text for requirements: which lines sit under a "Preferred" heading, the
 * sentence around a match, and whether a match is asked for or only welcome. Shared by every
 * requirement reader (requirements.ts, degree-ask.ts). All text here is already lower-cased.
 */

const PREFERRED_CUE =
  /\b(preferred|prefer|a plus|nice[- ]to[- ]have|bonus|desired|desirable|ideally|advantage|is helpful|welcome|not required|optional|or willingness to obtain|within (\d+|six|twelve|one|two) (months|years?) of (hire|start))/;
const HEADING = /^[ \t#*>-]*([a-z][^\n]{0,70})$/gm;
const PREFERRED_HEADING =
  /\b(preferred|nice[- ]to[- ]haves?|bonus|pluses|desired|ideal candidate|good to have)\b/;
const REQUIRED_HEADING =
  /\b(requirements|required|qualifications|what you need|what you.ll need|must[- ]haves?|minimum|basic|you have|who you are|what we.re looking for|conditions of employment|key requirements|eligibility)\b/;

export interface Section {
  at: number;
  preferred: boolean;
}

/** Headings that switch later lines between required and preferred. */
export function sections(text: string): Section[] {
  const found: Section[] = [];
  eachMatch(HEADING, text, (m) => {
    const line = m[1] ?? '';
    if (line.length > 70 || /[.;]\s*\S/.test(line)) return;
    if (PREFERRED_HEADING.test(line)) found.push({ at: m.index, preferred: true });
    else if (REQUIRED_HEADING.test(line) && line.split(' ').length <= 6)
      found.push({ at: m.index, preferred: false });
  });
  return found;
}

/** What ends a sentence or list item: a line break, '.', ';' or '•' (compared as UTF-16 code units). */
const endsWindow = (code: number) => code === 10 || code === 46 || code === 59 || code === 0x2022;

/** The sentence or list item around a match. */
export function windowAt(text: string, at: number, length: number): string {
  let start = at;
  const floor = Math.max(0, at - 220);
  while (start > floor && !endsWindow(text.charCodeAt(start - 1))) start--;
  let end = at + length;
  const ceiling = Math.min(text.length, end + 220);
  while (end < ceiling && !endsWindow(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** A questionnaire's answer options ("B. I have a Ph.D. or …") describe applicants, not the job's demands. */
const ANSWER_OPTION = /(^|\s)(?:[a-h][.)]\s+)?i (have|possess|hold|am|completed|currently)\b/;

/** The line around a match (a questionnaire option is one line), at most 300 characters back. */
function lineAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n', at) + 1, at - 300);
  return text.slice(start, at);
}

export function isRequired(text: string, secs: Section[], at: number, length: number): boolean {
  if (PREFERRED_CUE.test(windowAt(text, at, length)) || ANSWER_OPTION.test(lineAt(text, at))) return false;
  let preferred = false;
  for (const s of secs) {
    if (s.at > at) break;
    preferred = s.preferred;
  }
  return !preferred;
}

/** A cheap test before a costly one: does the text contain any of these substrings? */
export function has(text: string, anchors: string[]): boolean {
  for (const anchor of anchors) if (text.includes(anchor)) return true;
  return false;
}
