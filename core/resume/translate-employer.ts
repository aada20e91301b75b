import { EMPLOYERS } from './glossary';

const LEFT = "(?<![\\w&@.’'-])";
const RIGHT = '(?![\\w&@’-]|\\.\\w|-\\w)';
const patterns = EMPLOYERS.map((entry) => ({
  entry,
  regex: new RegExp(`${LEFT}(?:${entry.match})${RIGHT}`, 'g'),
}));

/**
 * The employer line, the first thing a recruiter reads: each agency named once, in full
 * ("U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations"), never
 * "X (X)"; under the confidentiality option, the general wording of the top agency.
 * Returns null when the line is not only agency names (the sentence rules handle the rest).
 */
export function translateEmployer(name: string, generalize: boolean): string | null {
  const found: { start: number; end: number; full: string; general: string }[] = [];
  for (const { entry, regex } of patterns)
    for (const m of name.matchAll(regex))
      if (entry.employer)
        found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ...entry.employer });
  // The longest name wins where two overlap ("DHS Office of Intelligence and Analysis" over "DHS").
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const spans: typeof found = [];
  for (const s of found) if (!spans.some((k) => s.start < k.end && k.start < s.end)) spans.push(s);
  if (spans.length === 0) return null;
  spans.sort((a, b) => a.start - b.start);
  let rest = name;
  for (const s of [...spans].reverse()) rest = rest.slice(0, s.start) + rest.slice(s.end);
  if (!/^[\s,/()–&-]*(?:and)?[\s,/()–&-]*$/.test(rest)) return null;
  if (generalize) return spans[0]?.general ?? null;
  const parts: string[] = [];
  for (const s of spans) {
    for (const piece of s.full.split(', '))
      if (!parts.some((p) => p === piece || p.includes(piece))) parts.push(piece);
  }
  return parts.join(', ');
}
