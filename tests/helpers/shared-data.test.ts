import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedData } from './shared-data';

describe('hasSharedData', () => {
  const present = mkdtempSync(join(tmpdir(), 'offramp-shared-'));
  const missing = join(present, 'nothing-here');

  it('reports a folder that is there', () => {
    expect(hasSharedData(present, {})).toBe(true);
  });

  it('skips quietly when the folder is missing and not required', () => {
    expect(hasSharedData(missing, {})).toBe(false);
  });

  it('fails when the folder is missing and REQUIRE_SHARED_DATA=1', () => {
    expect(() => hasSharedData(missing, { REQUIRE_SHARED_DATA: '1' })).toThrow(
      `REQUIRE_SHARED_DATA=1 but ${missing} is missing: the real-capture suites cannot run`,
    );
  });
});
