import type { GlossaryEntry, Grammar, Sense } from '../glossary/entry';
import { parsePhrase } from '../glossary/entry';
import { placeArticle } from './article-place';
import type { SpanContext } from './context';
import { nameBefore, startsWithWords } from './context';
import { repeatedInParentheses } from './defined-acronym';
import { dropEcho, dropLeadingEcho } from './drop-echo';
import {
  capitalise,
  headWord,
  indefiniteArticle,
  nounAt,
  pluralGloss,
  pluralPhrase,
  singularWord,
  tagsOf,
  titleCase,
} from './english';
import { federalGloss, payNameReason, receiptDrop } from './pay-terms';

export type FieldKind = 'prose' | 'title' | 'keyword';

export interface RenderOptions {
  mode: 'private' | 'federal';
  generalize: boolean;
  field: FieldKind;
}

/** A proposed rewrite of one span of the original text. */
export interface Proposal {
  start: number;
  end: number;
  replacement: string;
  rule: string;
  reason: string;
  /** What to write instead if the self-check refuses the rewrite. */
  fallback?: { start: number; end: number; replacement: string };
}

/** The sense whose context matches the sentence; the last sense is the default. */
export function chooseSense(entry: GlossaryEntry, sentence: string): Sense {
  return entry.senses.find((s) => s.when?.test(sentence)) ?? (entry.senses.at(-1) as Sense);
}

/** Keeps the capital of a determiner ("An" → "A") when it is rewritten. */
const detLike = (original: string, det: string) => (/^[A-Z]/.test(original) ? capitalise(det) : det);

/**
 * How one glossary term reads in its sentence: as a modifier before a noun that already says
 * what it is ("SF-52 personnel actions" → "personnel actions"), as a noun phrase with the right
 * article and number ("DOs" → "deportation officers", "an ICE officer" → "a U.S. …"), dropped
 * where the words before already say it ("Port of Houston POE"), or kept with a gloss.
 */
