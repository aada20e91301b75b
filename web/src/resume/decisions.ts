import type { Change } from '../../../core/resume/change';
import type { Decision, OfframpState, Resume } from '../../../core/resume/resume-schema';

export type Decisions = Record<string, Decision>;
export type HandEdits = NonNullable<OfframpState['handEdits']>;

/** The entry a change path belongs to (`work[1].highlights[2]` → `work[1]`). */
const entryOf = (path: string) => /^[a-z]+(?:\[\d+\])?/.exec(path)?.[0] ?? path;

/**
 * The seeker's decisions carried over to a new set of changes (after an edit, an import, a tailor or
 * a re-translation). A decision follows its change by id while the original words are the same;
 * otherwise it finds the change with the same original and replacement in the same field, then in
 * the same entry, then anywhere. A decision whose original words are gone is dropped.
 */
export function reconcile(changes: Change[], decisions: Decisions): Decisions {
  const out: Decisions = {};
  const unused = new Map(Object.entries(decisions));
  const take = (change: Change, match: (d: Decision, id: string) => boolean) => {
    for (const [id, d] of unused)
      if (d.original === change.original && d.replacement === change.replacement && match(d, id)) {
        unused.delete(id);
        out[change.id] = { ...d, path: change.path };
        return true;
      }
    return false;
  };
  const pending = changes.filter((c) => !take(c, (_, id) => id === c.id));
  const stillPending = pending.filter((c) => !take(c, (d) => d.path === c.path));
  const lastPending = stillPending.filter((c) => !take(c, (d) => entryOf(d.path) === entryOf(c.path)));
  for (const c of lastPending) take(c, () => true);
  return out;
}

/** The ids of the changes to apply: every change the seeker has not reverted. */
export function acceptedIds(changes: Change[], decisions: Decisions): Set<string> {
  return new Set(changes.filter((c) => decisions[c.id]?.state !== 'reverted').map((c) => c.id));
}

/** A decision for one change. */
export const decide = (change: Change, state: Decision['state']): Decision => ({
  state,
  path: change.path,
  original: change.original,
  replacement: change.replacement,
});

const keys = (path: string) => path.split(/\.|\[|\]/).filter(Boolean);

export function getAt(obj: unknown, path: string): unknown {
  return keys(path).reduce<unknown>(
    (o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]),
    obj,
  );
}

function setAt(obj: unknown, path: string, value: unknown): void {
  const all = keys(path);
  const last = all.pop();
  const parent = all.reduce<unknown>(
    (o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]),
    obj,
  );
  if (parent && typeof parent === 'object' && last !== undefined)
    (parent as Record<string, unknown>)[last] = value;
}

/**
 * The seeker's own wording of a field replaces the translated text, for as long as the field they
 * started from (`source`) is unchanged in the draft.
 */
export function applyHandEdits(original: Resume, translated: Resume, edits: HandEdits): Resume {
  const out = structuredClone(translated);
  for (const [path, edit] of Object.entries(edits))
    if (getAt(original, path) === edit.source) setAt(out, path, edit.text);
  return out;
}

/** Hand edits whose source field still reads the same; the rest are stale and dropped. */
export function liveHandEdits(original: Resume, edits: HandEdits): HandEdits {
  return Object.fromEntries(Object.entries(edits).filter(([path, e]) => getAt(original, path) === e.source));
}

export interface ChangeGroup {
  term: string;
  replacement: string;
  reason: string;
  changes: Change[];
}

/** Changes grouped by the words they replace ("TECS, 3 places"), in order of first appearance. */
export function groupChanges(changes: Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const c of changes) {
    const key = `${c.original.trim().toLowerCase()}→${c.replacement.trim().toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.changes.push(c);
    else
      groups.set(key, {
        term: c.original.trim() || '(added text)',
        replacement: c.replacement,
        reason: c.reason,
        changes: [c],
      });
  }
  return [...groups.values()];
}
