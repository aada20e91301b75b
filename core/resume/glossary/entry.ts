import type { SourceId } from './sources';

/**
 * A glossary entry declares its grammar and its senses, so the rewrite engine can place the
 * civilian wording in a sentence: which article it takes, whether it counts ("a report",
 * "reports") or not ("surveillance"), whether it is a name ("U.S. Border Patrol"), and which
 * context selects which meaning (CI beside "polygraph" is counterintelligence).
 */
export type GlossaryKind =
  | 'agency'
  | 'component'
  | 'office'
  | 'system'
  | 'form'
  | 'program'
  | 'pay'
  | 'place'
  | 'training'
  | 'word'
  | 'role'
  | 'hr'
  | 'rank'
  | 'legal';

export type Article = 'a' | 'an' | 'the' | 'none';

export interface Grammar {
  /** name: a proper noun ("Homeland Security Investigations"); noun: a common noun phrase. */
  pos: 'name' | 'noun' | 'adjective' | 'verb';
  countable: boolean;
  /** The phrase is plural in form ("people", "partner agencies"). */
  plural: boolean;
  article: Article;
}

export interface Sense {
  /** The civilian wording without its article, singular where it counts. */
  phrase: string;
  grammar: Grammar;
  /** Selects this sense when it matches the sentence around the term. No `when`: the default. */
  when?: RegExp;
  /** Wording when the term modifies a following noun ("BEST task force" → "border enforcement"). */
  modifier?: string;
  /** Nouns that, right after the term, already say what it means ("SF-52 personnel actions"). */
  heads: string[];
}

export type Action = 'rewrite' | 'gloss' | 'drop' | 'keep';

export interface GlossaryEntry {
  term: string;
  /** A regular-expression source matched on whole words; acronyms match in capitals only. */
  match: string;
  kind: GlossaryKind;
  acronym: boolean;
  senses: Sense[];
  /** What the term is, with its article, for "TECS (a law enforcement records system)". */
  gloss: string;
  /** rewrite: replace; gloss: keep the term and explain it; drop: leave out of private resumes. */
  action: Action;
  /** Under "describe my agency in general terms": the general wording, with its article. */
  general?: string;
  /** An employer entry: how it reads on the employer line. */
  employer?: { full: string; general: string };
  /** Agency-branded (a name that identifies the agency), generalised under the option. */
  branded: boolean;
  source: SourceId;
  why: string;
  /** The default sense's wording, for callers that only show one. */
  civilian: string;
}

export interface EntryOptions {
  /** Pattern source when the term alone is not enough ("I-?213"). */
  m?: string;
  src?: SourceId;
  why?: string;
  /** Other senses, tried in order before the default. */
  senses?: { when: RegExp; phrase: string; mod?: string; heads?: string[] }[];
  mod?: string;
  heads?: string[];
  gloss?: string;
  general?: string;
  employer?: { full?: string; general: string };
  action?: Action;
  pos?: Grammar['pos'];
  plural?: boolean;
  /** Identifies the agency, so the confidentiality option generalises it. */
  branded?: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads a phrase's article and number: "a case file", "the immigration courts", "surveillance". */
export function parsePhrase(
  raw: string,
  pos?: Grammar['pos'],
  plural = false,
): { phrase: string; grammar: Grammar } {
  const m = raw.match(/^(a|an|the) (.*)$/);
  if (m) {
    const article = m[1] as Article;
    return {
      phrase: m[2] ?? '',
      grammar: { pos: pos ?? 'noun', countable: article !== 'the' || !plural, plural, article },
    };
  }
  const name = pos === 'name' || (/^[A-Z]/.test(raw) && pos === undefined);
  return {
    phrase: raw,
    grammar: {
      pos: name ? 'name' : (pos ?? 'noun'),
      countable: plural,
      plural,
      article: 'none',
    },
  };
}

const DEFAULT_WHY: Record<GlossaryKind, string> = {
  agency:
    'Agency acronyms are unclear to civilian recruiters; the full name is what a background check will show.',
  component: 'Component names mean little outside the agency.',
  office: 'Office titles mean little outside the agency.',
  system: 'Internal system names mean nothing to other employers; say what the system holds.',
  form: 'Form numbers mean nothing to civilian readers; say what the document is.',
  program: 'Program names are unclear outside government.',
  pay: 'Federal pay and leave programs do not exist in private employment.',
  place: 'Facility and place codes mean nothing to civilian readers.',
  training: 'Training names mean little outside the agency.',
  word: 'Agency wording reads as jargon to civilian recruiters.',
  role: 'Spell out roles for civilian readers.',
  hr: 'Federal HR terms mean something else, or nothing, in private employment.',
  rank: 'Job series numbers mean nothing to civilians.',
  legal: 'Legal citations are kept and explained, since employers in compliance and law read them.',
};

const DEFAULT_SOURCE: Record<GlossaryKind, SourceId> = {
  agency: 'dhs-acronyms',
  component: 'dhs-acronyms',
  office: 'ice-glossary',
  system: 'dhs-pia',
  form: 'uscis-forms',
  program: 'dhs-acronyms',
  pay: 'opm-pay-leave',
  place: 'ice-glossary',
  training: 'fletc',
  word: 'ice-glossary',
  role: 'ice-glossary',
  hr: 'opm-gs',
  rank: 'opm-series',
  legal: 'uscode',
};

/** Builds one entry: `t('form', 'SF-52', 'a personnel action request', { heads: ['personnel action'] })`. */
export function t(kind: GlossaryKind, term: string, civilian: string, o: EntryOptions = {}): GlossaryEntry {
  const acronym = /^[A-Z0-9][A-Z0-9/&().§ -]*$/.test(term) && /[A-Z]/.test(term) && !/[a-z]/.test(term);
  const main = parsePhrase(civilian, o.pos, o.plural);
  const senses: Sense[] = [
    ...(o.senses ?? []).map((s) => ({
      ...parsePhrase(s.phrase, o.pos),
      when: s.when,
      modifier: s.mod,
      heads: s.heads ?? [],
    })),
    { ...main, modifier: o.mod, heads: o.heads ?? [] },
  ];
  const employer = o.employer
    ? { full: o.employer.full ?? main.phrase, general: o.employer.general }
    : undefined;
  return {
    term,
    match: o.m ?? escapeRegExp(term),
    kind,
    acronym,
    senses,
    gloss: o.gloss ?? civilian,
    action: o.action ?? 'rewrite',
    general: o.general,
    employer,
    branded: o.branded ?? (o.general !== undefined || employer !== undefined),
    source: o.src ?? DEFAULT_SOURCE[kind],
    why: o.why ?? DEFAULT_WHY[kind],
    civilian: main.phrase,
  };
}
