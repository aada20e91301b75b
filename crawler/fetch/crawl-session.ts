import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Request } from '@crawlee/core';
import { Configuration, log, RequestQueue } from '@crawlee/core';
import { MemoryStorage } from '@crawlee/memory-storage';
import type { Store } from '../../store/open-store';
import { AbortSourceError, DisallowedByRobotsError } from '../http/errors';
import { GuardedHttpClient } from '../http/guarded-http-client';
import { HostRateLimiter } from '../http/host-rate-limiter';
import { RobotsPolicy } from '../http/robots';
import type { FetchSpec } from '../source-adapter';
import { fetchInBrowser } from './fetch-in-browser';
import type { FetchConfig, SourceChannel } from './fetch-plan';
import { userAgentOf } from './fetch-plan';
import { conditionalHeaders, handleResponse, hostOf } from './handle-response';
import { PoliteHttpCrawler } from './polite-http-crawler';

log.setLevel(log.LEVELS.OFF);
// Crawlee's in-memory storage checks every request it stores with shapeshift, whose union checks
// build an error with a stack trace for each branch they rule out: a third of the queue's CPU time.
// Our requests are built from specs the source adapters made and zod checked, so the second check
// is switched off (it only affects shapeshift, which nothing else here uses). The CommonJS build is
// the one Crawlee loads, and each build keeps its own switch.
(
  createRequire(import.meta.url)('@sapphire/shapeshift') as { setGlobalValidationEnabled(on: boolean): void }
).setGlobalValidationEnabled(false);

const keyOf = (spec: FetchSpec) => spec.uniqueKey ?? `${spec.method ?? 'GET'} ${spec.url}`;

interface SourceState {
  channel: SourceChannel;
  seen: Set<string>;
  /** Requests queued, on the wire or waiting for the browser: the source is done at zero. */
  pending: number;
  started: boolean;
  truncated: boolean;
  aborted: boolean;
  done: boolean;
}

interface HostQueue {
  waiting: { sourceId: string; spec: FetchSpec }[];
  inFlight: number;
}

export interface SessionOptions {
  db: Store;
  config: FetchConfig;
  /** Requests on the wire at once across the whole run (CRAWL_CONCURRENCY). */
  concurrency: number;
  backoffBaseMs?: number;
  maxRetries?: number;
}

/**
 * One crawl run's fetching, shared by all its sources: one Crawlee HttpCrawler with a bounded global
 * concurrency, one queue per host in front of it, and one rate limiter, robots.txt policy and backoff
 * per host. A request is released to the crawler only when its host's next slot is free, so sources
 * on different hosts run at once while every source sharing a host (all Greenhouse boards share
 * boards-api.greenhouse.io) shares that host's pace, and a host pausing for Retry-After or backoff
 * holds up nothing else. Pages go to their source's channel as they arrive; nothing is kept.
 */
export class CrawlSession {
  readonly limiter: HostRateLimiter;
  readonly robots: RobotsPolicy;
  private readonly client: GuardedHttpClient;
  private readonly sources = new Map<string, SourceState>();
  private readonly hosts = new Map<string, HostQueue>();
  private readonly browserWork = new Map<string, FetchSpec[]>();
  private readonly finishing: Promise<void>[] = [];
  private readonly perHostMax: number;
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private adding: Promise<unknown> = Promise.resolve();
  private queue!: RequestQueue;

  constructor(private readonly options: SessionOptions) {
    const config = options.config;
    this.limiter = new HostRateLimiter(config.CRAWL_RATE_LIMIT);
    const userAgent = userAgentOf(config);
    this.client = new GuardedHttpClient({
      userAgent,
      allowPrivateHosts: config.ALLOW_PRIVATE_HOSTS,
      maxResponseBytes: config.CRAWL_MAX_RESPONSE_BYTES,
      timeoutMs: config.CRAWL_TIMEOUT_SECONDS * 1000,
      maxRedirects: 5,
      limiter: this.limiter,
    });
    this.robots = new RobotsPolicy(options.db, userAgent, async (url) => {
      try {
        const res = await this.client.sendRequest({ url, method: 'GET', headers: { accept: 'text/plain' } });
        return { status: res.statusCode, body: String(res.body) };
      } catch {
        return null;
      }
    });
    // With a rate limit, one request per host at a time: the next is released when the host's
    // next slot comes. Without one, a host may use every slot.
    this.perHostMax = config.CRAWL_RATE_LIMIT > 0 ? 1 : options.concurrency * 2;
  }

