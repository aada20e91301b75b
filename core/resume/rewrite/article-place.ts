import { premodifiers } from './context';
import { indefiniteArticle } from './english';

/**
 * "the FOD and AFOD": a determiner before the first of two coordinated nouns serves both, so the
 * second takes no article of its own ("the field office director and assistant field office
 * director", not "… and an assistant …").
 */
const SHARED_DETERMINER =
  /(?:^|[\s(])(?:the|its|their|our|his|her|your|my)\s+(?:[\w'’.&-]+\s+){1,4}(?:and|or|&)\s+$/i;

/**
 * Gives a term the article it needs in prose, placed where English puts it: before the adjectives
 * of the term's noun phrase ("with local PD" → "with a local police department"), and not at all
 * when a determiner or a possessive already opens that phrase ("the local PD" → "the local police
 * department", never "the local a police department"), nor after "and" when the determiner of
 * the first noun serves both. `from` is where the change starts.
 */
export function placeArticle(
  text: string,
  start: number,
  replacement: string,
  article: 'a' | 'the',
  /** A name ("ICE Air Operations") is never the second noun under another's determiner. */
  name = false,
): { from: number; replacement: string } {
  // "the DEA HIDTA": after another code the term ends a compound whose determiner came before it.
  if (/(?:^|\s)[A-Z][A-Z0-9&]{1,6}\s+$/.test(text.slice(Math.max(0, start - 12), start)))
    return { from: start, replacement };
  const pre = premodifiers(text, start);
  if (!pre && !name && SHARED_DETERMINER.test(text.slice(Math.max(0, start - 80), start)))
    return { from: start, replacement };
  if (!pre) {
    const det = article === 'the' ? 'the' : indefiniteArticle(replacement);
    return { from: start, replacement: `${det} ${replacement}` };
  }
  if (pre.determined) return { from: start, replacement };
  const adjectives = text.slice(pre.start, start);
  const det = article === 'the' ? 'the' : indefiniteArticle(adjectives);
  return { from: pre.start, replacement: `${det} ${adjectives}${replacement}` };
}
