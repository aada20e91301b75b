import { AsyncResource } from 'node:async_hooks';
import { Configuration, Request } from '@crawlee/core';
import type { HttpCrawlingContext } from '@crawlee/http';
import { MemoryStorage } from '@crawlee/memory-storage';
import type { Store } from '../../store/open-store';
import { AbortSourceError, DisallowedByRobotsError } from '../http/errors';
import type { SentRequest } from '../http/guarded-http-client';
import { GuardedHttpClient } from '../http/guarded-http-client';
import { HostRateLimiter } from '../http/host-rate-limiter';
import { RobotsPolicy } from '../http/robots';
import type { FetchSpec } from '../source-adapter';
import { fetchInBrowser } from './fetch-in-browser';
import type { FetchConfig, SourceChannel } from './fetch-plan';
import { userAgentOf } from './fetch-plan';
import { conditionalHeaders, handleResponse, hostOf } from './handle-response';
import { HostScheduler } from './host-scheduler';
import { ReadyQueue } from './ready-queue';
import { createSessionCrawler } from './session-crawler';
import { SourceLedger } from './source-ledger';

const keyOf = (spec: FetchSpec) => spec.uniqueKey ?? `${spec.method ?? 'GET'} ${spec.url}`;

/** A request waiting in its host's queue; a retry carries the Crawlee Request with its count. */
interface Work {
  sourceId: string;
  spec: FetchSpec;
  request?: Request;
}

const workOf = (request: Request) => request.userData as { spec: FetchSpec; sourceId: string };

export interface SessionOptions {
  db: Store;
  config: FetchConfig;
  /** Requests on the wire at once across the whole run (CRAWL_CONCURRENCY). */
  concurrency: number;
  backoffBaseMs?: number;
  maxRetries?: number;
  /** Told of every request (robots.txt and redirect hops included) as it is sent. */
  onRequest?: (sent: SentRequest) => void;
}

/**
 * One crawl run's fetching, shared by all its sources: one Crawlee HttpCrawler with a bounded global
 * concurrency, fed by a host scheduler that keeps one queue, rate limit, robots.txt policy and
 * backoff per host. Sources on different hosts run at once, every source sharing a host (all
 * Greenhouse boards share boards-api.greenhouse.io) shares that host's pace, and a host pausing
 * for Retry-After or backoff holds up nothing else. Pages go to their source's channel as they
 * arrive; nothing is kept.
 */
export class CrawlSession {
  readonly limiter: HostRateLimiter;
  readonly robots: RobotsPolicy;
  private readonly client: GuardedHttpClient;
  private readonly scheduler: HostScheduler<Work>;
  private readonly queue: ReadyQueue;
  private readonly sources = new SourceLedger();
  private readonly browserWork = new Map<string, FetchSpec[]>();
  private wake: () => void = () => undefined;

  constructor(private readonly options: SessionOptions) {
    const config = options.config;
    this.limiter = new HostRateLimiter(config.CRAWL_RATE_LIMIT);
    const userAgent = userAgentOf(config);
    const clientOptions = {
      userAgent,
      allowPrivateHosts: config.ALLOW_PRIVATE_HOSTS,
      maxResponseBytes: config.CRAWL_MAX_RESPONSE_BYTES,
      timeoutMs: config.CRAWL_TIMEOUT_SECONDS * 1000,
      maxRedirects: 5,
      limiter: this.limiter,
      onRequest: options.onRequest,
    };
    // Pages are sent in the slot the scheduler reserved for them; robots.txt takes its own slot.
    this.client = new GuardedHttpClient({ ...clientOptions, firstHopReserved: true });
    const robotsClient = new GuardedHttpClient(clientOptions);
    this.robots = new RobotsPolicy(options.db, userAgent, async (url) => {
      try {
        const res = await robotsClient.sendRequest({ url, method: 'GET', headers: { accept: 'text/plain' } });
        return { status: res.statusCode, body: String(res.body) };
      } catch {
        return null;
      }
    });
    this.scheduler = new HostScheduler<Work>({
      limiter: this.limiter,
      // With a rate limit, two requests to a host may overlap (the next leaves when its slot comes,
      // even if the last answer is still arriving); without one, a host may use every slot.
      perHostMax: config.CRAWL_RATE_LIMIT > 0 ? 2 : options.concurrency * 2,
      // robots.txt (and its Crawl-delay) is read before a host's first page, in a slot of its own.
      prepare: async (host, first) => {
        const decision = await this.robots.check(first.spec.url);
        if (decision.crawlDelaySeconds) this.limiter.setCrawlDelay(host, decision.crawlDelaySeconds);
      },
      release: (items) => this.release(items),
    });
    this.queue = new ReadyQueue({
      idle: () => this.scheduler.idle(),
      onReclaim: (request) => this.retry(request),
      onReady: () => this.wake(),
    });
  }

  /** Registers a source and its first requests. Call before `run`. */
  add(channel: SourceChannel, start: FetchSpec[]): void {
    this.sources.add(channel);
    this.enqueue(channel.id, start);
  }

  /** Queues follow-up requests of a source, each once, within its page budget. */
  enqueue(sourceId: string, specs: FetchSpec[]): void {
    for (const spec of specs) {
      if (!this.sources.admit(sourceId, spec)) continue;
      if (spec.browser) {
        const list = this.browserWork.get(sourceId) ?? [];
        list.push(spec);
        this.browserWork.set(sourceId, list);
      } else this.scheduler.push(hostOf(spec.url), { sourceId, spec });
    }
    this.scheduler.pump();
  }

