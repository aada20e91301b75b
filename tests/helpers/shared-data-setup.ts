import { hasSharedData, SHARED_DATA_SKIP_LINE } from './shared-data';

/**
 * Vitest global setup: says once per run, in one line, that the suites reading ../shared/data were
 * skipped, rather than leaving a reader to count skipped tests. Throwing here fails the whole run,
 * which is what REQUIRE_SHARED_DATA=1 asks for.
 */
export function setup(): void {
  if (!hasSharedData()) console.log(SHARED_DATA_SKIP_LINE);
}
