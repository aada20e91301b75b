import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { listLeads } from '../../store/leads-repo';
import { openStore } from '../../store/open-store';

describe('npm run demo', () => {
  it('crawls at least 150 sample listings from all eight source types, offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-demo-'));
    let stderr = '';
    const code = await runCli(
      ['demo', '--no-serve'],
      { OFFRAMP_DATA_DIR: dir, LOG_LEVEL: 'silent' },
      {
        stdout: () => {},
        stderr: (t) => {
          stderr += t;
        },
      },
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/0 errors/);
    const leads = listLeads(openStore(dir), { all: true });
    expect(leads.length).toBeGreaterThanOrEqual(150);
    expect(new Set(leads.map((l) => l.sourceType))).toEqual(
      new Set(['greenhouse', 'lever', 'ashby', 'smartrecruiters', 'workday', 'usajobs', 'neogov', 'jsonld']),
    );
    // The sample includes detention contractors and enforcement agencies, excluded by default.
    expect(leads.filter((l) => l.excluded).length).toBeGreaterThanOrEqual(5);
    expect(leads.some((l) => (l.fit?.score ?? 0) > 0.8)).toBe(true);
  });
});
