import type { Fit } from '../core/lead/lead';

/**
 * The text the `fit` column holds: the Fit as JSON, except that each reason sentence is written
 * once (`reasonTexts`) and the lists (`reasonIds`, `reasonIdsByBackground`) point into it. A fit
 * gives its reasons for each of nine backgrounds, and most sentences ("Asks for report writing —
 * your daily work") recur in every list: written out in full, the lists made the fit text 3.1 kB,
 * three quarters of a 4 kB row, and that text is copied from the prepare threads, hashed, bound
 * and written by every upsert and parsed by every search hit. The other keys keep their names and
 * places, so SQL that reads `$.byBackground`, `$.occupations` or `$.enforcementRole` is unchanged.
 */
interface StoredFit extends Omit<Fit, 'reasons' | 'reasonsByBackground'> {
  reasonTexts: string[];
  reasonIds: number[];
  reasonIdsByBackground?: Record<string, number[]>;
}

/** A fit's reason sentences, numbered in order of first use, and its lists as those numbers. */
interface Numbered {
  texts: string[];
  at: Map<string, number>;
  /** `reasonIdsByBackground` as JSON, or null when the fit has no per-background lists. */
  byBackground: string | null;
  /** `texts` as JSON, made on first use. */
  textsJson?: string;
}

/**
 * The numbering of each per-background list object. The scorer gives leads read alike one frozen
 * `reasonsByBackground` (core/fit/score-fit.ts), so a page of similar postings numbers it once.
 */
const numbered = new WeakMap<object, Numbered>();

function numberReasons(reasonsByBackground: Fit['reasonsByBackground']): Numbered {
  const known = reasonsByBackground && numbered.get(reasonsByBackground);
  if (known) return known;
  const n: Numbered = { texts: [], at: new Map(), byBackground: null };
  if (reasonsByBackground) {
    const byBackground: Record<string, number[]> = {};
    for (const [background, list] of Object.entries(reasonsByBackground))
      byBackground[background] = ids(n, list);
    n.byBackground = JSON.stringify(byBackground);
    numbered.set(reasonsByBackground, n);
  }
  return n;
}

function ids(n: Numbered, list: readonly string[]): number[] {
  return list.map((text) => {
    let id = n.at.get(text);
    if (id === undefined) {
      id = n.texts.push(text) - 1;
      n.at.set(text, id);
    }
    return id;
  });
}

const BEYOND_ASCII = /[\u0080-\uffff]/;
const EACH_BEYOND_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON with each character beyond ASCII written as a \uXXXX escape, which RFC 8259 §7 allows for
 * any character: the same value when parsed, but a one-byte string in V8. The reasons' dashes
 * (“— your daily work”) made every fit text a two-byte string, twice the bytes to copy between
 * threads and slower to hash and to bind (both encode the text as UTF-8 first).
 */
function asciiJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (!BEYOND_ASCII.test(text)) return text;
  return text.replace(EACH_BEYOND_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The column's text for a fit: `StoredFit` as JSON, in ASCII. */
export function fitText(fit: Fit): string {
  const { reasons, reasonsByBackground, ...rest } = fit;
  const shared = numberReasons(reasonsByBackground);
  // The top reasons are normally one of the background lists; any other sentence is numbered on
  // a copy, so the shared numbering never grows.
  const fits = reasons.every((text) => shared.at.has(text));
  const n = fits
    ? shared
    : { texts: [...shared.texts], at: new Map(shared.at), byBackground: shared.byBackground };
  const reasonIds = JSON.stringify(ids(n, reasons));
  n.textsJson ??= asciiJson(n.texts);
  const head = asciiJson(rest);
  return `${head.length > 2 ? `${head.slice(0, -1)},` : '{'}"reasonTexts":${n.textsJson},"reasonIds":${reasonIds}${n.byBackground === null ? '' : `,"reasonIdsByBackground":${n.byBackground}`}}`;
}

/**
 * The fit a column's text holds, in the shape `fitSchema` reads: the compact text above, or the
 * full JSON that rows stored before it hold until their next write. The caller validates it; an id
 * that points at no sentence comes back as `undefined` in the list, which the schema refuses.
 */
export function fitFromText(text: string): unknown {
  const stored = JSON.parse(text) as Partial<StoredFit> | null;
  if (!stored || !Array.isArray(stored.reasonTexts)) return stored;
  const { reasonTexts, reasonIds, reasonIdsByBackground, ...rest } = stored;
  const said = (ids: unknown) => (Array.isArray(ids) ? ids.map((id: number) => reasonTexts[id]) : []);
  const fit: Record<string, unknown> = { ...rest, reasons: said(reasonIds) };
  if (reasonIdsByBackground) {
    const byBackground: Record<string, unknown> = {};
    for (const [background, ids] of Object.entries(reasonIdsByBackground))
      byBackground[background] = said(ids);
    fit.reasonsByBackground = byBackground;
  }
  return fit;
}
