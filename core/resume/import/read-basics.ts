import type { Resume } from '../resume-schema';
import type { Line } from './line';
import type { ImportNote } from './notes';
import { EMAIL, isAllCaps, LOCATION, PHONE, parseLocation, URL_TEXT, wordCount } from './patterns';

type Basics = NonNullable<Resume['basics']>;

const LABELLED =
  /^(?:e-?mail|phone|mobile|cell|home|work|tel(?:ephone)?|address|location|linkedin|web(?:site)?|github)\s*:\s*/i;
const NOT_A_NAME =
  /\b(resume|curriculum|vitae|cv|page|confidential|u\.s\.|department|agency|officer|agent|specialist|analyst|manager|summary|experience|objective|citizenship|veteran|federal|status|clearance)\b/i;
const STREET =
  /^\d+\s+[A-Za-z0-9.' -]+\b(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|ct|court|pl|place|nw|ne|sw|se|apt|suite|hwy)\b/i;

/** Splits a header line at column gaps and separators (|, •, ·) into pieces. */
export const pieces = (text: string) =>
  text
    .split(/\t|\s+[|•·]\s+|\s+[–—]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A word of a name in any alphabet's capitals: "José", "NÚÑEZ", "O’Brien", "M.". */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** A nickname between a first and a last name: ROBERTO "BOBBY" SALAZAR, Catherine (Kate) Lee. */
const NICKNAME = /^["“(]\p{Lu}[\p{L}\p{M}'’.-]*["”)]$/u;

/** How much a piece of the header looks like a person's name. */
function nameScore(piece: string, line: Line, index: number): number {
  if (EMAIL.test(piece) || PHONE.test(piece) || URL_TEXT.test(piece) || /\d/.test(piece)) return -10;
  const words = piece.split(/\s+/);
  if (words.length < 2 || words.length > 5 || NOT_A_NAME.test(piece)) return -10;
  if (!words.every((w) => NAME_WORD.test(w) || NICKNAME.test(w))) return -10;
  let score = 2 - index * 0.5;
  if (line.headingLevel === 0) score += 3;
  if (line.size > 1.3) score += 3;
  if (line.bold) score += 1;
  return score;
}

/**
 * The contact block and headline from the lines above the first section heading: name by scored
 * features (position, size, weight, shape), then e-mail, phone, links, location and headline.
 */
export function readBasics(header: Line[], notes: ImportNote[]): { basics: Basics; rest: Line[] } {
  const basics: Basics = {};
  const profiles: NonNullable<Basics['profiles']> = [];
  const leftovers: { text: string; line: Line; index: number }[] = [];
  let best: { text: string; score: number } | undefined;
  header.forEach((line, index) => {
    for (const raw of pieces(line.text)) {
      const piece = raw.replace(LABELLED, '').trim();
      const email = EMAIL.exec(piece)?.[0];
      const phone = PHONE.exec(piece)?.[0];
      if (email || phone) {
        if (email && !basics.email) basics.email = email;
        if (phone && !basics.phone) basics.phone = phone.trim();
        const rest = piece
          .replace(email ?? '', '')
          .replace(phone ?? '', '')
          .replace(/^[\s,;|]+|[\s,;|]+$/g, '');
        if (rest) leftovers.push({ text: rest, line, index });
        continue;
      }
      const link = URL_TEXT.exec(piece)?.[0];
      if (link && link.length >= piece.length - 2) {
        const url = /^https?:/i.test(link) ? link : `https://${link}`;
        const network = /linkedin/i.test(link) ? 'LinkedIn' : /github/i.test(link) ? 'GitHub' : undefined;
        if (network) profiles.push({ network, url });
        else if (!basics.url) basics.url = url;
        continue;
      }
      if (LOCATION.test(piece) && !basics.location) {
        const place = parseLocation(piece);
        if (place) basics.location = place;
        continue;
      }
      if (STREET.test(piece)) continue;
      const score = nameScore(piece, line, index);
      if (score > (best?.score ?? 0)) best = { text: piece, score };
      leftovers.push({ text: piece, line, index });
    }
  });
  // A name set in capitals reads better as written in a sentence: "DANA M. CRUZ" → "Dana M. Cruz".
  if (best)
    basics.name = isAllCaps(best.text)
      ? best.text.toLowerCase().replace(/(^|[\s'’"“(-])\p{L}/gu, (c) => c.toUpperCase())
      : best.text;
  if (profiles.length > 0) basics.profiles = profiles;
  const others = leftovers.filter((l) => l.text !== best?.text);
  // A short line right under the name, not a sentence, is the headline ("Supervisory CBP Officer").
  const label = others.find((l) => wordCount(l.text) <= 8 && !/[.:]$/.test(l.text) && l.index <= 3);
  if (label) basics.label = label.text;
  const summary = others.filter((l) => l !== label && wordCount(l.text) >= 8).map((l) => l.text);
  if (summary.length > 0) basics.summary = summary.join(' ');
  if (!basics.name)
    notes.push({ path: 'basics.name', message: 'No name was found. That is fine: the name is optional.' });
  return { basics, rest: [] };
}
