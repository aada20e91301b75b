import type { Logger } from 'pino';
import { readSetting, writeSetting } from '../../store/app-settings';
import { failAbandonedRuns } from '../../store/crawl-runs-repo';
import type { Store } from '../../store/open-store';
import { listSources } from '../../store/sources-repo';
import type { CrawlDeps } from '../pipeline/run-crawl';
import { runCrawl } from '../pipeline/run-crawl';

const SETTING = 'crawl.schedule';
/** setTimeout cannot wait longer than 2^31-1 ms; longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface ScheduleState {
  nextRunAt: string;
}

/**
 * Crawls the stored, enabled sources every `intervalHours`, one run at a time. The next run time is
 * kept in the store, so a restart neither skips a due crawl nor crawls again too soon.
 */
export class CrawlScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly deps: CrawlDeps & { db: Store },
    private readonly intervalHours: number,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  start(): void {
    if (this.intervalHours <= 0) {
      this.logger.info('scheduled crawls are off (CRAWL_INTERVAL_HOURS=0)');
      return;
    }
    const abandoned = failAbandonedRuns(this.deps.db, this.clock().toISOString());
    if (abandoned > 0)
      this.logger.warn({ runs: abandoned }, 'marked crawl runs left by a stopped process as interrupted');
    const state = readSetting<ScheduleState>(this.deps.db, SETTING);
    const next = state ? new Date(state.nextRunAt) : this.clock();
    this.arm(next);
  }

  nextRunAt(): string | undefined {
    return readSetting<ScheduleState>(this.deps.db, SETTING)?.nextRunAt;
  }

  private arm(at: Date): void {
    writeSetting(this.deps.db, SETTING, { nextRunAt: at.toISOString() } satisfies ScheduleState);
    const wait = Math.max(0, at.getTime() - this.clock().getTime());
    this.timer = setTimeout(
      () => (wait > MAX_TIMER_MS ? this.arm(at) : this.fire()),
      Math.min(wait, MAX_TIMER_MS),
    );
    this.timer.unref();
  }

  private fire(): void {
    if (this.stopped || this.running) return;
    this.running = this.runOnce().finally(() => {
      this.running = undefined;
      if (!this.stopped) this.arm(new Date(this.clock().getTime() + this.intervalHours * 3_600_000));
    });
  }

  private async runOnce(): Promise<void> {
    const sources = listSources(this.deps.db, { enabledOnly: true });
    if (sources.length === 0) {
      this.logger.info('no sources to crawl yet');
      return;
    }
    try {
      const run = await runCrawl(this.deps, sources, 'schedule');
      const totals = run.sources.reduce((t, s) => ({ new: t.new + s.new, closed: t.closed + s.closed }), {
        new: 0,
        closed: 0,
      });
      this.logger.info({ runId: run.id, sources: run.sources.length, ...totals }, 'scheduled crawl finished');
    } catch (error) {
      this.logger.error({ err: error }, 'scheduled crawl failed');
    }
  }

  /** Whether a crawl (scheduled or asked for) is running now. */
  isRunning(): boolean {
    return this.running !== undefined;
  }

  /**
   * Crawls the named sources now, paused or not, without moving the schedule. Only one crawl runs
   * at a time: while one is running this returns false and starts nothing.
   */
  runNow(sourceIds: string[]): boolean {
    if (this.stopped || this.running) return false;
    const wanted = new Set(sourceIds);
    const sources = listSources(this.deps.db).filter((s) => wanted.has(s.id));
    if (sources.length === 0) return false;
    this.running = runCrawl(this.deps, sources, 'admin')
      .then((run) =>
        this.logger.info(
          { runId: run.id, sources: run.sources.length },
          'crawl asked for by an admin finished',
        ),
      )
      .catch((error: unknown) => this.logger.error({ err: error }, 'crawl asked for by an admin failed'))
      .finally(() => {
        this.running = undefined;
      });
    return true;
  }

  /** Stops the timer and waits for a crawl in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
