import { describe, expect, it } from 'vitest';
import type { SourceRun } from '../../store/crawl-runs-repo';
import { CrawlBoard } from './crawl-board';

const result = (sourceId: string, over: Partial<SourceRun> = {}): SourceRun => ({
  sourceId,
  status: 'completed',
  startedAt: '2026-12-01T10:00:00.000Z',
  finishedAt: '2026-12-01T10:00:05.000Z',
  fetched: 3,
  unchanged: 0,
  found: 3,
  new: 3,
  updated: 0,
  closed: 0,
  errors: [],
  ...over,
});

describe('the crawl progress board', () => {
  it("shows every source's state: waiting, running with its pages, and done with its outcome", () => {
    const board = new CrawlBoard(7);
    expect(board.status()).toBe('0 of 7 sources done; 7 waiting for their host');
    board.apply({ type: 'source-start', sourceId: 'gh-stripe', index: 0, total: 7 });
    board.apply({ type: 'page', sourceId: 'gh-stripe', url: 'https://x/1', fetched: 1 });
    board.apply({ type: 'source-start', sourceId: 'wd-target', index: 1, total: 7 });
    board.apply({ type: 'page', sourceId: 'wd-target', url: 'https://x/2', fetched: 41 });
    expect(board.status()).toBe(
      '0 of 7 sources done; running: gh-stripe (1 page), wd-target (41 pages); 5 waiting for their host',
    );
    for (const id of ['a', 'b', 'c']) board.apply({ type: 'source-start', sourceId: id, index: 2, total: 7 });
    expect(board.status()).toBe(
      '0 of 7 sources done; running: gh-stripe (1 page), wd-target (41 pages), a (0 pages), b (0 pages) and 1 more; 2 waiting for their host',
    );
    const lines = board.apply({
      type: 'source-done',
      result: result('gh-stripe', {
        status: 'failed',
        fetched: 0,
        new: 0,
        found: 0,
        errors: ['x answered 500'],
      }),
      done: 1,
      total: 7,
    });
    expect(lines).toEqual([
      '[1/7] gh-stripe            failed       fetched 0, new 0, updated 0, unchanged 0, closed 0, 1 error',
      '    x answered 500',
    ]);
    expect(board.status()).toBe(
      '1 of 7 sources done; running: wd-target (41 pages), a (0 pages), b (0 pages), c (0 pages); 2 waiting for their host',
    );
  });

  it('prints the first five errors of a source and says where the rest are', () => {
    const board = new CrawlBoard(1);
    const errors = Array.from({ length: 8 }, (_, i) => `page ${i + 1} answered 404`);
    const lines = board.apply({
      type: 'source-done',
      result: result('big', { status: 'partial', errors }),
      done: 1,
      total: 1,
    });
    expect(lines.slice(1)).toEqual([
      '    page 1 answered 404',
      '    page 2 answered 404',
      '    page 3 answered 404',
      '    page 4 answered 404',
      '    page 5 answered 404',
      '    … and 3 more in the run record',
    ]);
    expect(lines[0]).toContain('partial      fetched 3, new 3, updated 0, unchanged 0, closed 0, 8 errors');
    expect(board.status()).toBe('1 of 1 sources done');
  });
});
