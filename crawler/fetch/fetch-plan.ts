import type { Config } from '../../core/config';
import type { Validators } from '../../store/http-cache-repo';
import type { FetchedPage, FetchSpec } from '../source-adapter';

export type FetchConfig = Pick<
  Config,
  | 'CRAWL_USER_AGENT'
  | 'CRAWL_CONTACT_URL'
  | 'CRAWL_RATE_LIMIT'
  | 'ALLOW_PRIVATE_HOSTS'
  | 'CRAWL_MAX_RESPONSE_BYTES'
  | 'CRAWL_TIMEOUT_SECONDS'
  | 'CHROMIUM_PATH'
>;

/** What a page handed to its source led to. */
export interface PageOutcome {
  /** Every follow-up the page named, kept with its validators and replayed when it answers 304. */
  follow: FetchSpec[];
  /** The follow-ups worth fetching now (a recrawl skips details whose list entry is unchanged). */
  enqueue: FetchSpec[];
  /** The source ids of the postings on the page, vouched for again by a later 304. */
  leadKeys: string[];
}

/**
 * How the crawl session talks to one source's pipeline. The session fetches; the channel extracts,
 * stores and decides what to fetch next, page by page, so nothing waits for the whole source.
 */
export interface SourceChannel {
  id: string;
  maxPages: number;
  onStart(): void;
  onPage(page: FetchedPage): Promise<PageOutcome>;
  /** A 304: what the page said last time; returns the follow-ups to fetch now. */
  onUnchanged(spec: FetchSpec, previous: Validators | null): Promise<FetchSpec[]>;
  /** A request that was given up (after retries, or at once for a non-retryable error). */
  onFailed(spec: FetchSpec, error: Error): void;
  onRateLimited(): void;
  onDone(state: { truncated: boolean; aborted: boolean }): Promise<void>;
}

export function userAgentOf(config: Pick<Config, 'CRAWL_USER_AGENT' | 'CRAWL_CONTACT_URL'>): string {
  return `${config.CRAWL_USER_AGENT} (+${config.CRAWL_CONTACT_URL})`;
}
