import type { Logger } from 'pino';
import type { Config } from '../core/config';
import { createScorer, SCORER_VERSION } from '../core/fit/create-scorer';
import { leadScorer } from '../crawler/pipeline/lead-scorer';
import { CrawlScheduler } from '../crawler/schedule/crawl-scheduler';
import { leadIndexer } from '../search/lead-indexer';
import type { SearchEngine } from '../search/search-engine';
import { exclusionRules } from '../store/exclusions-repo';
import type { Store } from '../store/open-store';
import { rescoreLeads } from '../store/rescore-leads';

/** Long jobs an admin can start from the API; they run in the background of this process. */
export interface AdminActions {
  /** Starts a crawl of these sources; false when a crawl is already running. */
  crawlNow(sourceIds: string[]): boolean;
  crawling(): boolean;
  /** Scores every lead again with the rules in force; asked for while one runs, it runs once more after. */
  rescore(): void;
  rescoreProgress(): { running: boolean; done: number; total: number };
}

/** What serving needs from the crawl scheduler: the API does not care how crawls are scheduled. */
export interface CrawlTrigger {
  runNow(sourceIds: string[]): boolean;
  isRunning(): boolean;
}

export function createAdminActions(deps: {
  db: Store;
  crawler: CrawlTrigger;
  index?: (ids: string[]) => Promise<void> | void;
  logger: Logger;
}): AdminActions {
  const progress = { running: false, done: 0, total: 0 };
  let again = false;
  return {
    crawlNow: (ids) => deps.crawler.runNow(ids),
    crawling: () => deps.crawler.isRunning(),
    rescore() {
      if (progress.running) {
        again = true;
        return;
      }
      const start = this.rescore.bind(this);
      Object.assign(progress, { running: true, done: 0, total: 0 });
      rescoreLeads(deps.db, createScorer(exclusionRules(deps.db).rules), {
        index: deps.index,
        onProgress: (done, total) => Object.assign(progress, { done, total }),
        version: SCORER_VERSION,
      })
        .then((result) => deps.logger.info(result, 'rescore finished'))
        .catch((error: unknown) => deps.logger.error({ err: error }, 'rescore failed'))
        .finally(() => {
          progress.running = false;
          if (again) {
            again = false;
            start();
          }
        });
    },
    rescoreProgress: () => ({ ...progress }),
  };
}

/** Admin actions for an app served without a crawl schedule (tests, API-only use). */
export function onDemandAdminActions(deps: {
  db: Store;
  config: Config;
  search: SearchEngine;
  logger: Logger;
}): AdminActions {
  const index = leadIndexer(deps.db, deps.search);
  const crawler = new CrawlScheduler(
    { db: deps.db, config: deps.config, secret: () => undefined, scorer: leadScorer(deps.db), index },
    0,
    deps.logger,
  );
  return createAdminActions({ db: deps.db, crawler, index, logger: deps.logger });
}
