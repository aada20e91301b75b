import type { SourceType } from '../core/lead/lead';
import type { RawLeadInput } from '../core/lead/raw-lead';
import type { SourceConfigOf } from '../core/source-config';
import { MalformedPageError } from './http/errors';

/** One request a source wants made. `label` tells its extractor what kind of page comes back. */
export interface FetchSpec {
  url: string;
  label: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Distinguishes POSTs to the same URL in Crawlee's queue (Workday pages). */
  uniqueKey?: string;
  /** Fetch in headless Chromium rather than over plain HTTP. */
  browser?: boolean;
  /**
   * A page found by following links rather than one the source lists: if it is missing or
   * disallowed, that is the site's business, not a failed crawl.
   */
  optional?: boolean;
  data?: Record<string, string | number | boolean>;
  /**
   * The list entry a detail request comes from: its key in the list and the list's own fields for
   * it (title, place, dates). A recrawl skips the detail when these are unchanged and it is recent.
   */
  entry?: { key: string; fields: string };
}

/** What came back: everything an extractor may read, and nothing it could use to do I/O. */
export interface FetchedPage {
  spec: FetchSpec;
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export interface Extracted {
  leads: RawLeadInput[];
  next: FetchSpec[];
  /** Items that could not be read, with why; the run records them and carries on. */
  skipped?: string[];
}

export interface SourceContext {
  baseUrl: string;
  now: Date;
  /** Reads a secret named by the source config (e.g. the USAJOBS API key). */
  secret: (name: string) => string | undefined;
}

/**
 * A source type: how to start a crawl, and a pure extractor from a fetched page to leads plus
 * follow-up requests. Extractors never fetch; the crawler does that.
 */
export interface SourceAdapter<T extends SourceType> {
  type: T;
  defaultBaseUrl(config: SourceConfigOf<T>): string;
  start(config: SourceConfigOf<T>, ctx: SourceContext): FetchSpec[];
  extract(page: FetchedPage, config: SourceConfigOf<T>, ctx: SourceContext): Extracted;
}

/**
 * Raised by an extractor when a page is not what the source promised; the page is skipped and never
 * retried, since the same answer would come back.
 */
export class UnexpectedPageError extends MalformedPageError {
  override readonly name = 'UnexpectedPageError';
}

/** The list fields that decide whether a detail is fetched again, as one comparable string. */
export function entryFields(...fields: (string | number | null | undefined)[]): string {
  return JSON.stringify(fields.map((f) => (f === undefined ? null : f)));
}

export function parseJson(page: FetchedPage): unknown {
  try {
    return JSON.parse(page.body);
  } catch {
    throw new UnexpectedPageError(`${page.spec.label} at ${page.url} is not valid JSON`);
  }
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
