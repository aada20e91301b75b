import type { Config } from '../../core/config';
import type { SourceConfig } from '../../core/source-config';
import type { SourceRun } from '../../store/crawl-runs-repo';
import { finishRun, getRun, startRun, startSourceRun } from '../../store/crawl-runs-repo';
import type { Store } from '../../store/open-store';
import { CrawlSession } from '../fetch/crawl-session';
import type { FetchConfig } from '../fetch/fetch-plan';
import type { SentRequest } from '../http/guarded-http-client';
import type { SourceContext } from '../source-adapter';
import { adapterFor } from '../sources/index';
import { prepareLeads } from './prepare-leads';
import type { PreparePool } from './prepare-pool';
import { sourcePipeline } from './source-pipeline';
import type { Scorer } from './steps';

export type CrawlProgress =
  | { type: 'source-start'; sourceId: string; index: number; total: number }
  | { type: 'page'; sourceId: string; url: string; fetched: number }
  | { type: 'source-done'; result: SourceRun; done: number; total: number };

export interface CrawlDeps {
  db: Store;
  config: FetchConfig & Partial<Pick<Config, 'CRAWL_CONCURRENCY' | 'CRAWL_DETAIL_MAX_AGE_DAYS'>>;
  secret: (name: string) => string | undefined;
  scorer: Scorer;
  /** Where pages are normalised and scored: the process's prepare threads unless given (null: this thread). */
  threads?: PreparePool | null;
  /** index: hands changed lead ids to the search engine. */
  index?: (ids: string[]) => Promise<void> | void;
  onProgress?: (event: CrawlProgress) => void;
  clock?: () => Date;
  backoffBaseMs?: number;
  maxRetries?: number;
  /** Requests on the wire at once across the run; CRAWL_CONCURRENCY unless set here. */
  concurrency?: number;
  /** Told of every request as it is sent, at the time the host's rate limit counts it. */
  onRequest?: (sent: SentRequest) => void;
}

/** Requests one API source may make in a run; the JSON-LD source sets its own with maxPages. */
const API_MAX_PAGES = 50_000;

/**
 * One crawl run over the given sources, all at once: each source's requests go through one shared
 * session (per-host queues, robots.txt, rate limits and backoff), and each page through the
 * source's pipeline as it arrives. A failure of one source never stops the others. Only a
 * complete, healthy run of a source may close its missing leads.
 */
export async function runCrawl(deps: CrawlDeps, sources: SourceConfig[], trigger: string) {
  const clock = deps.clock ?? (() => new Date());
  const runId = startRun(deps.db, trigger, clock().toISOString());
  const session = new CrawlSession({
    db: deps.db,
    config: deps.config,
    concurrency: deps.concurrency ?? deps.config.CRAWL_CONCURRENCY ?? 8,
    backoffBaseMs: deps.backoffBaseMs,
    maxRetries: deps.maxRetries,
    onRequest: deps.onRequest,
  });
  const prepare = prepareLeads(deps.scorer, deps.threads);
  let started = 0;
  let done = 0;
  const total = sources.length;
  for (const source of sources) {
    // Every source is on the run record from the start, so the admin sees what is still to come.
    startSourceRun(deps.db, runId, source.id, clock().toISOString());
    const notify = {
      onStart: () =>
        deps.onProgress?.({ type: 'source-start', sourceId: source.id, index: started++, total }),
      onPage: (url: string, fetched: number) =>
        deps.onProgress?.({ type: 'page', sourceId: source.id, url, fetched }),
      onDone: (result: SourceRun) => deps.onProgress?.({ type: 'source-done', result, done: ++done, total }),
    };
    const pipelineDeps = {
      db: deps.db,
      prepare,
      index: deps.index,
      clock,
      detailMaxAgeDays: deps.config.CRAWL_DETAIL_MAX_AGE_DAYS ?? 7,
      ...notify,
    };
    try {
      const adapter = adapterFor(source);
      const ctx: SourceContext = {
        baseUrl: source.baseUrl ?? adapter.defaultBaseUrl(source as never),
        now: clock(),
        secret: deps.secret,
      };
      const maxPages = source.type === 'jsonld' ? source.maxPages : API_MAX_PAGES;
      session.add(
        sourcePipeline(pipelineDeps, source, runId, ctx, maxPages),
        adapter.start(source as never, ctx),
      );
    } catch (error) {
      // A source that cannot even start (a missing API key) fails alone.
      const channel = sourcePipeline(
        pipelineDeps,
        source,
        runId,
        { baseUrl: '', now: clock(), secret: deps.secret },
        0,
      );
      channel.onFailed({ url: source.baseUrl ?? source.id, label: 'start' }, error as Error);
      await channel.onDone({ truncated: false, aborted: false });
    }
  }
  try {
    await session.run();
    finishRun(deps.db, runId, 'completed', clock().toISOString());
  } catch (error) {
    finishRun(deps.db, runId, 'failed', clock().toISOString());
    throw error;
  }
  const run = getRun(deps.db, runId);
  if (!run) throw new Error('crawl run vanished from the store');
  return run;
}
