// A worker thread that runs Harper's grammar check for the resume self-check, with its own warm
// Linter (set up once per thread). It loads the TypeScript checker through tsx, like the render thread.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
// Before Harper's WebAssembly is compiled: see harper-wasm-tier.ts for the measured reason.
const { useBaselineWasmCompiler } = await import('./harper-wasm-tier.ts');
useBaselineWasmCompiler();
const { harperChecker } = await import('../../core/resume/grammar/harper-checker.ts');
const checker = await harperChecker();

parentPort?.on('message', async ({ id, op, texts }) => {
  try {
    const result = op === 'problems' ? await checker.problems(texts[0] ?? '') : await checker.counts(texts);
    parentPort?.postMessage({ id, result });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
