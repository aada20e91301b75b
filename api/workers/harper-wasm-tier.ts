import { setFlagsFromString } from 'node:v8';

/**
 * Runs WebAssembly compiled from now on with V8's baseline compiler (Liftoff) only, never tiering
 * hot functions up to TurboFan. Harper's module is 16 MB of code; on Node 20 (V8 11.3) its
 * dynamic tier-up keeps compiling newly hot functions with TurboFan for thousands of checks, and
 * that compile work, not the linting, was most of a check's cost. Measured on this host, 50
 * unseen sentences (about 1,400 words) cost 2,454 ms of CPU on the first pass and 363 ms by the
 * fourth with tier-up, and 458 ms then 263 ms with Liftoff only. The flag is process-wide, so it
 * is set where Harper runs on the server (the grammar threads, the CLI) before Harper's module is
 * compiled; other WebAssembly in the process (undici's HTTP parser) only loses its tier-up.
 * See v8.dev/blog/liftoff and Node's `v8.setFlagsFromString`.
 */
export function useBaselineWasmCompiler(): void {
  setFlagsFromString('--liftoff-only');
}
