import nlp from 'compromise';

/**
 * Small pieces of English the rewrite engine needs: articles, number, capitals and parts of
 * speech. Inflection and tagging come from compromise (runs in the browser and in Node); the
 * a/an choice follows pronunciation, which spelling alone does not decide ("an FBI", "a U.S.").
 */

const plurals = new Map<string, string>();
const singulars = new Map<string, string>();

/** Words never inflected: mass nouns and words already plural in form. */
const INVARIANT = new Set([
  'personnel',
  'staff',
  'equipment',
  'intelligence',
  'information',
  'software',
  'training',
  'evidence',
  'contraband',
  'enforcement',
  'compliance',
  'security',
  'data',
  'people',
  'custody',
  'analysis',
  'series',
  'status',
  'operations',
  'logistics',
  'counterintelligence',
  'surveillance',
  'travel',
]);

/** The plural of one noun, by compromise with a rule-based fallback. */
export function pluralWord(word: string): string {
  const lower = word.toLowerCase();
  if (INVARIANT.has(lower)) return word;
  const cached = plurals.get(word);
  if (cached) return cached;
  const doc = nlp(word);
  doc.tag('Singular');
  let out = doc.nouns().toPlural().text();
  if (!out || out.toLowerCase() === lower) {
    out = /[^aeiou]y$/i.test(word)
      ? `${word.slice(0, -1)}ies`
      : /(s|x|z|ch|sh)$/i.test(word)
        ? `${word}es`
        : `${word}s`;
  }
  if (/^[A-Z]/.test(word)) out = out.charAt(0).toUpperCase() + out.slice(1);
  plurals.set(word, out);
  return out;
}

const IRREGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  criteria: 'criterion',
  analyses: 'analysis',
  bases: 'basis',
  data: 'data',
};

/**
 * The singular of one noun ("officers" → "officer"), for comparing neighbours. Rules, not a
 * tagger: this runs for every word the self-check reads, and English regular plurals are regular.
 */
export function singularWord(word: string): string {
  const lower = word.toLowerCase();
  const cached = singulars.get(lower);
  if (cached) return cached;
  let out = IRREGULAR[lower] ?? lower;
  if (
    out === lower &&
    lower.length > 3 &&
    !INVARIANT.has(lower) &&
    !/(?:ss|us|is|ics|[’'])$|[’']s$/.test(lower) &&
    /s$/.test(lower)
  )
    out = /ies$/.test(lower)
      ? `${lower.slice(0, -3)}y`
      : /(?:sses|ches|shes|xes|zes)$/.test(lower)
        ? lower.slice(0, -2)
        : lower.slice(0, -1);
  if (singulars.size > 20000) singulars.clear();
  singulars.set(lower, out);
  return out;
}

const PREPOSITIONS = new Set(['of', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'by', 'under']);

/**
 * A noun phrase in the plural: the head noun (the last word before a preposition, so
 * "port of entry" → "ports of entry") takes the plural; "court-authorized wiretap" keeps its
 * hyphenated modifier.
 */
export function pluralPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const prep = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const head = prep > 0 ? prep - 1 : words.length - 1;
  const word = words[head] ?? '';
  const bare = word.replace(/[),;:]+$/, '');
  words[head] = pluralWord(bare) + word.slice(bare.length);
  return words.join(' ');
}

