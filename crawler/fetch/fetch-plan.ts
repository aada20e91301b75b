import type { Config } from '../../core/config';
import type { Store } from '../../store/open-store';
import type { FetchedPage, FetchSpec } from '../source-adapter';

/** What one source's fetch step hands to extraction, and what it learnt on the way. */
export interface FetchReport {
  /** Pages that came back with a body, each already extracted by the source's pure extractor. */
  pages: { page: FetchedPage; leads: unknown[]; skipped: string[] }[];
  /** Pages that answered 304 Not Modified, with the source ids they listed last time. */
  unchangedPages: { url: string; leadKeys: string[] }[];
  errors: string[];
  /** Optional pages (found by following links) that could not be read: reported, not errors. */
  notes: string[];
  rateLimited: boolean;
  fetched: number;
  /** True when the source stopped early (maxPages, an abort): not every listing was seen. */
  truncated: boolean;
}

export interface FetchOptions {
  db: Store;
  config: Pick<
    Config,
    | 'CRAWL_USER_AGENT'
    | 'CRAWL_CONTACT_URL'
    | 'CRAWL_RATE_LIMIT'
    | 'ALLOW_PRIVATE_HOSTS'
    | 'CRAWL_MAX_RESPONSE_BYTES'
    | 'CRAWL_TIMEOUT_SECONDS'
    | 'CHROMIUM_PATH'
  >;
  start: FetchSpec[];
  extract: (page: FetchedPage) => { leads: unknown[]; next: FetchSpec[]; skipped?: string[] };
  maxPages: number;
  /** Base delay before retrying a 5xx without Retry-After; doubles per attempt. */
  backoffBaseMs?: number;
  maxRetries?: number;
  concurrency?: number;
  onPage?: (url: string) => void;
}

export function userAgentOf(config: Pick<Config, 'CRAWL_USER_AGENT' | 'CRAWL_CONTACT_URL'>): string {
  return `${config.CRAWL_USER_AGENT} (+${config.CRAWL_CONTACT_URL})`;
}
