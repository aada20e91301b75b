import { describe, expect, it } from 'vitest';
import { previousFound, runOutcome, sourceRunOutcome } from './run-outcome';

const run = (startedAt: string, found: number, status = 'completed') => ({
  status,
  startedAt,
  sources: [{ sourceId: 'acme', status, startedAt, found }],
});

describe('how a crawl run reads on the admin page', () => {
  const runs = [run('2026-12-01T10:00:00Z', 0), run('2026-11-30T10:00:00Z', 8)];

  it('warns when a source found nothing after finding jobs the run before', () => {
    expect(previousFound(runs, 'acme', '2026-12-01T10:00:00Z')).toBe(8);
    expect(sourceRunOutcome({ status: 'completed', found: 0 }, 8, { completed: 'Completed' })).toEqual({
      tone: 'warning',
      text: 'Found 0 jobs (8 the run before): check the source. No jobs were closed.',
    });
    expect(runOutcome(runs, 0)).toEqual({
      tone: 'warning',
      text: 'Finished with 0 jobs (8 the run before). No jobs were closed.',
    });
  });

  it('reads as a plain success when nothing was found before either, or jobs were found', () => {
    expect(sourceRunOutcome({ status: 'empty', found: 0 }, null, { empty: 'Completed, no jobs' })).toEqual({
      tone: 'ok',
      text: 'Completed, no jobs',
    });
    expect(runOutcome(runs, 1)).toEqual({ tone: 'ok', text: 'Finished' });
  });
});
