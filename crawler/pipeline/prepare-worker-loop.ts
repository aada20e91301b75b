import { parentPort, workerData } from 'node:worker_threads';
import { onetIndex } from '../../core/fit/create-scorer';
import { rulesScorer } from './lead-scorer';
import type { PrepareReply } from './prepare-messages';
import { prepareRequestSchema } from './prepare-messages';
import type { Scorer } from './steps';
import { prepareStep } from './steps';
import { warmUpBatches } from './warm-up-postings';

/**
 * The loop of one prepare thread: each batch is parsed on arrival, goes through the pipeline's own
 * prepare step (normalise → score → pack) with the scorer for the batch's rules, built once per
 * rules version, and the reply leaves as that step built it: typed by construction (normaliseLead
 * checks what its types cannot say), and checked on arrival by the main thread (`replyProblem`).
 * A zod parse of every lead here copied each field of every lead again and took an eighth of the
 * thread's time (prepare-pool.test.ts parses real replies with `prepareReplySchema`). An error
 * answers that batch only; the thread carries on.
 */
let current: { stamp: string; scorer: Scorer } | null = null;

const reply = (message: PrepareReply) => parentPort?.postMessage(message);

parentPort?.on('message', (message: unknown) => {
  const id = typeof message === 'object' && message && 'id' in message ? Number(message.id) : -1;
  try {
    const request = prepareRequestSchema.parse(message);
    if (current?.stamp !== request.rules.stamp) {
      if (request.rules.rules === undefined)
        throw new Error(`rules ${request.rules.stamp} were never sent to this thread`);
      current = { stamp: request.rules.stamp, scorer: rulesScorer(request.rules.rules) };
    }
    // Packed, so the writing thread only opens text and binds it (store/packed-lead.ts).
    const prepared = prepareStep(request.raws, current.scorer);
    reply({ id: request.id, problems: prepared.problems, leads: prepared.leads });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message.slice(0, 500) : String(error) });
  }
});
// The O*NET index (1.5 MB, parsed and checked) is loaded, and the code warmed, before the thread
// says it is ready, so a crawl's first page waits for neither: the pool warms its threads while
// the crawl fetches.
onetIndex();
const { warmUp: count = 0, batch = 250 } = (workerData ?? {}) as { warmUp?: number; batch?: number };
try {
  // Copied as a message copies a batch, so their objects have the shapes real ones arrive with.
  for (const run of warmUpBatches(count, batch, structuredClone)) run();
} catch {
  // Only speed is lost: the thread prepares real pages all the same (warm-up-postings.test.ts
  // checks that every sample posting goes through).
}
parentPort?.postMessage({ ready: true });
