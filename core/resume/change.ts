import { z } from 'zod';

/** One explained edit: where it is, what was there, what replaces it, which rule, and why. */
export const changeSchema = z.object({
  id: z.string(),
  path: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  original: z.string(),
  replacement: z.string(),
  rule: z.string(),
  reason: z.string(),
  /** The self-check's verdict on this change (passed, or refused with the fallback used). */
  guard: z.string().optional(),
  /** The term with a plain gloss, used if a later check refuses this change. */
  fallback: z.string().optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** A candidate edit on one text field, before overlaps are resolved. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  rule: string;
  reason: string;
  priority: number;
  guard?: string;
  fallback?: string;
}

/**
 * Applies non-overlapping edits to a text: higher priority first, then earlier, then longer.
 * Every edit is recorded against the original text, so any subset can be re-applied later.
 */
export function applyEdits(text: string, edits: Edit[], path: string): { text: string; changes: Change[] } {
  const chosen: Edit[] = [];
  const sorted = [...edits].sort((a, b) => b.priority - a.priority || a.start - b.start || b.end - a.end);
  for (const edit of sorted) {
    // An edit that changes nothing still claims its span, so no lesser rule rewrites the words.
    if (chosen.some((c) => edit.start < c.end && c.start < edit.end)) continue;
    chosen.push(edit);
  }
  chosen.sort((a, b) => a.start - b.start);
  const changes = chosen
    .filter((e) => text.slice(e.start, e.end) !== e.replacement)
    .map((e) => ({
      id: `${path}@${e.start}`,
      path,
      start: e.start,
      end: e.end,
      original: text.slice(e.start, e.end),
      replacement: e.replacement,
      rule: e.rule,
      reason: e.reason,
      ...(e.guard ? { guard: e.guard } : {}),
      ...(e.fallback !== undefined ? { fallback: e.fallback } : {}),
    }));
  return { text: rebuild(text, changes), changes };
}

/** The text with the given changes applied (changes are positions in the original text). */
export function rebuild(original: string, changes: Pick<Change, 'start' | 'end' | 'replacement'>[]): string {
  let out = '';
  let at = 0;
  for (const c of [...changes].sort((a, b) => a.start - b.start)) {
    out += original.slice(at, c.start) + c.replacement;
    at = c.end;
  }
  return out + original.slice(at);
}
