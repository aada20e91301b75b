import { foldText, TOKEN } from '../../core/search/text-index-schema';

/** What a query matched, for marking it in text: whole words, last-word prefixes and phrases. */
export interface HighlightTerms {
  words: string[];
  prefixes: string[];
  phrases: string[][];
}

interface Token {
  start: number;
  end: number;
  key: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ start: m.index, end: m.index + m[0].length, key: foldText(m[0]) });
  }
  return out;
}

/** Which tokens the terms match, the way FTS5's unicode61 tokenizer and MATCH would. */
function matchedTokens(list: Token[], terms: HighlightTerms): Uint8Array {
  const hit = new Uint8Array(list.length);
  const words = new Set(terms.words);
  list.forEach((t, i) => {
    if (words.has(t.key) || terms.prefixes.some((p) => t.key.startsWith(p))) hit[i] = 1;
    for (const phrase of terms.phrases) {
      if (phrase.every((w, k) => list[i + k]?.key === w)) hit.fill(1, i, i + phrase.length);
    }
  });
  return hit;
}

function marked(
  text: string,
  list: Token[],
  hit: Uint8Array,
  from: number,
  to: number,
  open: string,
  close: string,
) {
  let out = '';
  let at = list[from]?.start ?? 0;
  for (let i = from; i < to; i++) {
    const t = list[i] as Token;
    out += text.slice(at, t.start);
    out += hit[i] ? `${open}${text.slice(t.start, t.end)}${close}` : text.slice(t.start, t.end);
    at = t.end;
  }
  return { text: out, end: at };
}

/**
 * Highlighting in JS rather than with FTS5's highlight() and snippet(): those re-run the whole
 * MATCH for each row, which cost half a millisecond per hit once prefixes and synonyms were in play.
 * The marks are the control characters the engine turns into safe <mark> HTML afterwards.
 */
export function highlightText(
  text: string,
  terms: HighlightTerms,
  open: string,
  close: string,
): string | null {
  const list = tokens(text);
  const hit = matchedTokens(list, terms);
  if (!hit.includes(1)) return null;
  return (
    text.slice(0, list[0]?.start ?? 0) +
    marked(text, list, hit, 0, list.length, open, close).text +
    text.slice(list.at(-1)?.end ?? text.length)
  );
}

/** A window of `size` words with the most matches (the first such), with "…" where text was cut. */
export function snippetText(
  text: string,
  terms: HighlightTerms,
  open: string,
  close: string,
  size = 24,
): string {
  const list = tokens(text);
  if (list.length === 0) return '';
  const hit = matchedTokens(list, terms);
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    count += hit[i] ?? 0;
    if (i >= size) count -= hit[i - size] ?? 0;
    const start = Math.max(0, i - size + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a little before the first match in the window, as a reader needs some lead-in.
  const firstHit = hit.indexOf(1, best);
  if (firstHit > best + 3) best = Math.min(firstHit - 3, Math.max(0, list.length - size));
  const to = Math.min(list.length, best + size);
  const body = marked(text, list, hit, best, to, open, close);
  const lead = best > 0 ? '…' : text.slice(0, list[0]?.start ?? 0);
  const tail = to < list.length ? '…' : text.slice(body.end);
  return `${lead}${body.text}${tail}`;
}