export function renderTerm(
  entry: GlossaryEntry,
  text: string,
  start: number,
  end: number,
  ctx: SpanContext,
  o: RenderOptions,
): Proposal | null {
  const matched = text.slice(start, end);
  const rule = `glossary:${entry.term}`;
  const chosen = chooseSense(entry, ctx.sentence);
  const senseGloss =
    chosen === entry.senses.at(-1)
      ? entry.gloss
      : chosen.grammar.article === 'none'
        ? chosen.phrase
        : `${chosen.grammar.article === 'the' ? 'the' : indefiniteArticle(chosen.phrase)} ${chosen.phrase}`;
  const glossText = `${matched} (${isPlural(entry, matched) ? pluralGloss(senseGloss) : senseGloss})`;
  const fallback = ctx.after.startsWith(' (') ? undefined : { start, end, replacement: glossText };
  const base = { rule, reason: entry.why };
  if (entry.action === 'keep' && !(o.generalize && entry.branded && entry.general)) return null;
  if (entry.action === 'drop') {
    if (o.mode === 'federal') {
      const kept = federalGloss(entry, matched, start, end, ctx);
      return kept ? { ...base, ...kept, reason: `${entry.why} Federal mode keeps it, explained.` } : null;
    }
    const dropped = receiptDrop(text, ctx, start, base, entry);
    if (dropped) return dropped;
  }
  const generalize = o.generalize && entry.branded && entry.general !== undefined;
  if (entry.action === 'gloss' && !generalize) return fallback ? { ...base, ...fallback } : null;

  const sense = chosen;
  const { phrase, grammar } = generalize
    ? parsePhrase(entry.general ?? '', 'noun')
    : { phrase: sense.phrase, grammar: sense.grammar };
  const reason = generalize
    ? 'Confidentiality option: the agency, its offices, programs and systems are described in general terms.'
    : entry.action === 'drop'
      ? payNameReason(entry)
      : entry.senses.length > 1
        ? `${entry.why} Here it means ${phrase}.`
        : entry.why;
  const out = { rule: generalize ? `confidential:${entry.term}` : rule, reason, fallback };

  // "X (X)": the term in parentheses right after the words it stands for (defined-acronym.ts).
  const repeated = repeatedInParentheses(text, start, end, phrase);
  if (repeated) return { ...out, ...repeated, replacement: '' };
  // The name before already says it: "Port of Houston POE" → "Port of Houston".
  const head = singularWord(phrase.split(' of ')[0]?.split(' ').at(-1) ?? '');
  const priorName = nameBefore(ctx.before);
  if (
    priorName.includes(head) ||
    (sense.heads.length > 0 && sense.heads.some((h) => priorName.includes(singularWord(h))))
  )
    return { ...out, start: start - (ctx.before.match(/\s+$/)?.[0].length ?? 0), end, replacement: '' };

  // Part of a name: "Houston PD" → "Houston Police Department". Only a body can be part of a
  // name; a program, form or system after a name ("ERO O&S budget") modifies what follows.
  if (
    entry.acronym &&
    !NOT_NAMES.has(entry.kind) &&
    priorName.length > 0 &&
    grammar.pos !== 'name' &&
    !generalize &&
    /^(?:\s*$|[\s,.;:)])/.test(ctx.after)
  )
    return { ...out, start, end, replacement: titleCase(phrase) };
  const keyword = o.field === 'keyword';
  const pluralForm = isPlural(entry, matched);
  const plural = pluralForm || (ctx.quantified === 'plural' && !/^1\s/.test(ctx.before.slice(-3)));
  const headHit = sense.heads.map((h) => startsWithWords(ctx.after, h)).find(Boolean);
  // A plural term ("SAs running") is never a modifier: English modifiers are singular.
  const attributive =
    !keyword &&
    (headHit ||
      (!pluralForm && /^ [a-z]/.test(ctx.after) && nounAt(text, end + 1)) ||
      (entry.acronym &&
        !pluralForm &&
        (ORGANISATIONS.has(entry.kind) ? sharesOwnHead(text, end, sense.heads) : sharesHead(text, end))));

  let replacement: string;
  let from = start;
  let to = end;
  if (attributive) {
    // A system's modifier ("passenger manifest") names no agency, so it serves both ways.
    replacement =
      generalize && !(entry.kind === 'system' && sense.modifier)
        ? phrase.replace(/ (?:agency|department|service)$/, '')
        : (sense.modifier ?? phrase);
    replacement = dropEcho(replacement, ctx.after);
    // The words before already say it: "court-authorized T-III wire intercepts".
    if (replacement && ctx.before.toLowerCase().trimEnd().endsWith(replacement.toLowerCase()))
      replacement = '';
    if (replacement === '') {
      // The term only repeats its neighbour: drop it and the space after it.
      to = end + (ctx.after.match(/^\s+/)?.[0].length ?? 0);
      if (ctx.atSentenceStart && /^[a-z]/.test(text.slice(to))) {
        to += 1;
        replacement = text.charAt(to - 1).toUpperCase();
      }
      return { ...out, start: from, end: to, replacement, fallback: undefined };
    }
    const headWord =
      ctx.after
        .slice(0, headHit?.length ?? 0)
        .trim()
        .split(/\s+/)
        .at(-1) ?? '';
    const countableHead = !/ing$|^(?:intelligence|information|evidence|equipment|software|staff)$/i.test(
      headWord,
    );
    const singularHead =
      headHit && !headHit.plural && countableHead && !/^\s+[a-z]+s?\b/.test(ctx.after.slice(headHit.length));
    if (ctx.det) ({ from, replacement } = fixDeterminer(ctx, text, replacement, from));
    else if (
      o.field === 'prose' &&
      entry.acronym &&
      singularHead &&
      !ctx.quantified &&
      (grammar.article === 'a' || grammar.article === 'an')
    )
      ({ from, replacement } = placeArticle(text, start, replacement, 'a'));
  } else {
    replacement =
      (pluralForm || (plural && grammar.countable)) && !grammar.plural ? pluralPhrase(phrase) : phrase;
    replacement = dropLeadingEcho(replacement, ctx.after);
    if (ctx.det && !plural) ({ from, replacement } = fixDeterminer(ctx, text, replacement, from));
    else if (ctx.det && /^an?$/i.test(ctx.det.word)) {
      // "a DOs": a plural takes no indefinite article.
      from = ctx.det.start;
      if (/^[A-Z]/.test(ctx.det.word)) replacement = capitalise(replacement);
    } else if (
      !ctx.det &&
      !ctx.quantified &&
      !plural &&
      o.field === 'prose' &&
      needsArticle(entry, grammar, ctx, text, start)
    )
      ({ from, replacement } = placeArticle(
        text,
        start,
        replacement,
        grammar.article === 'the' ? 'the' : 'a',
        grammar.pos === 'name' || entry.kind === 'agency' || entry.kind === 'component',
      ));
  }
  if (o.field !== 'prose' && from === start) replacement = replacement.replace(/^(?:a|an|the) /, '');
  if (o.field === 'title') replacement = titleCase(replacement);
  // A keyword starts with a capital like its neighbours, even where the code did not ("e3", "webTA").
  else if (keyword && ctx.atSentenceStart && from === start) replacement = capitalise(replacement);
  // After a semicolon the words go on in lower case ("TS clearance; federal … academy graduate").
  else if ((opensSentence(text, ctx) || keyword) && from === start && /^[A-Z]/.test(matched))
    replacement = capitalise(replacement);
  else if (opensSentence(text, ctx) && from < start) replacement = capitalise(replacement);
  return { ...out, start: from, end: to, replacement };
}

