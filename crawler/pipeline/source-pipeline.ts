import type { SourceConfig } from '../../core/source-config';
import type { SourceRun, SourceRunStatus } from '../../store/crawl-runs-repo';
import { finishSourceRun } from '../../store/crawl-runs-repo';
import { closeExpiredLeads, recordMissesAndClose, touchListedLeads } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import type { PageOutcome, SourceChannel } from '../fetch/fetch-plan';
import { RetryableFetchError, SkipPageError, StoreWriteError } from '../http/errors';
import type { FetchedPage, FetchSpec, SourceContext } from '../source-adapter';
import { adapterFor } from '../sources/index';
import type { PrepareLeads } from './prepare-leads';
import { recordDetails, selectDetails } from './select-details';
import { extractStep, upsertStep, validateStep } from './steps';

export interface SourcePipelineDeps {
  db: Store;
  /** normalise → dedupe → score, in the prepare threads or in this one (prepare-leads.ts). */
  prepare: PrepareLeads;
  index?: (ids: string[]) => Promise<void> | void;
  clock: () => Date;
  detailMaxAgeDays: number;
  onStart?: () => void;
  onPage?: (url: string, fetched: number) => void;
  onDone?: (result: SourceRun) => void;
}

/**
 * One source's pipeline inside a run, page by page as the session delivers them:
 * extract → validate → prepare (normalise → dedupe → score, in a prepare thread) → select details →
 * upsert, each page in its own transaction so memory stays flat however large the source. While a
 * page is being prepared the main thread is free to write the page before it, so the two overlap.
 * At the end: the status, and, only for a complete, healthy run, closing the leads it no longer lists.
 */
export function sourcePipeline(
  deps: SourcePipelineDeps,
  source: SourceConfig,
  runId: string,
  ctx: SourceContext,
  maxPages: number,
): SourceChannel {
  const adapter = adapterFor(source);
  const startedAt = deps.clock().toISOString();
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
  const found = new Set<string>();
  const changed = new Set<string>();
  let rateLimited = false;
  let failures = 0;
  /** Pages read to the end (a 304 counts): with none, a source with failures has failed. */
  let read = 0;
  const problems = (list: string[]) => {
    // A run record stays readable: the first 200 problems, then a count.
    for (const p of list) if (result.errors.length < 200) result.errors.push(p);
  };

  const write = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new StoreWriteError(`could not write ${source.id}'s leads: ${(error as Error).message}`);
    }
  };

  const onPage = async (page: FetchedPage): Promise<PageOutcome> => {
    result.fetched++;
    deps.onPage?.(page.url, result.fetched);
    const extracted = extractStep((p) => adapter.extract(p, source as never, ctx), page);
    read++;
    problems((extracted.skipped ?? []).map((s) => `${page.url}: skipped ${s}`));
    const validated = validateStep(page.url, extracted.leads, source.name);
    problems(validated.problems);
    // A failed prepare thread throws here, before anything of the page is written: the page fails
    // as a plain crawl error (retried, then counted), and a run with a failed page closes nothing.
    const { leads, problems: unreadable } = await deps.prepare(validated.raws);
    problems(unreadable);
    const now = deps.clock().toISOString();
    const selection = selectDetails(deps.db, source.id, extracted.next, now, deps.detailMaxAgeDays);
    const upserted = write(() =>
      deps.db.transaction(() => {
        const u = upsertStep(deps.db, { ...source, named: Boolean(source.name) }, leads, [], now, false);
        const seen = touchListedLeads(deps.db, source.id, selection.unchangedKeys, now);
        recordDetails(deps.db, source.id, page.spec, leads, now);
        return { ...u, seen };
      })(),
    );
    for (const item of leads) found.add(item.sourceLeadId);
    for (const id of upserted.changedIds) changed.add(id);
    result.new += upserted.counts.new;
    result.updated += upserted.counts.updated;
    result.unchanged += upserted.counts.unchanged + upserted.seen.length;
    return {
      follow: extracted.next,
      enqueue: selection.fetch,
      leadKeys: leads.map((s) => s.sourceLeadId),
    };
  };

  const onUnchanged = async (
    spec: FetchSpec,
    previous: { follow: FetchSpec[]; leadKeys: string[] } | null,
  ) => {
    result.fetched++;
    read++;
    deps.onPage?.(spec.url, result.fetched);
    const now = deps.clock().toISOString();
    const follow = previous?.follow ?? [];
    const selection = selectDetails(deps.db, source.id, follow, now, deps.detailMaxAgeDays);
    const touched = write(() =>
      deps.db.transaction(() => [
        ...touchListedLeads(deps.db, source.id, previous?.leadKeys ?? [], now),
        ...touchListedLeads(deps.db, source.id, selection.unchangedKeys, now),
      ])(),
    );
    result.unchanged += touched.length;
    return selection.fetch;
  };

  const onDone = async ({ truncated }: { truncated: boolean }) => {
    try {
      result.found = found.size;
      result.status = statusOf({ rateLimited, truncated, failures, read }, result);
      const now = deps.clock().toISOString();
      const closed = write(() =>
        deps.db.transaction(() => [
          ...(result.status === 'completed' ? recordMissesAndClose(deps.db, source.id, startedAt, now) : []),
          ...closeExpiredLeads(deps.db, now),
        ])(),
      );
      if (result.status === 'completed') result.closed = closed.length;
      await deps.index?.([...changed, ...closed]);
    } catch (error) {
      result.status = 'failed';
      result.errors.push((error as Error).message);
    }
    result.finishedAt = deps.clock().toISOString();
    finishSourceRun(deps.db, runId, result);
    deps.onDone?.(result);
  };

  return {
    id: source.id,
    maxPages,
    onStart: () => deps.onStart?.(),
    onPage,
    onUnchanged,
    onFailed: (spec, error) => {
      // A page found by following links (optional) that is missing or disallowed is the site's
      // business, not a failed crawl: it is noted, not counted.
      if (spec.optional && (error instanceof SkipPageError || error instanceof RetryableFetchError)) return;
      failures++;
      // Say which page failed once: fetch errors already name it ("… answered 500").
      problems([error.message.includes(spec.url) ? error.message : `${spec.url}: ${error.message}`]);
    },
    onRateLimited: () => {
      rateLimited = true;
    },
    onDone,
  };
}

/**
 * A run is healthy only when every page was read and nothing pushed back: then it may close leads.
 * Errors, rate limits, a cut-short crawl or zero results never close anything.
 */
function statusOf(
  state: { rateLimited: boolean; truncated: boolean; failures: number; read: number },
  result: SourceRun,
): SourceRunStatus {
  if (state.rateLimited) return 'rate_limited';
  if (state.read === 0 && state.failures > 0) return 'failed';
  if (result.errors.length > 0 || state.truncated) return 'partial';
  if (result.found === 0 && result.unchanged === 0) return 'empty';
  return 'completed';
}
