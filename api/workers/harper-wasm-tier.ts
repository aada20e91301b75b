import { setFlagsFromString } from 'node:v8';

/**
 * Runs WebAssembly compiled from now on with V8's baseline compiler (Liftoff) only, never tiering
 * hot functions up to TurboFan. For a short-lived process that checks one resume (the CLI): there,
 * tier-up compiles Harper's newly hot functions (its module is 16 MB of code) while the process
 * has only a few checks left to run, and that compiling cost more than it saved. Measured on this
 * host, 50 unseen sentences cost 2,454 ms of CPU on the first pass with tier-up and 458 ms with
 * Liftoff only. `offramp serve`'s grammar threads live long, so they keep tier-up and warm up at
 * start instead (core/resume/grammar/grammar-warm-up.ts). The flag is process-wide and must be set
 * before Harper's module is compiled. See v8.dev/blog/liftoff and Node's `v8.setFlagsFromString`.
 */
export function useBaselineWasmCompiler(): void {
  setFlagsFromString('--liftoff-only');
}
