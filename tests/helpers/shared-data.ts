import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Material made by others (real API captures, labelled real postings, O*NET) lives beside a checkout
 * in ../shared/data and is never copied into the repository. A clone with nothing beside it skips the
 * suites that read it; CI sets REQUIRE_SHARED_DATA=1 so that a missing folder fails instead.
 */
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data', import.meta.url));

export const SHARED_DATA_SKIP_LINE = 'real-capture suites skipped: ../shared/data not found';

export function sharedDataRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REQUIRE_SHARED_DATA === '1';
}

/** True when ../shared/data is there; throws when it is missing but required. */
export function hasSharedData(dir = SHARED_DATA_DIR, env: NodeJS.ProcessEnv = process.env): boolean {
  if (existsSync(dir)) return true;
  if (sharedDataRequired(env))
    throw new Error(`REQUIRE_SHARED_DATA=1 but ${dir} is missing: the real-capture suites cannot run`);
  return false;
}
