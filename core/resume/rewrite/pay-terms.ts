import type { GlossaryEntry } from '../glossary/entry';
import type { SpanContext } from './context';
import { pluralGloss } from './english';
import type { Proposal } from './render-term';

/**
 * Verbs that say the seeker was paid or given a benefit ("Earned COPRA overtime", "Eligible for
 * LEAP", "Accrued 400 hours of annual leave"). Such a sentence is about the seeker's pay, which a
 * private employer neither offers nor asks about, so a private resume leaves it out. Any other
 * sentence that names a pay program describes work done with it ("Managed the port's COPRA
 * overtime budget", "Advised managers on AUO and LEAP eligibility"): that work stays, and only the
 * program's name gives way to the plain words for what it is.
 */
const RECEIPT =
  /^(?:(?:also|regularly|consistently|routinely|often|always)\s+)?(?:earned|earning|earns|received|receiving|receives|accrued|accruing|accumulated|collected|drew|drawing|got|used|took|eligible\s+for|qualified\s+for|entitled\s+to|enrolled\s+in|(?:was|were|been|being)\s+(?:paid|granted|awarded|eligible\s+for|entitled\s+to))\b/i;

/** A receipt clause after a comma or "and" ("…, earning COPRA overtime on weekend shifts"). */
const RECEIPT_CLAUSE =
  /(?:,\s+(?:and\s+)?|\s+and\s+)(?:earned|earning|received|receiving|accrued|accruing|collecting|drawing|eligible\s+for|qualifying\s+for)\b[^,;]*$/i;

const payReason = (entry: GlossaryEntry) =>
  `${entry.why} Private mode leaves out a sentence about the seeker’s own pay or leave; federal mode keeps it, explained.`;

/** Private mode: the sentence or clause to leave out when it says the seeker was paid, else null. */
export function receiptDrop(
  text: string,
  ctx: SpanContext,
  start: number,
  base: { rule: string; reason: string },
  entry: GlossaryEntry,
): Proposal | null {
  const lead = text.slice(ctx.sentenceStart, start);
  if (RECEIPT.test(lead.replace(/^[\s"“(•–-]+/, ''))) return dropSentence(text, ctx, base, entry);
  const clause = lead.match(RECEIPT_CLAUSE);
  if (!clause || clause.index === undefined) return null;
  // The clause runs on to the next comma or the end of the sentence, before its full stop.
  const from = ctx.sentenceStart + clause.index;
  const rest = text.slice(start, ctx.sentenceEnd);
  const stop = rest.search(/[,;]|[.!?]\s*$/);
  const to = start + (stop < 0 ? rest.length : stop);
  return { ...base, start: from, end: to, replacement: '', reason: payReason(entry) };
}

function dropSentence(
  text: string,
  ctx: SpanContext,
  base: { rule: string; reason: string },
  entry: GlossaryEntry,
): Proposal {
  let end = ctx.sentenceEnd;
  while (end < text.length && /\s/.test(text[end] ?? '')) end++;
  let start = ctx.sentenceStart;
  if (end >= text.length) while (start > 0 && /\s/.test(text[start - 1] ?? '')) start--;
  return { ...base, start, end, replacement: '', reason: payReason(entry) };
}

/** The reason for a pay program's name that gives way to plain words in a sentence about work. */
export const payNameReason = (entry: GlossaryEntry) =>
  `${entry.why} The work stays; the program’s name (${entry.gloss}) gives way to plain words.`;

/**
 * Federal mode keeps a pay program's name and explains it, right after the acronym: "COPRA
 * (Customs Officer Pay Reform Act) overtime", and "LEAP pay" reads "LEAP (law enforcement
 * availability pay)" rather than repeating "pay". A plain phrase ("annual leave") needs no gloss.
 */
export function federalGloss(
  entry: GlossaryEntry,
  matched: string,
  start: number,
  end: number,
  ctx: SpanContext,
): { start: number; end: number; replacement: string } | null {
  if (ctx.after.startsWith(' (')) return null;
  const gloss = entry.gloss;
  if (!entry.acronym)
    return gloss.toLowerCase() === matched.toLowerCase()
      ? null
      : { start, end, replacement: `${matched} (${gloss})` };
  const acronym = matched.startsWith(entry.term) ? matched.slice(0, matched.search(/\s|$/)) : matched;
  // "WGIs (within-grade pay increases)": a plural code's gloss is plural too.
  const said = /[A-Z0-9]s$/.test(acronym) ? pluralGloss(gloss) : gloss;
  let rest = matched.slice(acronym.length);
  let to = end;
  const next = ctx.after.match(/^ ([a-z]+)\b/)?.[1];
  if (rest && said.toLowerCase().endsWith(rest.toLowerCase())) rest = '';
  else if (!rest && next && said.toLowerCase().endsWith(` ${next}`)) to = end + 1 + next.length;
  return { start, end: to, replacement: `${acronym} (${said})${rest}` };
}
