import type { CrawlProgress } from '../../crawler/pipeline/run-crawl';

/**
 * Every source's state during a crawl, for the CLI: waiting for its host, running (with the pages
 * it has read), or done with its outcome. Sources run at once, so the live line counts each state
 * and names the running ones; each source prints one permanent line when it finishes.
 */
export class CrawlBoard {
  private readonly running = new Map<string, number>();
  private finished = 0;

  constructor(private readonly total: number) {}

  /** Takes one progress event; returns the permanent lines to print for it, if any. */
  apply(event: CrawlProgress): string[] {
    if (event.type === 'source-start') this.running.set(event.sourceId, 0);
    if (event.type === 'page') this.running.set(event.sourceId, event.fetched);
    if (event.type !== 'source-done') return [];
    const r = event.result;
    this.running.delete(r.sourceId);
    this.finished = event.done;
    const errors = r.errors.length ? `, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}` : '';
    return [
      `[${event.done}/${event.total}] ${r.sourceId.padEnd(20)} ${r.status.padEnd(12)} fetched ${r.fetched}, new ${r.new}, updated ${r.updated}, unchanged ${r.unchanged}, closed ${r.closed}${errors}`,
      ...r.errors.slice(0, 5).map((e) => `    ${e}`),
      ...(r.errors.length > 5 ? [`    … and ${r.errors.length - 5} more in the run record`] : []),
    ];
  }

  /** The live line: how many sources are done, which are running and how far, and how many wait. */
  status(): string {
    const now = [...this.running].map(([id, pages]) => `${id} (${pages} page${pages === 1 ? '' : 's'})`);
    const shown = now.slice(0, 4).join(', ') + (now.length > 4 ? ` and ${now.length - 4} more` : '');
    const waiting = this.total - this.finished - this.running.size;
    return [
      `${this.finished} of ${this.total} sources done`,
      now.length ? `running: ${shown}` : null,
      waiting > 0 ? `${waiting} waiting for their host` : null,
    ]
      .filter(Boolean)
      .join('; ');
  }
}
