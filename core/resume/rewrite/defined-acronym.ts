import { singularWord } from './english';

/** Small words an acronym's letters skip: "Plant Protection and Quarantine (PPQ)". */
const MINOR = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&']);

/**
 * Whether the acronym at [start, end) stands in parentheses right after the words it abbreviates:
 * "emergency action notifications (EANs)". The writer spelled it out already, as one does on first
 * use; expanding it again writes the phrase twice ("… notifications (EANs (emergency action
 * notices))"). The test: the initials of the words before the parenthesis, with or without the
 * small words, spell the acronym (a plural "s" aside).
 */
function definedInPlace(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const letters = text
    .slice(start, end)
    .replace(/(?<=[A-Z])s$/, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  if (letters.length < 2) return false;
  const words = text
    .slice(0, start - 1)
    .trimEnd()
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  const initials = (list: string[]) =>
    list
      .slice(-letters.length)
      .map((w) => w[0]?.toLowerCase() ?? '')
      .join('');
  // Some acronyms keep a small word's letter (NTA, Notice To Appear), some skip it (PPQ).
  return (
    initials(words) === letters || initials(words.filter((w) => !MINOR.has(w.toLowerCase()))) === letters
  );
}

/**
 * The span to drop, " (CoC)" or " (EANs)" with its space, when the term in parentheses repeats the
 * words right before it: they contain each longer word of its meaning ("chain of custody (CoC)"),
 * or spell it out letter by letter ("emergency action notifications (EANs)"). For a reader
 * outside the agency the parenthesis only says them again. Null otherwise.
 */
export function repeatedInParentheses(
  text: string,
  start: number,
  end: number,
  meaning: string,
): { start: number; end: number; reason?: string } | null {
  if (text[start - 1] !== '(' || text[end] !== ')') return null;
  const words = meaning.toLowerCase().split(/\s+/).map(singularWord);
  const prior = new Set(
    text
      .slice(Math.max(0, start - 120), start)
      .toLowerCase()
      .split(/[^\w’'-]+/)
      .map(singularWord),
  );
  if (words.filter((w) => w.length > 3).every((w) => prior.has(w))) return { start: start - 2, end: end + 1 };
  if (!definedInPlace(text, start, end)) return null;
  return {
    start: start - (text[start - 2] === ' ' ? 2 : 1),
    end: end + 1,
    reason: 'The words just before spell the acronym out; in parentheses it only repeats them.',
  };
}
