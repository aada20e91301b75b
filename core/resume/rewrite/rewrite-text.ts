import type { Edit } from '../change';
import { rebuild } from '../change';
import { GLOSSARY } from '../glossary';
import type { GlossaryEntry } from '../glossary/entry';
import type { PhraseRule } from '../glossary/phrases';
import { PHRASES } from '../glossary/phrases';
import { contextOf } from './context';
import { withoutRepeat } from './coordinated-repeats';
import { capitalise, indefiniteArticle, titleCase } from './english';
import { FIELD_OFFICE, FIELD_OFFICE_WHY, OFFICE_CITY, OFFICE_CITY_WHY, officeCity } from './field-office';
import { newProblems, PASSED } from './guard';
import { requiredLiterals } from './literal-gate';
import { objectAfterPeople, objectFirst } from './object-first';
import type { Proposal, RenderOptions } from './render-term';
import { renderTerm } from './render-term';
import {
  federalSeniority,
  GRADE_PATTERN,
  levelNoun,
  parseGrade,
  seniorityAdjective,
  seniorityPhrase,
  seriesRole,
} from './seniority';
import { titleBeforeGrade } from './title-occupation';
import {
  COURSE_PEOPLE,
  COURSE_PEOPLE_WHY,
  coursePeopleProposal,
  namesCourse,
  TRAINING_CENTRE,
  trainingCentreProposal,
} from './training-centre';

export type { FieldKind, RenderOptions } from './render-term';

interface Compiled {
  entry: GlossaryEntry;
  regex: RegExp;
  /** Literal runs one of which any match must contain (lower case unless an acronym). */
  gate?: string[];
}

// Whole words only: never inside "ICE-D", "service", an e-mail or a web address.
const LEFT = "(?<![\\w&@.’'-])";
const RIGHT = '(?![\\w&@’-]|\\.\\w|-\\w)';

let compiled: Compiled[] | undefined;
function compile(): Compiled[] {
  compiled ??= GLOSSARY.map((entry) => {
    const plural = entry.acronym && !/s\??\)?$/.test(entry.match) ? '(?:s)?' : '';
    const gate = requiredLiterals(entry.match);
    return {
      entry,
      regex: new RegExp(`${LEFT}(?:${entry.match})${plural}${RIGHT}`, entry.acronym ? 'g' : 'gi'),
      gate: entry.acronym ? gate : gate?.map((g) => g.toLowerCase()),
    };
  });
  return compiled;
}

interface Candidate {
  start: number;
  end: number;
  make: () => Proposal | null;
}