/** Letters whose spoken name starts with a vowel sound: "an FBI agent", "an SF-52", "an NTA". */
const VOWEL_LETTER_NAMES = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** "a" or "an" before a word, by how it is said. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const w = word.replace(/^[("'“‘]+/, '');
  if (/^\d/.test(w)) return /^(8|11|18|80|800|8,|11,)(\D|$)/.test(w) || /^8\d/.test(w) ? 'an' : 'a';
  // Initialisms are read letter by letter; acronyms said as words ("NATO") are rare here.
  const initialism = w.match(/^([A-Z])(?:[A-Z0-9&./-]|$)/);
  if (initialism && !/^(?:U\.?S\.?|USA|UN)\b/.test(w) && !/^[A-Z][a-z]/.test(w))
    return VOWEL_LETTER_NAMES.has(initialism[1] ?? '') ? 'an' : 'a';
  const lower = w.toLowerCase();
  if (/^(hour|honest|honor|honour|heir)/.test(lower)) return 'an';
  if (/^(u[bcfhjkqrstnl][aeiou]|uni|use|usu|uti|ure|eu|ewe|one\b|once|ouija|u\.s\.|us\b)/.test(lower))
    return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);
/** Title case for titles and names ("federal law enforcement agency" → "Federal Law Enforcement Agency"). */
export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/^[a-z]/, (c) => c.toUpperCase())))
    .join(' ');
}

export interface TaggedWord {
  start: number;
  end: number;
  text: string;
  tags: Set<string>;
}

const tagCache = new Map<string, TaggedWord[]>();

/** Words of a text with compromise's part-of-speech tags and their offsets. */
export function tagWords(text: string): TaggedWord[] {
  const cached = tagCache.get(text);
  if (cached) return cached;
  const out: TaggedWord[] = [];
  for (const sentence of nlp(text).json({ offset: true }) as {
    terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
  }[])
    for (const t of sentence.terms)
      out.push({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        text: t.text,
        tags: new Set(t.tags),
      });
  if (tagCache.size > 2000) tagCache.clear();
  tagCache.set(text, out);
  return out;
}

/** -ing words that name an activity, so a term before them is a modifier ("SF-52 processing"). */
const NOUN_GERUNDS = new Set([
  'processing',
  'training',
  'planning',
  'staffing',
  'screening',
  'targeting',
  'reporting',
  'booking',
  'recruiting',
  'onboarding',
  'auditing',
  'budgeting',
  'scheduling',
  'handling',
  'vetting',
  'housing',
  'tracking',
  'sharing',
  'hiring',
  'intake',
  'casework',
  'matching',
  'monitoring',
  'analysis',
  'financing',
  'smuggling',
  'trafficking',
  'laundering',
]);

const wordTags = new Map<string, Set<string>>();
/** Compromise's tags for one word on its own, cached: the engine asks about the same words often. */
export function tagsOf(word: string): Set<string> {
  let tags = wordTags.get(word);
  if (!tags) {
    tags = new Set((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []);
    if (wordTags.size > 20000) wordTags.clear();
    wordTags.set(word, tags);
  }
  return tags;
}

/** Whether the word starting at `at` is a noun (so a term before it is used as a modifier). */
export function nounAt(text: string, at: number): boolean {
  const m = text.slice(at).match(/^\s?([A-Za-z][\w'’-]*)/);
  const word = m?.[1] ? { text: m[1], tags: tagsOf(m[1].toLowerCase()) } : undefined;
  if (!word || /ly$/.test(word.text)) return false;
  const t = word.tags;
  if (t.has('Pronoun') || t.has('Preposition') || t.has('Conjunction') || t.has('Determiner')) return false;
  if (NOUN_GERUNDS.has(word.text.toLowerCase())) return true;
  if (t.has('PastTense') || t.has('Gerund') || t.has('Adverb') || t.has('Copula')) return false;
  return t.has('Noun') || t.has('Adjective') === false;
}

/** A phrase's head noun: the last word, or the word before "of", "to" or "for" ("Notices to Appear"). */
export function headWord(phrase: string): string {
  const words = phrase.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && /^(?:of|to|for)$/i.test(w));
  return (at > 0 ? words[at - 1] : words.at(-1)) ?? '';
}

/** A gloss said of several: "a within-grade pay increase" → "within-grade pay increases"; one with no article stays. */
export function pluralGloss(gloss: string): string {
  return /^an? /.test(gloss) ? pluralPhrase(gloss.replace(/^an? /, '')) : gloss;
}