const opensSentence = (text: string, ctx: SpanContext) =>
  ctx.atSentenceStart && !/;\s*$/.test(text.slice(0, ctx.sentenceStart));

/**
 * "APIS and ATS data", "TECS, NCIC or IDENT checks": the term is the first of coordinated codes
 * that share one head noun, so it modifies that noun like its last partner does.
 */
// An organisation stands alone before "and" ("the USAO and JTTF partners" is two groups).
const ORGANISATIONS = new Set(['agency', 'component', 'office']);
const NOT_NAMES = new Set(['program', 'form', 'system', 'pay', 'legal', 'hr', 'training']);
const COORDINATED = /^(?:(?:,? (?:and|or|&)|,|\/) ?[A-Z][A-Z0-9&-]*[A-Z0-9])+ (?=[a-z])/;
function sharesHead(text: string, end: number): boolean {
  const m = text.slice(end).match(COORDINATED);
  return m !== null && nounAt(text, end + m[0].length - 1);
}

/**
 * "OCDETF and HIDTA case coordination": an organisation's code shares the head noun of the codes
 * coordinated with it only when that noun is one its sense names as its own ("case" for a task
 * force), so "the USAO and JTTF partners" still reads as two groups.
 */
function sharesOwnHead(text: string, end: number, heads: string[]): boolean {
  const m = text.slice(end).match(COORDINATED);
  if (!m || !nounAt(text, end + m[0].length - 1)) return false;
  const rest = text.slice(end + m[0].length - 1);
  return heads.some((h) => startsWithWords(rest, h) !== null);
}

function isPlural(entry: GlossaryEntry, matched: string): boolean {
  if (entry.acronym) return /[A-Z0-9]s$/.test(matched);
  const last = headWord(matched);
  const termLast = headWord(entry.term);
  return singularWord(last) !== last.toLowerCase() && singularWord(termLast) === termLast.toLowerCase();
}

/** A bare acronym that named a thing ("at ICE", "trained FTO") needs its article in prose. */
function needsArticle(
  entry: GlossaryEntry,
  grammar: Grammar,
  ctx: SpanContext,
  text: string,
  start: number,
): boolean {
  if (grammar.article === 'none' || grammar.plural) return false;
  // A certification's name takes no article: "Certified COR Level II", "CFE certified".
  if (/\bcertified\s+$/i.test(ctx.before) || /^ (?:Level|Tier) (?:[IVX]+|\d)\b/.test(ctx.after)) return false;
  if (!entry.acronym && !/^[A-Z]/.test(entry.term) && entry.kind !== 'system') return false;
  // The end of a compound ("the office COOP") takes the compound's determiner, not a new one.
  const prev = text.slice(0, start).match(/(?:^|[^\w'’-])([a-z][\w'’-]*) $/)?.[1];
  if (prev) {
    const tags = tagsOf(prev);
    if (tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Verb') && !tags.has('Preposition'))
      return false;
  }
  // "Coordinated with ICE and CBP" keeps its rhythm; a leading list item needs no article.
  return !/(?:^|[\s(])(?:of|per)\s+$/.test(ctx.before) || grammar.article === 'the';
}

/** Rewrites "a"/"an" before the new words, so "an ICE officer" becomes "a U.S. … officer". */
function fixDeterminer(
  ctx: SpanContext,
  text: string,
  replacement: string,
  from: number,
): { from: number; replacement: string } {
  const det = ctx.det;
  if (!det) return { from, replacement };
  const lower = det.word.toLowerCase();
  const stripped = replacement.replace(/^(?:a|an|the) /i, '');
  if (lower === 'the') return { from, replacement: stripped };
  const want = indefiniteArticle(stripped);
  if (want === lower) return { from, replacement: stripped };
  return {
    from: det.start,
    replacement: `${detLike(det.word, want)}${text.slice(det.start + det.word.length, from)}${stripped}`,
  };
}
