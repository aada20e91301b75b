import { CriticalError, NonRetryableError } from '@crawlee/core';

/**
 * Crawl errors say what happens next, through Crawlee's own classes so that Crawlee alone decides
 * retries: a `NonRetryableError` is never retried, a `CriticalError` stops the whole run, and any
 * other error goes back to the queue (after the host's backoff) until `maxRequestRetries`.
 */
export class RetryableFetchError extends Error {
  override readonly name: string = 'RetryableFetchError';
}

/** Drops one page and marks the source's run partial. */
export class SkipPageError extends NonRetryableError {
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

/** A page that is not what its source promised (wrong shape, not JSON): retrying cannot help. */
export class MalformedPageError extends SkipPageError {
  override readonly name: string = 'MalformedPageError';
}

/** Stops one source for this run (a Retry-After too long to wait); the other sources go on. */
export class AbortSourceError extends NonRetryableError {
  override readonly name: string = 'AbortSourceError';
}

/** The store refused a write: carrying on would lose leads, so the whole run stops. */
export class StoreWriteError extends CriticalError {
  override readonly name: string = 'StoreWriteError';
}
