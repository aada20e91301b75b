/** Text patterns shared by the section and field detection. Dates become JSON Resume dates. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = `(?:${MONTH}\\.?,?\\s+(?:19|20)\\d{2}|\\d{1,2}/(?:\\d{1,2}/)?(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}|(?:19|20)\\d{2})`;
const END = `(?:${DATE}|present|current|now|today|ongoing)`;
/** A date range such as "Jan 2015 – Present", "05/2015 - 09/2019" or "2012 to 2016". */
export const DATE_RANGE = new RegExp(
  `\\(?\\b(${DATE})\\s*(?:-|–|—|to|through|until|thru)\\s*(${END})\\b\\)?`,
  'i',
);
/** One date on its own ("May 2012", "05/2012", "2012"). */
export const SINGLE_DATE = new RegExp(`\\b${DATE}\\b`, 'i');

/** "Mar 2019" → "2019-03", "05/2012" → "2012-05", "2012" → "2012"; "Present" → undefined. */
export function isoDate(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/[.,]/g, '');
  let m = /^([a-z]+)\s+(\d{4})$/.exec(t);
  if (m?.[1] && m[2]) {
    const month = MONTHS.indexOf(m[1].slice(0, 3)) + 1;
    return month > 0 ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2];
  }
  m = /^(\d{1,2})\/(?:\d{1,2}\/)?(\d{4})$/.exec(t);
  if (m?.[1] && m[2] && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1].padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{4})$/.exec(t);
  return m ? t : undefined;
}

/** What is left of a line once a date is taken out, without dangling separators or brackets. */
const tidyRest = (text: string) =>
  text
    .replace(/\(\s*\)/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s,;|–—-]+|[\s,;|–—-]+$/g, '')
    .trim();

/** Finds a date range in a line: its ISO dates and the line without it. */
export function findDateRange(text: string): { start?: string; end?: string; rest: string } | null {
  const m = DATE_RANGE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  return {
    start: isoDate(m[1]),
    end: isoDate(m[2]),
    rest: tidyRest(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`),
  };
}

/** Finds one date (the last in the line, as in "Bachelor of Arts, 2012") and the line without it. */
export function findSingleDate(text: string): { date?: string; rest: string } | null {
  const all = [...text.matchAll(new RegExp(SINGLE_DATE.source, 'gi'))];
  const m = all.at(-1);
  if (!m || m.index === undefined) return null;
  const rest = tidyRest(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`);
  return { date: isoDate(m[0]), rest };
}

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const PHONE = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;
export const URL_TEXT =
  /\b(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|gov|us|edu)(?:\/[^\s,;|]*)?/i;

const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|GU|VI';
/** "San Diego, CA", "El Paso, TX 79901", "Washington, DC 20229 United States". */
export const LOCATION = new RegExp(
  `^([A-Z][A-Za-z.' -]{1,40}),\\s*(${STATES})\\b(?:\\s+\\d{5}(?:-\\d{4})?)?(?:,?\\s+(?:United States|USA|US))?$`,
);

/** Reads "City, ST" into JSON Resume location fields. */
export function parseLocation(text: string): { city: string; region: string } | null {
  const m = LOCATION.exec(text.trim());
  return m?.[1] && m[2] ? { city: m[1].trim(), region: m[2] } : null;
}

/** The lower-case form used to compare headings: no punctuation, "&" as "and". */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const endsSentence = (text: string) => /[.!?;:]["')\]]?$/.test(text.trim());
export const startsLower = (text: string) => /^[a-z(]/.test(text.trim());
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
export const isAllCaps = (text: string) => {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
};
