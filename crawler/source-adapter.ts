import type { FetchSpec } from '../core/crawl/fetch-spec';
import type { SourceType } from '../core/lead/lead';
import type { RawLeadInput } from '../core/lead/raw-lead';
import type { SourceConfigOf } from '../core/source-config';
import { MalformedPageError } from './http/errors';

// The request shape is core data (the store keeps follow-up requests); sources keep importing it here.
export type { FetchSpec };

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
