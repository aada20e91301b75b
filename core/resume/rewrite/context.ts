import { singularWord, tagsOf } from './english';

/** Where a span sits in its text: sentence, neighbours, determiners. */
export interface SpanContext {
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  atSentenceStart: boolean;
  /** The determiner right before the span and where it starts. */
  det?: { word: string; start: number };
  /** A word before the span that already fixes the noun's form (number, possessive, "each"). */
  quantified: 'plural' | 'singular' | null;
  before: string;
  after: string;
}

const ABBREVIATIONS = /(?:\b(?:U\.S|[A-Z]|Dr|Mr|Ms|Mrs|No|vs|e\.g|i\.e|etc|Jr|Sr|St|Inc|Co|Dept|approx))$/;

/** Sentence bounds: ends at . ! ? followed by a capital or the end, skipping "U.S." and initials. */
export function sentenceAt(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  const re = /[.!?](?=\s+[A-Z("“]|\s*$)|\n+|;\s+(?=[A-Z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const stop = m.index + m[0].length;
    if (m[0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (stop <= at) start = stop;
    else {
      end = stop;
      break;
    }
  }
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}

const DETERMINERS = /(?:^|[\s(])(a|an|the|A|An|The)\s+$/;
const PLURAL_QUANTIFIERS =
  /(?:^|\s)(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|many|several|multiple|numerous|all|these|those|other|various|both)\s+$/i;
const SINGULAR_QUANTIFIERS =
  /(?:^|\s)(?:one|each|every|this|that|another|any|its|their|his|her|our|my|per|no)\s+$|['’]s\s+$/i;

export function contextOf(text: string, start: number, end: number): SpanContext {
  const s = sentenceAt(text, start);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const d = before.match(DETERMINERS);
  const det = d?.[1]
    ? { word: d[1], start: start - d[0].length + (d[0].length - d[0].trimStart().length) }
    : undefined;
  // A count may stand before the term's adjectives: "20 new CBPAS" are plural, like "20 CBPAS".
  const counted = /[a-z] $/.test(before) ? (premodifiers(text, start)?.start ?? start) : start;
  const tail = text.slice(Math.max(0, counted - 40), counted);
  const quantified = PLURAL_QUANTIFIERS.test(tail)
    ? 'plural'
    : SINGULAR_QUANTIFIERS.test(tail)
      ? 'singular'
      : null;
  const lead = text.slice(s.start, start);
  return {
    sentence: text.slice(s.start, s.end),
    sentenceStart: s.start,
    sentenceEnd: s.end,
    atSentenceStart: /^[\s"“(•–-]*$/.test(lead),
    det,
    quantified,
    before,
    after,
  };
}

/** Whether `text` starts (after spaces) with `phrase`, word by word in singular form. */
export function startsWithWords(text: string, phrase: string): { length: number; plural: boolean } | null {
  const want = phrase.toLowerCase().split(/\s+/);
  const re = /^\s+/;
  const lead = text.match(re)?.[0].length ?? 0;
  if (lead === 0 && text.length > 0) return null;
  const got =
    text
      .slice(lead)
      .match(/^[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}/)?.[0]
      .split(/\s+/) ?? [];
  if (got.length < want.length) return null;
  for (let i = 0; i < want.length; i++)
    if (singularWord(got[i] ?? '') !== singularWord(want[i] ?? '')) return null;
  const last = got[want.length - 1] ?? '';
  const length = lead + got.slice(0, want.length).join(' ').length;
  return { length, plural: singularWord(last) !== last.toLowerCase() };
}

/** The Title Case words right before a span ("Port of Houston"), lower-cased and singular. */
export function nameBefore(before: string): string[] {
  const m = before.match(/((?:[A-Z][\w'’-]*\s+(?:of\s+|de\s+|del\s+)?){1,4})$/);
  if (!m?.[1]) return [];
  let words = m[1].trim().split(/\s+/);
  // The first word of a sentence is capitalised for the sentence, not because it is a name.
  const lead = before.slice(0, before.length - m[1].length);
  if (/(?:^|[.!?;:•]\s*)$/.test(lead.trimEnd()) || lead.trim() === '') words = words.slice(1);
  return words.filter((w) => !/^(?:of|de|del)$/.test(w)).map((w) => singularWord(w));
}

/** Words that open a noun phrase and fix its article: "the local PD", "their county PD". */
const OPENERS =
  /^(?:a|an|the|this|that|these|those|its|their|our|his|her|your|my|each|every|any|no|some|all|another|both)$/i;

/**
 * Adjectives right before a term that belong to its noun phrase ("the local PD": "local"), so an
 * article for the term goes before them, not between them and the term ("the local a police
 * department"). `start` is where the first adjective begins; `determined` says a determiner or a
 * possessive already opens the phrase, so it needs no article at all.
 */
export function premodifiers(text: string, start: number): { start: number; determined: boolean } | null {
  let at = start;
  let words = 0;
  for (;;) {
    const m = text.slice(0, at).match(/(?:^|[\s(])([a-z][a-z-]*) $/);
    const word = m?.[1];
    if (!word || words === 3) break;
    const tags = tagsOf(word);
    const adjective =
      tags.has('Adjective') &&
      !['Verb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Adverb'].some((t) => tags.has(t));
    // A participle is an adjective only inside a phrase a determiner opens: "a sworn LEO", not
    // "and supervised LEOs".
    const participle =
      !adjective &&
      tags.has('Participle') &&
      !tags.has('Preposition') &&
      OPENERS.test(text.slice(0, at - word.length - 1).match(/([A-Za-z]+) $/)?.[1] ?? '');
    if (!(adjective || participle) || OPENERS.test(word)) break;
    at -= word.length + 1;
    words++;
  }
  if (words === 0) return null;
  const opener = text.slice(0, at).match(/(?:^|[\s(])([A-Za-z]+|\S+['’]s) $/)?.[1] ?? '';
  // A count opens the phrase as a determiner does: "20 new officers", never "20 a new officer".
  const counted = PLURAL_QUANTIFIERS.test(text.slice(Math.max(0, at - 40), at));
  return { start: at, determined: counted || OPENERS.test(opener) || /['’]s$/.test(opener) };
}
