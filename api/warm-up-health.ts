import type { Fetchable } from './start-server';

/** Checks run before listening: the first compiles the path, the next few let V8 settle its feedback on it. */
const CHECKS = 5;

/**
 * Asks the app's own `/api/health` a few times before serve listens. The first check of a process
 * compiles its whole path (the middleware, the route, the store's and the search engine's
 * statements): 24 ms of the main thread measured on this 2-core host, against about 1 ms warm. A
 * load balancer's first check after a restart met that cost; under `npm run bench -- load` it was
 * the slowest answer of the run, and autocannon's coordinated-omission correction turns one slow
 * answer into a sample for every millisecond it took, which alone put the health p99 over 20 ms.
 * What a check answers does not matter here: a store that is not ready is reported by the checks
 * that follow, and a failure never stops serve from starting.
 */
export async function warmUpHealth(app: Fetchable, checks = CHECKS): Promise<number> {
  let answered = 0;
  for (let i = 0; i < checks; i++) {
    try {
      const response = await app.fetch(new Request('http://localhost/api/health'));
      await response.arrayBuffer();
      answered++;
    } catch {
      // Nothing to warm up; serve starts regardless.
    }
  }
  return answered;
}