  /** Registers a source and its first requests. Call before `run`. */
  add(channel: SourceChannel, start: FetchSpec[]): void {
    this.sources.set(channel.id, {
      channel,
      seen: new Set(),
      pending: 0,
      started: false,
      truncated: false,
      aborted: false,
      done: false,
    });
    this.enqueue(channel.id, start);
  }

  /** Queues follow-up requests of a source, each once, within its page budget. */
  enqueue(sourceId: string, specs: FetchSpec[]): void {
    const source = this.sources.get(sourceId);
    if (!source || source.aborted) return;
    for (const spec of specs) {
      const key = keyOf(spec) + (spec.browser ? ' browser' : '');
      if (source.seen.has(key)) continue;
      if (source.seen.size >= source.channel.maxPages) {
        source.truncated = true;
        continue;
      }
      source.seen.add(key);
      source.pending++;
      if (spec.browser) {
        const list = this.browserWork.get(sourceId) ?? [];
        list.push(spec);
        this.browserWork.set(sourceId, list);
        continue;
      }
      const host = hostOf(spec.url);
      let queue = this.hosts.get(host);
      if (!queue) {
        queue = { waiting: [], inFlight: 0 };
        this.hosts.set(host, queue);
      }
      queue.waiting.push({ sourceId, spec });
    }
  }

  /** Stops a source for this run: its queued requests are dropped, its run is cut short. */
  abort(sourceId: string): void {
    const source = this.sources.get(sourceId);
    if (!source || source.aborted) return;
    source.aborted = true;
    for (const queue of this.hosts.values()) {
      const before = queue.waiting.length;
      queue.waiting = queue.waiting.filter((w) => w.sourceId !== sourceId);
      source.pending -= before - queue.waiting.length;
    }
    source.pending -= this.browserWork.get(sourceId)?.length ?? 0;
    this.browserWork.delete(sourceId);
    this.settle(sourceId);
  }

  /**
   * Releases every request whose host has a free slot, and sets one timer for the soonest host
   * still waiting. Called whenever work arrives or a request finishes.
   */
  private pump(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    let soonest = Number.POSITIVE_INFINITY;
    const released: { sourceId: string; spec: FetchSpec }[] = [];
    for (const [host, queue] of this.hosts) {
      while (queue.waiting.length > 0 && queue.inFlight < this.perHostMax) {
        const wait = this.limiter.readyIn(host);
        if (wait > 0) {
          soonest = Math.min(soonest, wait);
          break;
        }
        const item = queue.waiting.shift() as { sourceId: string; spec: FetchSpec };
        queue.inFlight++;
        this.inFlight++;
        released.push(item);
      }
    }
    if (released.length > 0) {
      for (const { sourceId } of released) this.markStarted(sourceId);
      const requests = released.map(({ sourceId, spec }) => ({
        url: spec.url,
        method: spec.method ?? 'GET',
        headers: { ...spec.headers, ...conditionalHeaders(this.options.db, spec) },
        payload: spec.body,
        uniqueKey: `${sourceId} ${keyOf(spec)}`,
        userData: { spec, sourceId, released: true },
      }));
      this.adding = this.adding.then(() => this.queue.addRequests(requests));
    }
    if (soonest < Number.POSITIVE_INFINITY) this.timer = setTimeout(() => this.pump(), soonest);
  }

  private markStarted(sourceId: string): void {
    const source = this.sources.get(sourceId);
    if (source && !source.started) {
      source.started = true;
      source.channel.onStart();
    }
  }

  /** A request is over (handled or given up): free its host's slot and maybe finish its source. */
  private finish(request: Request): void {
    const { spec, sourceId } = request.userData as { spec: FetchSpec; sourceId: string };
    const queue = this.hosts.get(hostOf(spec.url));
    if (queue) queue.inFlight--;
    this.inFlight--;
    const source = this.sources.get(sourceId);
    if (source) source.pending--;
    this.settle(sourceId);
    this.pump();
  }

  private settle(sourceId: string): void {
    const source = this.sources.get(sourceId);
    if (!source || source.done || source.pending > 0) return;
    source.done = true;
    this.finishing.push(
      source.channel.onDone({ truncated: source.truncated || source.aborted, aborted: source.aborted }),
    );
  }