function findCandidates(text: string, o: RenderOptions): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number, make: () => Proposal | null) => {
    if (end > start) found.push({ start, end, make });
  };
  for (const rule of PHRASES)
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      add(start, start + m[0].length, () => phraseProposal(rule, m as RegExpExecArray, text, start));
    }
  if (o.generalize)
    for (const m of text.matchAll(FIELD_OFFICE)) {
      const start = m.index ?? 0;
      const office = `${m[1]} regional office`;
      add(start, start + m[0].length, () => ({
        start,
        end: start + m[0].length,
        replacement: office,
        rule: 'confidential:office',
        reason: FIELD_OFFICE_WHY,
      }));
    }
  for (const m of text.matchAll(OFFICE_CITY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // In a sentence the office takes "the" ("worked at the Houston … office"); a location line none.
    const article = o.field === 'prose' && !contextOf(text, start, end).det ? 'the ' : '';
    const named = officeCity(m, o.generalize);
    add(start, end, () => ({
      start,
      end,
      replacement:
        contextOf(text, start, end).atSentenceStart && article ? `The ${named}` : `${article}${named}`,
      rule: o.generalize ? 'confidential:office' : 'phrase:office-city',
      reason: o.generalize ? FIELD_OFFICE_WHY : OFFICE_CITY_WHY,
    }));
  }
  for (const m of text.matchAll(TRAINING_CENTRE)) {
    if (!namesCourse(m)) continue;
    const start = m.index ?? 0;
    add(start, start + m[0].length, () => trainingCentreProposal(m, text, start, o, proposeEdits));
  }
  for (const m of text.matchAll(COURSE_PEOPLE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const course = courseName(m[3] ?? '', o);
    // "FLETC BPA students": the people (their role spelled out), then the training centre.
    if (!course && !(m[2] && !m[1])) continue;
    const make = () =>
      course ? coursePeopleProposal(m, text, start, course, o) : traineesAtCentre(m, text, start, o);
    const object = objectAfterPeople(text, start, end);
    const prose = (s: string) => rebuild(s, proposeEdits(s, { ...o, field: 'prose' }));
    if (object) add(start, end + object.length, () => objectFirst(make(), object, prose));
    else add(start, end, make);
  }
  for (const m of text.matchAll(GRADE_PATTERN)) {
    const start = m.index ?? 0;
    add(start, start + m[0].length, () => gradeProposal(m, text, start, o));
  }
  const lower = text.toLowerCase();
  for (const { entry, regex, gate } of compile()) {
    const hay = entry.acronym ? text : lower;
    if (gate && !gate.some((g) => hay.includes(g))) continue;
    for (const m of text.matchAll(regex)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      add(start, end, () => renderTerm(entry, text, start, end, contextOf(text, start, end), o));
    }
  }
  // Longest first, so "ICE ERO" and "19 CFR" win over "ICE" and "CFR"; then leftmost.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of found) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}

function traineesAtCentre(m: RegExpMatchArray, text: string, start: number, o: RenderOptions): Proposal {
  const people = `${m[3]} ${m[4]}`;
  const named = rebuild(people, proposeEdits(people, { ...o, field: 'prose' }));
  const place = o.generalize
    ? 'a federal law enforcement training center'
    : 'the Federal Law Enforcement Training Centers';
  const lead = contextOf(text, start, start + m[0].length).atSentenceStart ? capitalise(named) : named;
  return {
    start,
    end: start + m[0].length,
    replacement: `${lead.replace(/^(?:an?|the) /i, '')} at ${place}`,
    rule: 'phrase:course-people',
    reason: COURSE_PEOPLE_WHY,
  };
}

/** A training course's full name with its article, or its general wording under the option. */
function courseName(code: string, o: RenderOptions): string | undefined {
  const hit = compile().find(
    ({ entry, regex }) => entry.kind === 'training' && new RegExp(`^(?:${regex.source})$`).test(code),
  )?.entry;
  if (!hit) return undefined;
  if (o.generalize && hit.general) return hit.general;
  const sense = hit.senses.at(-1);
  if (!sense) return undefined;
  const article = sense.grammar.article;
  return article === 'none'
    ? sense.phrase
    : `${article === 'the' ? 'the' : indefiniteArticle(sense.phrase)} ${sense.phrase}`;
}

function phraseProposal(rule: PhraseRule, m: RegExpExecArray, text: string, start: number): Proposal {
  const ctx = contextOf(text, start, start + m[0].length);
  let replacement = rule.make(m, text.slice(start + m[0].length));
  let from = start;
  if (ctx.det && /^an? /.test(replacement)) {
    from = ctx.det.start;
    if (/^[A-Z]/.test(ctx.det.word)) replacement = capitalise(replacement);
  } else if (ctx.det?.word.toLowerCase() === 'the') replacement = replacement.replace(/^an? /, '');
  if (ctx.atSentenceStart && /^[A-Z]/.test(m[0])) replacement = capitalise(replacement);
  return { start: from, end: start + m[0].length, replacement, rule: `phrase:${rule.id}`, reason: rule.why };
}

// A range written out, "GS-9 to GS-13": its first grade, then its last.
const RANGE_START = /^ to (?:GS|GL|GG)[- ]?\d/;
const RANGE_END = /(?:GS|GL|GG)[- ]?(?:\d{4}[- ])?\d{1,2} to $/;
const GRADE_WHY = 'Federal pay grades become the seniority they stand for; federal mode keeps the grade.';

function gradeProposal(m: RegExpMatchArray, text: string, start: number, o: RenderOptions): Proposal | null {
  const grade = parseGrade(m);
  if (!grade) return null;
  const end = start + m[0].length;
  const ctx = contextOf(text, start, end);
  const occupation = seriesRole(grade.series);
  const noun =
    /^ (?:[A-Z][a-z]+|[a-z]+)(?: [A-Z][a-z]+)?/.test(ctx.after) &&
    !/^ (?:in|at|to|and|or|from|with|for|since|until|by|level|grade|position)\b/.test(ctx.after);
  const levelNext = /^ (?:level|grade|positions?)\b/i.test(ctx.after);
  let replacement: string;
  const inParens = ctx.before.endsWith('(') && ctx.after.startsWith(')');
  const titled = inParens && o.mode === 'private' ? titleBeforeGrade(ctx.before) : undefined;
  if (inParens && o.mode === 'private')
    return {
      start,
      end,
      replacement: titled
        ? seniorityPhrase(grade, titled.occupation, titled.supervisory)
        : occupation
          ? seniorityPhrase(grade, occupation)
          : levelNoun(grade),
      rule: 'grade',
      reason: GRADE_WHY,
      fallback: { start, end, replacement: levelNoun(grade) },
    };
  if (o.mode === 'federal') {
    if (!occupation || noun || levelNext) return null;
    replacement = federalSeniority(grade, occupation, inParens);
  } else if (noun || levelNext || RANGE_START.test(ctx.after)) replacement = seniorityAdjective(grade);
  else if (RANGE_END.test(ctx.before) && !/\bfrom\s+\S+\s+to\s+$/i.test(ctx.before))
    // "at GS-9 to GS-13": a span of levels ("at early-career to senior levels").
    replacement = `${seniorityAdjective(grade).replace(/ level$/, '')} levels`;
  else replacement = occupation ? seniorityPhrase(grade, occupation) : levelNoun(grade);
  if (o.field === 'title') replacement = titleCase(replacement);
  let from = start;
  if (ctx.det && ctx.det.word.toLowerCase() !== 'the') {
    const want = indefiniteArticle(replacement);
    from = ctx.det.start;
    replacement = `${/^[A-Z]/.test(ctx.det.word) ? capitalise(want) : want} ${replacement}`;
  } else if (
    !ctx.det &&
    !noun &&
    !levelNext &&
    occupation &&
    o.field === 'prose' &&
    /\bas\s+$/.test(ctx.before)
  )
    replacement = `${indefiniteArticle(replacement)} ${replacement}`;
  if (ctx.atSentenceStart && from === start) replacement = capitalise(replacement);
  return { start: from, end, replacement, rule: 'grade', reason: GRADE_WHY };
}

const shift = (accepted: Edit[], at: number) =>
  accepted.filter((e) => e.end <= at).reduce((n, e) => n + e.replacement.length - (e.end - e.start), 0);

/**
 * Every rewrite for one text, as edits on the original. Each edit passes the self-check against
 * the text without it; a refused edit falls back to the term with a plain gloss, or to nothing.
 */
export function proposeEdits(text: string, o: RenderOptions): Edit[] {
  const accepted: Edit[] = [];
  for (const candidate of findCandidates(text, o)) {
    const made = candidate.make();
    if (!made || text.slice(made.start, made.end) === made.replacement) continue;
    const p = withoutRepeat(text, accepted, made);
    const overlapping = accepted.filter((e) => p.start < e.end && e.start < p.end);
    // A sentence left out (pay in private mode) takes the edits inside it with it.
    const leavesOut = p.replacement === '' && overlapping.every((e) => e.start >= p.start && e.end <= p.end);
    if (overlapping.length > 0 && !leavesOut) continue;
    for (const e of overlapping) accepted.splice(accepted.indexOf(e), 1);
    const before = rebuild(text, accepted);
    const tryEdit = (span: { start: number; end: number; replacement: string }): string[] => {
      const after = rebuild(text, [...accepted, span]);
      const problems = newProblems(before, after);
      const at = span.start + shift(accepted, span.start);
      const left = after[at - 1] ?? ' ';
      const right = after[at + span.replacement.length] ?? ' ';
      if (
        span.replacement &&
        (/[\w-]/.test(left) ||
          /\w/.test(right) ||
          (right === '-' && /\w/.test(after[at + span.replacement.length + 1] ?? '')))
      )
        problems.push('a glued code fragment');
      return problems;
    };
    const problems = tryEdit(p);
    if (problems.length === 0) {
      const { fallback: fb, ...edit } = p;
      const same = fb && fb.start === p.start && fb.end === p.end ? { fallback: fb.replacement } : {};
      accepted.push({ ...edit, ...same, priority: 0, guard: PASSED });
      continue;
    }
    const fb = p.fallback;
    const verdict = `Self-check refused "${p.replacement || '(removed)'}": it would add ${problems.join(', ')}.`;
    if (fb && tryEdit(fb).length === 0) {
      accepted.push({
        ...fb,
        rule: p.rule,
        reason: p.reason,
        priority: 0,
        guard: `${verdict} Kept the term with a plain gloss.`,
      });
    }
  }
  return accepted;
}
