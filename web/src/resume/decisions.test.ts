import { describe, expect, it } from 'vitest';
import type { Change } from '../../../core/resume/change';
import { acceptedIds, applyHandEdits, decide, groupChanges, reconcile } from './decisions';

const change = (path: string, start: number, original: string, replacement: string): Change => ({
  id: `${path}@${start}`,
  path,
  start,
  end: start + original.length,
  original,
  replacement,
  rule: 'system',
  reason: 'why',
});

describe('decisions across edits', () => {
  it('keeps a revert when an edit moves its words, and drops it when the words are gone', () => {
    const before = change('work[0].highlights[0]', 4, 'TECS', 'a law enforcement database');
    const decisions = { [before.id]: decide(before, 'reverted') };
    // The seeker typed "Daily " in front: the same words now start at 10.
    const moved = change('work[0].highlights[0]', 10, 'TECS', 'a law enforcement database');
    expect(reconcile([moved], decisions)).toEqual({ [moved.id]: decide(moved, 'reverted') });
    expect(acceptedIds([moved], reconcile([moved], decisions))).toEqual(new Set());
    const other = change('work[0].highlights[0]', 4, 'EARM', 'a case system');
    expect(reconcile([other], decisions)).toEqual({});
  });

  it('follows a bullet that moved to another place in the same job', () => {
    const before = change('work[1].highlights[2]', 0, 'Apprehended', 'Took into custody');
    const after = change('work[1].highlights[0]', 0, 'Apprehended', 'Took into custody');
    expect(reconcile([after], { [before.id]: decide(before, 'reverted') })[after.id]?.state).toBe('reverted');
  });

  it('applies a hand edit only while the field it was made from is unchanged', () => {
    const original = { work: [{ highlights: ['Ran TECS queries.'] }] };
    const translated = { work: [{ highlights: ['Ran law enforcement database queries.'] }] };
    const edits = {
      'work[0].highlights[0]': { source: 'Ran TECS queries.', text: 'Searched federal records.' },
    };
    expect(applyHandEdits(original, translated, edits).work?.[0]?.highlights).toEqual([
      'Searched federal records.',
    ]);
    const edited = { work: [{ highlights: ['Ran TECS queries daily.'] }] };
    expect(applyHandEdits(edited, translated, edits).work?.[0]?.highlights).toEqual([
      'Ran law enforcement database queries.',
    ]);
  });

  it('groups changes by the term they replace', () => {
    const groups = groupChanges([
      change('work[0].highlights[0]', 4, 'TECS', 'a law enforcement database'),
      change('work[0].highlights[1]', 0, 'TECS', 'a law enforcement database'),
      change('work[1].highlights[0]', 0, 'EARM', 'a case system'),
      change('work[1].highlights[1]', 9, 'tecs', 'a law enforcement database'),
    ]);
    expect(groups.map((g) => `${g.term}, ${g.changes.length}`)).toEqual(['TECS, 3', 'EARM, 1']);
  });
});
