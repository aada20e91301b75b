import { indefiniteArticle, singularWord } from './english';

/**
 * The self-check on every change: a rewrite may not introduce what the original did not have.
 * Each check counts problems in a text; a change is refused when the count goes up.
 */

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'for',
  'with',
  'at',
  'by',
  'from',
  'as',
  'that',
]);
const words = (s: string) => s.match(/[A-Za-z][\w'’-]*|\d[\d,.]*/g) ?? [];

/** "the the", "task force task force": the same word or phrase twice in a row. */
export function doubledWords(s: string): number {
  const w = words(s).map((x) => singularWord(x));
  let count = 0;
  for (let n = 1; n <= 4; n++)
    for (let i = 0; i + 2 * n <= w.length; i++) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = w[i + k] === w[i + n + k];
      if (!same) continue;
      const first = w[i] ?? '';
      if (n === 1 && (/^\d/.test(first) || first === 'that' || first === 'had')) continue;
      count++;
    }
  return count;
}

/** "personnel action request personnel actions": a two-word phrase repeated within two words. */
export function nearEchoes(s: string): number {
  const w = words(s).map((x) => singularWord(x));
  let count = 0;
  for (let i = 0; i + 1 < w.length; i++) {
    const pair = `${w[i]} ${w[i + 1]}`;
    if (FUNCTION_WORDS.has(w[i] ?? '') || FUNCTION_WORDS.has(w[i + 1] ?? '')) continue;
    for (let j = i + 2; j + 1 < Math.min(w.length, i + 5); j++) if (`${w[j]} ${w[j + 1]}` === pair) count++;
  }
  return count;
}

/** "X (X)": a parenthesis that only repeats the words just before it. */
export function repeatedParentheses(s: string): number {
  let count = 0;
  for (const m of s.matchAll(/\(([^()]+)\)/g)) {
    const inside = words(m[1] ?? '')
      .map((x) => singularWord(x))
      .filter((x) => !FUNCTION_WORDS.has(x));
    if (inside.length === 0) continue;
    const before = new Set(
      words(s.slice(Math.max(0, (m.index ?? 0) - 90), m.index)).map((x) => singularWord(x)),
    );
    if (inside.every((x) => before.has(x))) count++;
  }
  return count;
}

/** "Enforcement-D", "agency One": a code's leftover glued to a replacement. */
export function gluedFragments(s: string): number {
  return (
    s.match(/\b[a-z]{3,}-[A-Z]{1,2}\b|\b(?:agency|system|database|office|department)(?: One|-[A-Z])\b/g) ?? []
  ).length;
}

/** "an federal", "a officer", "a reports", "the a". */
export function brokenArticles(s: string): number {
  let count = (s.match(/\b(?:the|a|an)\s+(?:the|a|an)\b/gi) ?? []).length;
  for (const m of s.matchAll(/\b(a|an)\s+([("“]?[\w.’'§-]+)(\s+[a-z][\w-]*)?/gi)) {
    const det = (m[1] ?? '').toLowerCase();
    const next = m[2] ?? '';
    if (/^[A-Z]$/.test(next)) continue;
    if (indefiniteArticle(next) !== det) count++;
    // "a reports": a plural noun right after "a" (and not a modifier of the next noun).
    const lower = next.toLowerCase();
    if (!m[3] && /^[a-z]/.test(next) && !/(?:ss|us|is|ics)$/.test(lower) && singularWord(lower) !== lower)
      count++;
  }
  return count;
}

export const LOCAL_CHECKS = {
  'a doubled word or phrase': (s: string) => doubledWords(s) + nearEchoes(s),
  '"X (X)"': repeatedParentheses,
  'a glued code fragment': gluedFragments,
  'a broken article': brokenArticles,
} as const;

const CHECKS = Object.entries(LOCAL_CHECKS);
const counted = new Map<string, number[]>();

/** Every local check's count for one text, cached: each candidate edit re-reads the same text. */
function countsOf(s: string): number[] {
  let found = counted.get(s);
  if (!found) {
    found = CHECKS.map(([, check]) => check(s));
    if (counted.size > 5000) counted.clear();
    counted.set(s, found);
  }
  return found;
}

/** The problems `after` has that `before` did not. */
export function newProblems(before: string, after: string): string[] {
  const was = countsOf(before);
  const now = countsOf(after);
  return CHECKS.filter((_, i) => (now[i] ?? 0) > (was[i] ?? 0)).map(([name]) => name);
}

export const PASSED =
  'Self-check passed: no doubled words, no "X (X)", no glued code fragment, no broken article.';
