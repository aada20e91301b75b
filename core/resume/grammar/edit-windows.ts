import type { Change } from '../change';
import { rebuild } from '../change';

/** A stretch of a field around one or more edits: the original words and the translated ones. */
export interface EditWindow {
  before: string;
  after: string;
}

/**
 * Words of context kept on each side of an edit. Harper's grammar rules read short runs of
 * tokens (an article and the word after it, a pronoun and its verb, "one of the" and a noun,
 * "there is" and its noun phrase, a word and its repeat), none longer than five words, so a
 * problem an edit brings into a sentence lies within five words of the edit.
 */
export const WINDOW_WORDS = 5;

/**
 * The windows the grammar check reads for one field: each edit with `words` words either side,
 * in the original and in the translation, with overlapping windows merged. Harper's cost grows
 * with the text it reads, and a bullet's changes touch a few words of it, so reading the windows
 * instead of whole sentences reads less than half the text for the same verdicts.
 */
export function editWindows(
  source: string,
  changes: Pick<Change, 'start' | 'end' | 'replacement'>[],
  words = WINDOW_WORDS,
): EditWindow[] {
  const tokens = [...source.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const spans: { start: number; end: number }[] = [];
  for (const c of [...changes].sort((a, b) => a.start - b.start)) {
    // The first token ending after the edit's start, and the last starting before its end.
    let first = tokens.findIndex((t) => t.end > c.start);
    if (first < 0) first = tokens.length;
    let last = tokens.length - 1;
    while (last >= 0 && (tokens[last]?.start ?? 0) >= Math.max(c.end, c.start + 1)) last--;
    const start = Math.min(c.start, tokens[Math.max(0, first - words)]?.start ?? c.start);
    const end = Math.max(c.end, tokens[Math.min(tokens.length - 1, last + words)]?.end ?? c.end);
    const prev = spans[spans.length - 1];
    if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
    else spans.push({ start, end });
  }
  return spans.map(({ start, end }) => {
    const before = source.slice(start, end);
    const inside = changes
      .filter((c) => c.start >= start && c.end <= end)
      .map((c) => ({ ...c, start: c.start - start, end: c.end - start }));
    return { before, after: rebuild(before, inside) };
  });
}
