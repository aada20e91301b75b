import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { catalogueCategories, sourceFromEntry } from '../../core/catalogue';
import { createScorer } from '../../core/fit/create-scorer';
import { loadCatalogue } from '../../crawler/load-catalogue';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import { listSources } from '../../store/sources-repo';

const entries = loadCatalogue();

describe('the starter catalogue', () => {
  it('holds at least 60 employers and public bodies across every category we serve', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(entries.map((e) => e.category));
    for (const c of catalogueCategories.filter((c) => c !== 'security-firm'))
      expect([c, categories.has(c)]).toEqual([c, true]);
    expect(categories.has('security-firm')).toBe(true);
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s passes its source schema and says where its board was seen',
    (_id, entry) => {
      const result = sourceFromEntry(entry, { usajobsEmail: 'ops@example.org' });
      expect('problem' in result ? result.problem : null).toBeNull();
      if ('source' in result)
        expect(result.source).toMatchObject({ id: entry.id, name: entry.name, type: entry.type });
      expect(entry.seenAt).toMatch(/public|OPM|capture/i);
    },
  );

  it('lists no employer the default exclusion rules exclude', () => {
    const score = createScorer();
    const excluded = entries.filter(
      (e) => score({ title: 'Investigator', company: e.name, description: 'Investigations role.' }).excluded,
    );
    expect(excluded.map((e) => e.name)).toEqual([]);
  });
});

describe('sources import --catalogue', () => {
  async function cli(argv: string[], env: Record<string, string>) {
    let out = '';
    const code = await runCli(
      argv,
      { LOG_LEVEL: 'silent', ...env },
      { stdout: (t) => (out += t), stderr: (t) => (out += t) },
    );
    return { code, out };
  }

  it('adds the chosen entries with their display names, and leaves existing ones alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-catalogue-'));
    const first = await cli(['sources', 'import', '--catalogue', '--only', 'gh-stripe', 'wd-target'], {
      OFFRAMP_DATA_DIR: dir,
    });
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('Added 2 sources from the catalogue.');
    const again = await cli(
      ['sources', 'import', '--catalogue', '--only', 'gh-stripe', '--only', 'usajobs-1810'],
      {
        OFFRAMP_DATA_DIR: dir,
      },
    );
    expect(again.out).toContain('Skipped usajobs-1810: USAJOBS needs USAJOBS_USER_AGENT_EMAIL');
    expect(again.out).toContain(
      'Added 0 sources from the catalogue; 1 already there, left as they are; 1 skipped.',
    );
    const db = openStore(dir);
    migrate(db);
    expect(listSources(db).map((s) => [s.id, s.type, s.name])).toEqual([
      ['gh-stripe', 'greenhouse', 'Stripe'],
      ['wd-target', 'workday', 'Target'],
    ]);
    db.close();
    const unknown = await cli(['sources', 'import', '--catalogue', '--only', 'gh-nobody'], {
      OFFRAMP_DATA_DIR: dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('No catalogue entry called "gh-nobody"');
  });
});