  private idle(): boolean {
    return this.inFlight === 0 && [...this.hosts.values()].every((q) => q.waiting.length === 0);
  }

  /** Crawls every registered source to the end; resolves when each has reported done. */
  async run(): Promise<void> {
    const storage = new Configuration({
      persistStorage: false,
      storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
    });
    this.queue = await RequestQueue.open(`run-${randomUUID()}`, { config: storage });
    const crawler = new PoliteHttpCrawler(
      {
        requestQueue: this.queue,
        httpClient: this.client,
        useSessionPool: false,
        persistCookiesPerSession: false,
        // Start at full concurrency: the per-host queues, not the autoscaler, decide the pace.
        minConcurrency: this.options.concurrency,
        maxConcurrency: this.options.concurrency,
        maxRequestRetries: this.options.maxRetries ?? 3,
        navigationTimeoutSecs: this.options.config.CRAWL_TIMEOUT_SECONDS,
        requestHandlerTimeoutSecs: this.options.config.CRAWL_TIMEOUT_SECONDS * 2,
        additionalMimeTypes: ['*/*'],
        // Every status reaches the handler, which decides between retry, skip and abort.
        ignoreHttpErrorStatusCodes: Array.from({ length: 100 }, (_, i) => 500 + i),
        autoscaledPoolOptions: {
          // Released requests are picked up within 20 ms rather than Crawlee's default half second.
          maybeRunIntervalSecs: 0.02,
          isFinishedFunction: async () => {
            await this.adding;
            return this.idle();
          },
        },
        preNavigationHooks: [
          async ({ request }) => {
            const { sourceId } = request.userData as { sourceId: string };
            if (this.sources.get(sourceId)?.aborted) throw new AbortSourceError('source stopped');
            const decision = await this.robots.check(request.url);
            if (!decision.allowed) throw new DisallowedByRobotsError(decision.reason);
            if (decision.crawlDelaySeconds)
              this.limiter.setCrawlDelay(new URL(request.url).host, decision.crawlDelaySeconds);
          },
        ],
        requestHandler: async ({ request, response, body, contentType }) => {
          const { spec, sourceId } = request.userData as { spec: FetchSpec; sourceId: string };
          const source = this.sources.get(sourceId);
          if (!source) return;
          await handleResponse(
            {
              db: this.options.db,
              limiter: this.limiter,
              backoffBaseMs: this.options.backoffBaseMs ?? 1000,
              channel: source.channel,
              enqueue: (specs) => this.enqueue(sourceId, specs),
              abort: () => this.abort(sourceId),
            },
            request,
            spec,
            {
              status: response.statusCode ?? 0,
              headers: response.headers,
              body,
              contentType: contentType.type,
            },
          );
          this.finish(request);
        },
        failedRequestHandler: ({ request }, error) => {
          const { spec, sourceId } = request.userData as { spec: FetchSpec; sourceId: string };
          const silent = error instanceof AbortSourceError && error.message === 'source stopped';
          if (!silent) this.sources.get(sourceId)?.channel.onFailed(spec, error);
          this.finish(request);
        },
      },
      storage,
    );
    crawler.limiter = this.limiter;

    this.pump();
    for (let round = 0; round < 10; round++) {
      if (!this.idle()) await crawler.run();
      if (this.browserWork.size === 0) break;
      await this.renderInBrowser();
      this.pump();
    }
    // Anything still counted (a browser round limit reached) is reported as cut short.
    for (const [id, source] of this.sources)
      if (!source.done) {
        source.truncated = true;
        source.pending = 0;
        this.settle(id);
      }
    await Promise.all(this.finishing);
    await this.queue.drop();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Pages that need JavaScript, per source, in headless Chromium. */
  private async renderInBrowser(): Promise<void> {
    const work = [...this.browserWork];
    this.browserWork.clear();
    for (const [sourceId, specs] of work) {
      const source = this.sources.get(sourceId);
      if (!source || source.aborted) continue;
      this.markStarted(sourceId);
      await fetchInBrowser(specs, {
        config: this.options.config,
        limiter: this.limiter,
        robots: this.robots,
        onPage: async (page) => {
          const result = await source.channel.onPage(page);
          this.enqueue(sourceId, result.enqueue);
        },
        onError: (spec, message) => source.channel.onFailed(spec, new Error(message)),
      });
      source.pending -= specs.length;
      this.settle(sourceId);
    }
  }
}