  /** Stops a source for this run: its queued requests are dropped, its run is cut short. */
  abort(sourceId: string): void {
    if (!this.sources.abort(sourceId)) return;
    const dropped = this.scheduler.drop((work) => work.sourceId === sourceId);
    const browser = this.browserWork.get(sourceId)?.length ?? 0;
    this.browserWork.delete(sourceId);
    this.sources.settle(sourceId, dropped + browser);
  }

  /** Requests whose host slot has come, as Crawlee Requests on the ready queue. */
  private release(items: Work[]): void {
    const requests = items.map(({ sourceId, spec, request }) => {
      this.sources.markStarted(sourceId);
      return (
        request ??
        new Request({
          url: spec.url,
          method: spec.method ?? 'GET',
          headers: { ...spec.headers, ...conditionalHeaders(this.options.db, spec) },
          payload: spec.body,
          uniqueKey: `${sourceId} ${keyOf(spec)}`,
          userData: { spec, sourceId },
        })
      );
    });
    this.queue.push(requests);
  }

  /** Crawlee reclaimed a request for a retry: it waits in its host's queue for the next slot. */
  private retry(request: Request): void {
    const { spec, sourceId } = workOf(request);
    const host = hostOf(spec.url);
    this.scheduler.finished(host);
    if (this.sources.isAborted(sourceId)) {
      this.finish(request, false);
      return;
    }
    this.scheduler.push(host, { sourceId, spec, request }, true);
    this.scheduler.pump();
  }

  /** A request is over (handled or given up): free its host's slot and maybe finish its source. */
  private finish(request: Request, releasesSlot = true): void {
    const { spec, sourceId } = workOf(request);
    if (releasesSlot) this.scheduler.finished(hostOf(spec.url));
    this.sources.settle(sourceId);
    this.scheduler.pump();
  }

  private async beforeRequest(request: Request): Promise<void> {
    const { sourceId } = workOf(request);
    if (this.sources.isAborted(sourceId)) throw new AbortSourceError('source stopped');
    const decision = await this.robots.check(request.url);
    if (!decision.allowed) throw new DisallowedByRobotsError(decision.reason);
  }

  private async onResponse({ request, response, body, contentType }: HttpCrawlingContext): Promise<void> {
    const { spec, sourceId } = workOf(request);
    const channel = this.sources.channel(sourceId);
    if (!channel) return;
    await handleResponse(
      {
        db: this.options.db,
        limiter: this.limiter,
        backoffBaseMs: this.options.backoffBaseMs ?? 1000,
        channel,
        enqueue: (specs) => this.enqueue(sourceId, specs),
        abort: () => this.abort(sourceId),
      },
      request,
      spec,
      { status: response.statusCode ?? 0, headers: response.headers, body, contentType: contentType.type },
    );
    this.finish(request);
  }

  private onFailed(request: Request, error: Error): void {
    const { spec, sourceId } = workOf(request);
    const silent = error instanceof AbortSourceError && error.message === 'source stopped';
    if (!silent) this.sources.channel(sourceId)?.onFailed(spec, error);
    this.finish(request);
  }

  /** Crawls every registered source to the end; resolves when each has reported done. */
  async run(): Promise<void> {
    const crawler = createSessionCrawler({
      queue: this.queue,
      client: this.client,
      storage: new Configuration({
        persistStorage: false,
        storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
      }),
      concurrency: this.options.concurrency,
      maxRetries: this.options.maxRetries ?? 3,
      timeoutSecs: this.options.config.CRAWL_TIMEOUT_SECONDS,
      beforeRequest: (request) => this.beforeRequest(request),
      onResponse: (context) => this.onResponse(context),
      onFailed: (request, error) => this.onFailed(request, error),
    });
    // Bound to this context: a wake-up sent from inside a request handler must not hand the next
    // task that handler's timeout context, which Crawlee would then cancel with it.
    this.wake = AsyncResource.bind(() => void crawler.autoscaledPool?.notify());
    this.scheduler.pump();
    try {
      for (let round = 0; round < 10; round++) {
        if (!this.scheduler.idle()) await crawler.run();
        if (this.browserWork.size === 0) break;
        await this.renderInBrowser();
        this.scheduler.pump();
      }
    } finally {
      this.scheduler.close();
    }
    await this.sources.close();
  }

  /** Pages that need JavaScript, per source, in headless Chromium. */
  private async renderInBrowser(): Promise<void> {
    const work = [...this.browserWork];
    this.browserWork.clear();
    for (const [sourceId, specs] of work) {
      const channel = this.sources.channel(sourceId);
      if (!channel || this.sources.isAborted(sourceId)) continue;
      this.sources.markStarted(sourceId);
      await fetchInBrowser(specs, {
        config: this.options.config,
        limiter: this.limiter,
        robots: this.robots,
        onPage: async (page) => {
          const result = await channel.onPage(page);
          this.enqueue(sourceId, result.enqueue);
        },
        onError: (spec, message) => channel.onFailed(spec, new Error(message)),
      });
      this.sources.settle(sourceId, specs.length);
    }
  }
}
