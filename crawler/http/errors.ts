/**
 * Crawl errors say what happens next. Retryable ones go back to Crawlee's queue (with backoff);
 * skip-page ones drop one page and mark the run partial; abort-source ones stop that source's crawl.
 */
export class RetryableFetchError extends Error {
  override readonly name: string = 'RetryableFetchError';
}

export class SkipPageError extends Error {
  override readonly name: string = 'SkipPageError';
}

export class BlockedAddressError extends SkipPageError {
  override readonly name: string = 'BlockedAddressError';
}

export class ResponseTooLargeError extends SkipPageError {
  override readonly name: string = 'ResponseTooLargeError';
}

export class TooManyRedirectsError extends SkipPageError {
  override readonly name: string = 'TooManyRedirectsError';
}

export class DisallowedByRobotsError extends SkipPageError {
  override readonly name: string = 'DisallowedByRobotsError';
}

export class AbortSourceError extends Error {
  override readonly name: string = 'AbortSourceError';
}
