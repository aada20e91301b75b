/**
 * How a crawl's result reads to an admin. A run that found nothing where the run before found jobs
 * is a warning, not a success: the source probably changed its format or blocked the crawler. Such
 * a run never closes leads (the pipeline leaves them open), and the message says so.
 */
export interface RunOutcome {
  tone: 'ok' | 'warning' | 'failed' | 'running';
  text: string;
}

type SourceRun = { sourceId: string; status: string; startedAt: string; found: number };
type Run = { status: string; startedAt: string; sources: SourceRun[] };

/** What this source found in its run before `startedAt`, from the recent runs; null if none is known. */
export function previousFound(runs: readonly Run[], sourceId: string, startedAt: string): number | null {
  const earlier = runs
    .flatMap((r) => r.sources.filter((s) => s.sourceId === sourceId && s.startedAt < startedAt))
    .filter((s) => s.status !== 'running')
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return earlier[0]?.found ?? null;
}

export function sourceRunOutcome(
  run: { status: string; found: number },
  before: number | null,
  statusText: Record<string, string>,
): RunOutcome {
  if (run.status === 'running') return { tone: 'running', text: 'Running' };
  if (run.found === 0 && before !== null && before > 0)
    return {
      tone: 'warning',
      text: `Found 0 jobs (${before.toLocaleString('en-US')} the run before): check the source. No jobs were closed.`,
    };
  if (run.status === 'completed' || run.status === 'empty')
    return { tone: 'ok', text: statusText[run.status] ?? run.status };
  return { tone: 'failed', text: statusText[run.status] ?? run.status };
}

/** The same judgement for a whole run, against the run before it in the list (newest first). */
export function runOutcome(runs: readonly Run[], index: number): RunOutcome {
  const run = runs[index];
  if (!run) return { tone: 'ok', text: '' };
  if (run.status === 'running') return { tone: 'running', text: 'Running' };
  if (run.status === 'failed') return { tone: 'failed', text: 'Failed' };
  const found = run.sources.reduce((n, s) => n + s.found, 0);
  const before = runs.slice(index + 1).find((r) => r.status !== 'running');
  const foundBefore = before?.sources.reduce((n, s) => n + s.found, 0) ?? 0;
  if (found === 0 && foundBefore > 0)
    return {
      tone: 'warning',
      text: `Finished with 0 jobs (${foundBefore.toLocaleString('en-US')} the run before). No jobs were closed.`,
    };
  return { tone: 'ok', text: 'Finished' };
}
