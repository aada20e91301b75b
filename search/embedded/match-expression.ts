import { tokenize } from '../../core/search/text-index-schema';
import type { Phrase } from './bm25-in-memory';
import type { HighlightTerms } from './text-highlighter';
import type { Vocabulary } from './vocabulary';

/** A term as an FTS5 string literal: user input never reaches the query syntax. */
const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const phrase = (words: string[]) => quote(words.join(' '));
/** A whole word or phrase at token boundaries of a title held as " word word ". */
const wholeTokens = (text: string) => ` ${tokenize(text).join(' ')} `;

export interface MatchPlan {
  expression: string | null;
  /** The query as it was understood, with typos corrected, when corrections were used. */
  corrected: string | null;
  /** What the expression can match, for highlighting. */
  terms: HighlightTerms;
  /**
   * Per clause of the query, what satisfies it in a title held as tokens (" word word "): " word "
   * for a word, synonym or correction, " word" for the last word's prefix. Title hits count these,
   * by token, under the same prefix and typo rules as the MATCH expression.
   */
  clauses: string[][];
  /**
   * The expression's structure: every group must match, by any one of its phrases, in the order the
   * phrases appear in `expression` (the order bm25() adds them up). Searches match from this.
   */
  groups: Phrase[][];
}

/**
 * Builds the FTS5 MATCH expression for a query: every word must match (AND), each word also
 * matches its synonyms and, when it is not in the index, its typo corrections; the last word
 * matches as a prefix from 3 characters on, for search as you type.
 */
export function buildMatch(
  q: string,
  vocabulary: Vocabulary,
  synonyms: Map<string, string[]>,
  asYouType = true,
): MatchPlan {
  const words = tokenize(q);
  const terms: HighlightTerms = { words: [], prefixes: [], phrases: [] };
  const alternatives: string[][] = [];
  const groups: Phrase[][] = [];
  if (words.length === 0) return { expression: null, corrected: null, terms, clauses: alternatives, groups };
  const addTerm = (text: string) => {
    const parts = tokenize(text);
    if (parts.length === 1) terms.words.push(parts[0] as string);
    else if (parts.length > 1) terms.phrases.push(parts);
  };
  const clauses: string[] = [];
  const understood: string[] = [];
  let corrected = false;
  const used = new Set<number>();

  // Multi-word synonyms ("law enforcement") first, so their words are not also matched alone.
  const text = words.join(' ');
  for (const [term, others] of synonyms) {
    if (!term.includes(' ') || !` ${text} `.includes(` ${term} `)) continue;
    const start = words.findIndex((_, i) => words.slice(i, i + term.split(' ').length).join(' ') === term);
    if (start < 0) continue;
    for (let k = 0; k < term.split(' ').length; k++) used.add(start + k);
    clauses.push(`(${[term, ...others].map((t) => phrase(tokenize(t))).join(' OR ')})`);
    groups.push([term, ...others].map((t) => ({ tokens: tokenize(t), prefix: false })));
    for (const t of [term, ...others]) addTerm(t);
    alternatives.push([term, ...others].map(wholeTokens));
    understood.push(term);
  }

  words.forEach((word, i) => {
    if (used.has(i)) return;
    const last = i === words.length - 1;
    // Each option's FTS5 text, with the phrase it stands for.
    const options = new Map<string, Phrase>([[quote(word), { tokens: [word], prefix: false }]]);
    addTerm(word);
    for (const other of synonyms.get(word) ?? []) {
      options.set(phrase(tokenize(other)), { tokens: tokenize(other), prefix: false });
      addTerm(other);
    }
    if (last && asYouType && word.length >= 3 && vocabulary.extends(word)) {
      options.set(`${quote(word)}*`, { tokens: [word], prefix: true });
      terms.prefixes.push(word);
    }
    let shown = word;
    const known = vocabulary.has(word);
    const fixes = known ? [] : vocabulary.corrections(word);
    if (!known) {
      for (const fix of fixes) {
        options.set(quote(fix), { tokens: [fix], prefix: false });
        addTerm(fix);
      }
      if (fixes[0] && !(last && asYouType)) {
        shown = fixes[0];
        corrected = true;
      }
    }
    alternatives.push([
      ...[word, ...(synonyms.get(word) ?? []), ...fixes].map(wholeTokens),
      ...(terms.prefixes.includes(word) && last ? [` ${word}`] : []),
    ]);
    // A word the index has never seen matches nothing by itself; keeping it would only add BM25
    // work. It stays when nothing else could stand in, so the AND still finds nothing.
    if (!known && options.size > 1) options.delete(quote(word));
    understood.push(shown);
    const texts = [...options.keys()];
    clauses.push(options.size === 1 ? (texts[0] ?? quote(word)) : `(${texts.join(' OR ')})`);
    groups.push([...options.values()]);
  });
  return {
    expression: clauses.join(' AND '),
    corrected: corrected ? understood.join(' ') : null,
    terms,
    clauses: alternatives,
    groups,
  };
}
