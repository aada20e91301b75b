// A worker thread that runs Harper's grammar check for the resume self-check, with its own warm
// Linter (set up once per thread). It loads the TypeScript checker through tsx, like the render thread.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { harperChecker } = await import('../../core/resume/grammar/harper-checker.ts');
const { warmUpGrammar } = await import('../../core/resume/grammar/grammar-warm-up.ts');
const checker = await harperChecker();
// A long-lived thread lets V8 tier Harper's hot functions up, and reads sample sentences first so
// that no seeker's check runs on the slower first-run code (see grammar-warm-up.ts for the figures).
await warmUpGrammar(checker);

parentPort?.on('message', async ({ id, op, texts }) => {
  try {
    const result = op === 'problems' ? await checker.problems(texts[0] ?? '') : await checker.counts(texts);
    parentPort?.postMessage({ id, result });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
