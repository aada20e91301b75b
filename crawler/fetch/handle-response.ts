import type { IncomingHttpHeaders } from 'node:http';
import type { Request } from '@crawlee/core';
import { readValidators, writeValidators } from '../../store/http-cache-repo';
import type { Store } from '../../store/open-store';
import { AbortSourceError, RetryableFetchError, SkipPageError } from '../http/errors';
import type { HostRateLimiter } from '../http/host-rate-limiter';
import { parseRetryAfter } from '../http/host-rate-limiter';
import type { FetchSpec } from '../source-adapter';
import type { SourceChannel } from './fetch-plan';

/** A Retry-After longer than this stops the source for this run rather than holding the crawl. */
export const MAX_RETRY_AFTER_MS = 120_000;

export const hostOf = (url: string) => new URL(url).host;

const isGet = (spec: FetchSpec) => (spec.method ?? 'GET') === 'GET' && !spec.browser;

/** Conditional request headers (RFC 9110 section 13.1): a 304 means nothing changed since last time. */
export function conditionalHeaders(db: Store, spec: FetchSpec): Record<string, string> {
  if (!isGet(spec)) return {};
  const validators = readValidators(db, spec.url);
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

interface ResponseContext {
  db: Store;
  limiter: HostRateLimiter;
  backoffBaseMs: number;
  channel: SourceChannel;
  enqueue: (specs: FetchSpec[]) => void;
  abort: () => void;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer | string;
  contentType: string;
}

/**
 * One answer, in order: 304 replays what the page led to last time; 429 and 5xx pause that host
 * (Retry-After, else exponential backoff) and go back for a retry, or stop the source when the wait
 * asked for is too long; other 4xx skip the page; anything else goes to the source's pipeline.
 */
export async function handleResponse(
  ctx: ResponseContext,
  request: Request,
  spec: FetchSpec,
  answer: Answer,
): Promise<void> {
  const host = hostOf(request.url);
  const { status } = answer;
  if (status === 304) {
    ctx.enqueue(await ctx.channel.onUnchanged(spec, readValidators(ctx.db, spec.url)));
    return;
  }
  if (status === 429 || status >= 500) {
    const retryAfter = parseRetryAfter(header(answer.headers['retry-after']));
    if (status === 429) ctx.channel.onRateLimited();
    if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) {
      ctx.channel.onRateLimited();
      ctx.abort();
      throw new AbortSourceError(
        `${host} asked us to wait ${Math.round(retryAfter / 1000)} s; trying again next run`,
      );
    }
    ctx.limiter.pause(host, retryAfter ?? ctx.backoffBaseMs * 2 ** request.retryCount);
    throw new RetryableFetchError(`${request.url} answered ${status}`);
  }
  if (status >= 400) throw new SkipPageError(`${request.url} answered ${status}`);
  const outcome = await ctx.channel.onPage({
    spec,
    url: request.loadedUrl ?? request.url,
    status,
    contentType: answer.contentType,
    body: answer.body.toString(),
  });
  if (isGet(spec)) {
    writeValidators(ctx.db, spec.url, {
      etag: header(answer.headers.etag) ?? null,
      lastModified: header(answer.headers['last-modified']) ?? null,
      follow: outcome.follow,
      leadKeys: outcome.leadKeys,
    });
  }
  ctx.enqueue(outcome.enqueue);
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
