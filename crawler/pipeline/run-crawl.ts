import type { Config } from '../../core/config';
import type { SourceConfig } from '../../core/source-config';
import type { SourceRun, SourceRunStatus } from '../../store/crawl-runs-repo';
import { finishRun, finishSourceRun, getRun, startRun, startSourceRun } from '../../store/crawl-runs-repo';
import { recordMissesAndClose } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import type { FetchOptions } from '../fetch/fetch-plan';
import { fetchSource } from '../fetch/fetch-source';
import type { SourceContext } from '../source-adapter';
import { adapterFor } from '../sources/index';
import type { Scorer } from './steps';
import { dedupeStep, extractStep, normaliseStep, scoreStep, upsertStep } from './steps';

export type CrawlProgress =
  | { type: 'source-start'; sourceId: string; index: number; total: number }
  | { type: 'page'; sourceId: string; url: string; fetched: number }
  | { type: 'source-done'; result: SourceRun };

export interface CrawlDeps {
  db: Store;
  config: FetchOptions['config'] & Pick<Config, 'CRAWL_RATE_LIMIT'>;
  secret: (name: string) => string | undefined;
  scorer: Scorer;
  /** index: hands changed lead ids to the search engine. */
  index?: (ids: string[]) => Promise<void> | void;
  onProgress?: (event: CrawlProgress) => void;
  clock?: () => Date;
  backoffBaseMs?: number;
  maxRetries?: number;
  /** Parallel requests per source; a polite default, raised for loopback benchmarks. */
  concurrency?: number;
}

/** Requests one API source may make in a run; the JSON-LD source sets its own with maxPages. */
const API_MAX_PAGES = 5000;

/**
 * One crawl run over the given sources, as named steps: fetch → extract → normalise → dedupe →
 * score → upsert → index. Only a complete, healthy run of a source may close its missing leads.
 */
export async function runCrawl(deps: CrawlDeps, sources: SourceConfig[], trigger: string) {
  const clock = deps.clock ?? (() => new Date());
  const runId = startRun(deps.db, trigger, clock().toISOString());
  let index = 0;
  for (const source of sources) {
    deps.onProgress?.({ type: 'source-start', sourceId: source.id, index: index++, total: sources.length });
    const result = await crawlOneSource(deps, source, runId, clock);
    finishSourceRun(deps.db, runId, result);
    deps.onProgress?.({ type: 'source-done', result: { ...result, startedAt: result.startedAt } });
  }
  finishRun(deps.db, runId, 'completed', clock().toISOString());
  const run = getRun(deps.db, runId);
  if (!run) throw new Error('crawl run vanished from the store');
  return run;
}

async function crawlOneSource(
  deps: CrawlDeps,
  source: SourceConfig,
  runId: string,
  clock: () => Date,
): Promise<SourceRun> {
  const startedAt = clock().toISOString();
  startSourceRun(deps.db, runId, source.id, startedAt);
  const result: SourceRun = {
    sourceId: source.id,
    status: 'running',
    startedAt,
    finishedAt: null,
    fetched: 0,
    unchanged: 0,
    found: 0,
    new: 0,
    updated: 0,
    closed: 0,
    errors: [],
  };
  try {
    const adapter = adapterFor(source);
    const ctx: SourceContext = {
      baseUrl: source.baseUrl ?? adapter.defaultBaseUrl(source as never),
      now: clock(),
      secret: deps.secret,
    };
    const report = await fetchSource({
      db: deps.db,
      config: deps.config,
      start: adapter.start(source as never, ctx),
      extract: (page) => adapter.extract(page, source as never, ctx),
      maxPages: source.type === 'jsonld' ? source.maxPages : API_MAX_PAGES,
      backoffBaseMs: deps.backoffBaseMs,
      maxRetries: deps.maxRetries,
      concurrency: deps.concurrency,
      onPage: (url) =>
        deps.onProgress?.({ type: 'page', sourceId: source.id, url, fetched: ++result.fetched }),
    });
    const extracted = extractStep(report);
    const normalised = normaliseStep(extracted.raws);
    const deduped = dedupeStep(normalised.leads);
    const scored = scoreStep(deduped, deps.scorer);
    const now = clock().toISOString();
    const upserted = upsertStep(deps.db, source, scored, report.unchangedPages, now);

    result.fetched = report.fetched;
    result.found = deduped.length;
    result.new = upserted.counts.new;
    result.updated = upserted.counts.updated;
    result.unchanged = upserted.counts.unchanged + upserted.unchangedFromPages;
    result.errors = [...report.errors, ...extracted.problems, ...normalised.problems];
    result.status = statusOf(report, result);
    if (result.status === 'completed') {
      result.closed = recordMissesAndClose(deps.db, source.id, startedAt, now).length;
    }
    await deps.index?.([...upserted.changedIds, ...upserted.expiredIds]);
  } catch (error) {
    result.status = 'failed';
    result.errors.push((error as Error).message);
  }
  result.finishedAt = clock().toISOString();
  return result;
}

/**
 * A run is healthy only when every page was read and nothing pushed back: then it may close leads.
 * Errors, rate limits, a cut-short crawl or zero results never close anything.
 */
function statusOf(report: Awaited<ReturnType<typeof fetchSource>>, result: SourceRun): SourceRunStatus {
  if (report.rateLimited) return 'rate_limited';
  if (report.fetched === 0 && report.errors.length > 0) return 'failed';
  if (result.errors.length > 0 || report.truncated) return 'partial';
  if (result.found === 0 && result.unchanged === 0) return 'empty';
  return 'completed';
}
