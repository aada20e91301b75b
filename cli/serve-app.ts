import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createAdminActions } from '../api/admin-actions';
import { dataCipher } from '../api/auth/data-key';
import { createApp } from '../api/create-app';
import { flushLog, flushLogSync, type Logger } from '../api/logger';
import { startServer } from '../api/start-server';
import { warmUpHealth } from '../api/warm-up-health';
import { GrammarPool } from '../api/workers/grammar-pool';
import { defaultSearchWorkers, SearchWorkers } from '../api/workers/search-workers';
import type { Config } from '../core/config';
import { SCORER_VERSION } from '../core/fit/create-scorer';
import { warmUpTranslator } from '../core/resume/warm-up';
import { leadScorer } from '../crawler/pipeline/lead-scorer';
import { CrawlScheduler } from '../crawler/schedule/crawl-scheduler';
import { purgeExpiredIntake } from '../store/intake-repo';
import { scoredByOlderScorer } from '../store/rescore-leads';
import { purgeUnattachedDrafts } from '../store/shared-drafts-repo';
import { purgeExpiredTimeline } from '../store/timeline-repo';
import type { openRuntime } from './open-context';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));

/**
 * Serves the API and the built web app, runs scheduled crawls, and resolves once SIGINT or SIGTERM
 * has stopped everything cleanly.
 */
export async function serveUntilStopped(options: {
  config: Config;
  logger: Logger;
  runtime: ReturnType<typeof openRuntime>;
  host: string;
  port: number;
  secret: (name: string) => string | undefined;
  say: (line: string) => void;
  scheduleCrawls: boolean;
  /** Stops serving when it settles; by default SIGINT or SIGTERM does. */
  until?: Promise<unknown>;
}): Promise<void> {
  const { config, logger, runtime } = options;
  const webRoot = existsSync(`${DEFAULT_WEB_ROOT}/index.html`) ? DEFAULT_WEB_ROOT : undefined;
  if (!webRoot) logger.warn('the web app is not built; serving the API only (run `npm run build`)');
  const scheduler = new CrawlScheduler(
    { db: runtime.db, config, secret: options.secret, scorer: leadScorer(runtime.db), index: runtime.index },
    options.scheduleCrawls ? config.CRAWL_INTERVAL_HOURS : 0,
    logger,
  );
  const admin = createAdminActions({ db: runtime.db, crawler: scheduler, index: runtime.index, logger });
  // The resume self-check runs Harper on two threads, off the event loop (see grammar-pool.ts).
  const grammar = new GrammarPool();
  const app = createApp({
    config,
    db: runtime.db,
    search: runtime.search,
    logger,
    cipher: dataCipher(config, logger),
    admin,
    webRoot,
    grammar,
  });
  // Leads scored by an older scorer are rescored in the background, batch by batch, with progress.
  if (scoredByOlderScorer(runtime.db, SCORER_VERSION)) {
    logger.info('the fit scorer changed: rescoring every lead in the background');
    admin.rescore();
  }
  // Unclaimed intake requests and old timeline entries are deleted after their retention periods: now, and every six hours.
  const purge = () => {
    const purged = purgeExpiredIntake(runtime.db, config.INTAKE_RETENTION_DAYS);
    if (purged > 0) logger.info({ purged }, 'expired intake requests deleted');
    const drafts = purgeUnattachedDrafts(runtime.db);
    if (drafts > 0) logger.info({ drafts }, 'shared resume drafts never attached to a request deleted');
    const entries = purgeExpiredTimeline(runtime.db, config.TIMELINE_RETENTION_DAYS);
    if (entries > 0) logger.info({ entries }, 'expired client timeline entries deleted');
  };
  purge();
  const purgeTimer = setInterval(purge, 6 * 3_600_000);
  purgeTimer.unref();
  // Searches are answered on worker threads, so health, sign-ins and intake never queue behind them.
  const threads = config.SEARCH_WORKERS ?? defaultSearchWorkers(availableParallelism());
  const searchWorkers = threads > 0 ? new SearchWorkers({ size: threads, config, logger }) : undefined;
  await searchWorkers?.ready();
  // The first health checks compile their path now rather than while a load balancer waits.
  await warmUpHealth(app);
  const server = await startServer(app, options.host, options.port, { searchWorkers, logger });
  scheduler.start();
  // The translator's first run compiles its rule paths, and Harper's first checks run on V8's
  // baseline code: both are run now, in the background, so the first seeker's request pays for
  // neither (core/resume/warm-up.ts, core/resume/grammar/grammar-warm-up.ts). One after the other,
  // so that start-up never has more than the two grammar threads busy.
  warmUpTranslator()
    .then(() => grammar.warm())
    .catch((error: unknown) =>
      logger.warn(
        { reason: error instanceof Error ? error.message : String(error) },
        'resume warm-up failed',
      ),
    );
  logger.info(
    { port: server.port, host: options.host, engine: runtime.search.name, searchWorkers: threads },
    'listening',
  );
  // The startup lines before the address: the log may be buffered, the address line is not.
  await flushLog(logger);
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  options.say(`Offramp is running at http://${shown}:${server.port}/ (Ctrl+C stops it)`);

  await (options.until ??
    new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    }));
  logger.info('shutting down');
  // A second signal while stopping ends the process at once, as it would without a handler, but
  // with the buffered log written out first (a signal's default action skips 'exit').
  const now = (signal: NodeJS.Signals) => {
    flushLogSync(logger);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (!options.until) {
    process.once('SIGINT', now);
    process.once('SIGTERM', now);
  }
  clearInterval(purgeTimer);
  await server.close();
  await searchWorkers?.close();
  // The grammar threads may still be warming up, which holds them (and so the process) open;
  // a warm-up not yet begun then starts nothing.
  await grammar.close();
  await scheduler.stop();
  process.off('SIGINT', now);
  process.off('SIGTERM', now);
}
