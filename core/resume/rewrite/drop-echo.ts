import { startsWithWords } from './context';
import { indefiniteArticle, singularWord } from './english';

/** "border enforcement task force" before "task force" → "border enforcement". */
export function dropEcho(replacement: string, after: string): string {
  const words = replacement.split(' ');
  for (let k = Math.min(words.length, 3); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (startsWithWords(after, tail)) return words.slice(0, -k).join(' ');
  }
  // "TECS subject records": the modifier's last word closes the noun phrase after it, so it goes
  // ("law enforcement subject records", not "law enforcement records subject records").
  const last = words.at(-1) ?? '';
  const next = after.match(/^ ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)/)?.[1]?.split(' ') ?? [];
  if (words.length > 2 && next.length > 1 && singularWord(next.at(-1) ?? '') === singularWord(last))
    return words.slice(0, -1).join(' ');
  return replacement;
}

/**
 * "SF-182s for training": the phrase's first word is the object right after it, so it goes
 * ("requests for training", not "training requests for training").
 */
export function dropLeadingEcho(replacement: string, after: string): string {
  const m = replacement.match(/^((?:an?|the) )?([a-z-]+) (.+)$/);
  const next = after.match(/^ (?:for|of|in|on|about) ([a-z-]+)\b/)?.[1];
  if (!m?.[2] || !m[3] || !next || singularWord(next) !== singularWord(m[2])) return replacement;
  const rest = m[3];
  // The article agrees with the new first word ("a request", "an inspection").
  if (!m[1]) return rest;
  return `${m[1].trim() === 'the' ? 'the' : indefiniteArticle(rest)} ${rest}`;
}
