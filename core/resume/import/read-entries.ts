import type { WorkItem } from '../resume-schema';
import { applyFields, readFields, takeInlineGrade } from './federal-fields';
import type { Line } from './line';
import type { ImportNote } from './notes';
import { endsSentence, findDateRange, LOCATION, parseLocation, startsLower, wordCount } from './patterns';
import { pieces } from './read-basics';
import { endsInTitle, orgWords, titleWords } from './role-words';

type Kind = 'head' | 'meta' | 'label' | 'trailer' | 'bullet' | 'prose';

const STREET = /^\d+\s+\S+/;
const FEDERAL_NOTE = /\s*\(This is a federal position\.?\)/i;
/** A sentence rather than a header line: long, or ending like one, with no dates or column gaps. */
const isProse = (l: Line) => {
  if (l.text.includes('\t') || findDateRange(l.text)) return false;
  const words = wordCount(l.text);
  return words >= 13 || (words >= 5 && /[.!?]["')]?$/.test(l.text.trim()));
};

function kindOf(line: Line): Kind {
  if (line.bullet) return 'bullet';
  const fields = readFields(line.text);
  if (fields) {
    if (fields.some((f) => f.key === 'duties')) return 'label';
    if (fields.every((f) => f.key === 'supervisor')) return 'trailer';
    return 'meta';
  }
  if (/^(?:okay|ok|may we) to contact\b/i.test(line.text)) return 'trailer';
  if (isProse(line)) return 'prose';
  if (/:$/.test(line.text.trim())) return 'label';
  return 'head';
}

/** Joins a line that continues the sentence of the line above (a wrap in a PDF or pasted text). */
export function mergeWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (
      prev &&
      !line.bullet &&
      line.gapBefore < 0.5 &&
      (prev.bullet || isProse(prev)) &&
      !endsSentence(prev.text) &&
      (startsLower(line.text) || prev.full) &&
      !readFields(line.text) &&
      !line.text.includes('\t') &&
      !(line.bold && !prev.bold)
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}`, full: line.full };
    } else out.push({ ...line });
  }
  return out;
}

/** Whether a run of header-like lines starting at `i` opens a new entry (dates, grade fields, roles). */
function opensEntry(lines: Line[], kinds: Kind[], i: number): boolean {
  for (let k = i; k < Math.min(lines.length, i + 4); k++) {
    const kind = kinds[k];
    const line = lines[k];
    if (!line || (kind !== 'head' && kind !== 'meta')) break;
    if (kind === 'meta' || findDateRange(line.text) || /\b(?:GS|GL|WG)-\d/.test(line.text)) return true;
  }
  const line = lines[i];
  return line !== undefined && (titleWords(line.text) > 0 || orgWords(line.text) >= 1) && line.bold;
}

interface Draft {
  head: Line[];
  body: { text: string; kind: Kind }[];
  fieldLines: Line[];
}

/** Splits a section's lines into entries: each starts with header lines, then bullets or prose. */
export function splitEntries(lines: Line[]): Draft[] {
  // USAJOBS follows a federal title with "(This is a federal position.)": not a sentence of duties.
  const merged = mergeWrapped(lines).map((l) => ({ ...l, text: l.text.replace(FEDERAL_NOTE, '').trim() }));
  const kinds = merged.map(kindOf);
  const drafts: Draft[] = [];
  let phase: 'head' | 'body' = 'head';
  merged.forEach((line, i) => {
    const kind = kinds[i] ?? 'head';
    let current = drafts.at(-1);
    if (
      (kind === 'head' || kind === 'meta') &&
      (!current || (phase === 'body' && opensEntry(merged, kinds, i)))
    ) {
      current = { head: [], body: [], fieldLines: [] };
      drafts.push(current);
      phase = 'head';
    }
    if (!current) {
      current = { head: [], body: [], fieldLines: [] };
      drafts.push(current);
    }
    if (kind === 'meta') current.fieldLines.push(line);
    else if (kind === 'label' || kind === 'trailer') {
      const fields = readFields(line.text);
      if (fields) current.fieldLines.push(line);
      phase = 'body';
    } else if (kind === 'head' && phase === 'head') current.head.push(line);
    else {
      current.body.push({ text: line.text, kind: kind === 'head' ? 'prose' : kind });
      phase = 'body';
    }
  });
  return drafts;
}

/** "CBP Officer, U.S. Customs and Border Protection": a comma between a role and an organisation. */
function roleAndOrg(piece: string): string[] {
  const [a, ...b] = piece.split(/,\s+/);
  const rest = b.join(', ');
  // A title may carry its agency's words ("Federal Protective Service Inspector"): its last word decides.
  const title = a && titleWords(a) > 0 && (titleWords(a) >= orgWords(a) || endsInTitle(a));
  if (a && rest && title && orgWords(rest) > titleWords(rest)) return [a, rest];
  return [piece];
}

/** The pieces of a header line: split at column gaps and separators, a trailing place set apart. */
function headPieces(text: string): string[] {
  const out: string[] = [];
  for (const piece of pieces(text)) {
    const place = /^(.*?),\s*([A-Z][A-Za-z.' -]+,\s*[A-Z]{2}\b.*)$/.exec(piece);
    // "Title, Employer, City, ST" on one line: the place is the last "City, ST".
    const tail = /^(.*?),\s*([A-Z][A-Za-z.' -]+,\s*[A-Z]{2})[,\s]*$/.exec(piece);
    if (place?.[1] && place[2] && LOCATION.test(place[2])) out.push(...roleAndOrg(place[1]), place[2]);
    else if (tail?.[1] && tail[2] && LOCATION.test(tail[2])) out.push(...roleAndOrg(tail[1]), tail[2]);
    else if (/\s+at\s+/.test(piece) && titleWords(piece.split(/\s+at\s+/)[0] ?? '') > 0)
      out.push(...piece.split(/\s+at\s+/, 2));
    else out.push(...roleAndOrg(piece));
  }
  return out.filter(Boolean);
}

/** One entry's fields from its header lines, by scored features; unsure choices become notes. */
export function readEntry(draft: Draft, path: string, notes: ImportNote[], federalFirst: boolean): WorkItem {
  const job: WorkItem = {};
  const federal: NonNullable<WorkItem['x-federal']> = {};
  const payPlan: { value?: string } = {};
  const labelled = applyFields(
    draft.fieldLines.flatMap((l) => readFields(l.text) ?? []),
    federal,
    payPlan,
  );
  const candidates: string[] = [];
  for (const line of draft.head) {
    let text = line.text;
    const range = findDateRange(text);
    if (range && !job.startDate) {
      job.startDate = range.start;
      if (range.end) job.endDate = range.end;
      text = range.rest;
    }
    for (const piece of headPieces(text)) {
      const place = parseLocation(piece);
      if (place) job.location ??= `${place.city}, ${place.region}`;
      else if (/^remote$/i.test(piece)) job.location ??= 'Remote';
      else if (!STREET.test(piece)) candidates.push(takeInlineGrade(piece, federal));
    }
  }
  const scored = candidates
    .filter(Boolean)
    .map((text, order) => ({ text, title: titleWords(text), org: orgWords(text), order }));
  let title = labelled.title;
  let org = labelled.org;
  if (!title || !org) {
    const pool = scored.filter((s) => s.text !== title && s.text !== org);
    const byTitle = [...pool].sort(
      (a, b) => b.title - b.org - (a.title - a.org) || (federalFirst ? b.order - a.order : a.order - b.order),
    );
    const t = title ? undefined : byTitle[0];
    if (t) title = t.text;
    const o = org
      ? undefined
      : [...pool]
          .filter((s) => s !== t)
          .sort((a, b) => b.org - b.title - (a.org - a.title) || a.order - b.order)[0];
    if (o) org = o.text;
    if (t && t.title === 0 && (!o || o.org === 0))
      notes.push({
        path: `${path}.position`,
        message: `Check the title and employer: "${t.text}" was a guess.`,
      });
  }
  if (title) job.position = title;
  if (org) job.name = org;
  if (!job.startDate)
    notes.push({ path: `${path}.startDate`, message: 'No dates were found for this entry.' });

  const bullets = draft.body.filter((b) => b.kind === 'bullet');
  const firstBullet = draft.body.findIndex((b) => b.kind === 'bullet');
  const lead = bullets.length > 0 ? draft.body.slice(0, firstBullet) : [];
  const highlights = (bullets.length > 0 ? draft.body.slice(firstBullet) : draft.body).map((b) => b.text);
  if (labelled.duties) highlights.unshift(labelled.duties);
  if (lead.length > 0) job.summary = lead.map((b) => b.text).join(' ');
  if (highlights.length > 0) job.highlights = highlights;
  if (Object.keys(federal).length > 0) job['x-federal'] = federal;
  return job;
}

/** A work (or volunteer, or project) section as JSON Resume entries. */
export function readEntries(lines: Line[], section: string, notes: ImportNote[]): WorkItem[] {
  const drafts = splitEntries(lines);
  const federalFirst = drafts.some((d) => d.fieldLines.length > 0);
  return drafts
    .map((d, i) => readEntry(d, `${section}[${i}]`, notes, federalFirst))
    .filter((j) => j.position || j.name || j.highlights?.length);
}
