import { describe, expect, it } from 'vitest';
import { editWindows } from './edit-windows';

const text =
  'Over twelve years of service, reviewed files and queried TECS for every traveler at the port of entry.';
const at = (word: string) => text.indexOf(word);

describe('the words around each edit that the grammar check reads', () => {
  it('keeps five words either side of an edit, in the original and the translation', () => {
    const start = at('TECS');
    expect(
      editWindows(text, [{ start, end: start + 4, replacement: 'a law enforcement records system' }]),
    ).toEqual([
      {
        before: 'service, reviewed files and queried TECS for every traveler at the',
        after:
          'service, reviewed files and queried a law enforcement records system for every traveler at the',
      },
    ]);
  });

  it('merges the windows of nearby edits and keeps distant ones apart', () => {
    const long = `${text} Later, across four busy summers, trained 12 new CBPOs on TECS queries and wrote the guide.`;
    const edits = [
      { start: long.indexOf('TECS'), end: long.indexOf('TECS') + 4, replacement: 'the records system' },
      { start: long.indexOf('port'), end: long.indexOf('port') + 4, replacement: 'border crossing' },
      { start: long.lastIndexOf('TECS'), end: long.lastIndexOf('TECS') + 4, replacement: 'records system' },
    ];
    expect(editWindows(long, edits).map((w) => w.after)).toEqual([
      'service, reviewed files and queried the records system for every traveler at the border crossing of entry. Later, across four',
      'trained 12 new CBPOs on records system queries and wrote the guide.',
    ]);
  });

  it('reads a whole short field, and an edit at the start or the end of it', () => {
    expect(
      editWindows('ICE ERO', [{ start: 0, end: 7, replacement: 'Federal law enforcement agency' }]),
    ).toEqual([{ before: 'ICE ERO', after: 'Federal law enforcement agency' }]);
    expect(editWindows('Received LEAP pay.', [{ start: 0, end: 18, replacement: '' }])).toEqual([
      { before: 'Received LEAP pay.', after: '' },
    ]);
  });
});
