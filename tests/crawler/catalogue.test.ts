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
  it('holds at least 60 employers and public bodies besides the USAJOBS queries, in every category', () => {
    const employers = entries.filter((e) => e.type !== 'usajobs');
    expect(employers.length).toBeGreaterThanOrEqual(60);
    const counts = Object.fromEntries(
      catalogueCategories.map((c) => [c, entries.filter((e) => e.category === c).length]),
    );
    // Every category has more than a token entry; the federal series are all USAJOBS queries.
    for (const c of catalogueCategories) expect([c, (counts[c] ?? 0) >= 5]).toEqual([c, true]);
    expect(employers.filter((e) => e.category === 'federal-series')).toEqual([]);
    expect(new Set(entries.filter((e) => e.category === 'state-county').map((e) => e.type))).toEqual(
      new Set(['neogov']),
    );
  });

  it('names, in every seenAt, the public https URL where the board identifier was seen', () => {
    const missing = entries.filter((e) => {
      const urls = e.seenAt.match(/https:\/\/[^\s,;()"]+/g) ?? [];
      // The URLs must carry the identifiers themselves (board, host, site, agency), not just any page.
      const ids = ['board', 'host', 'site', 'agency', 'company']
        .map((k) => e.params[k])
        .filter((v): v is string => typeof v === 'string');
      const carried = (id: string) => urls.some((u) => u.toLowerCase().includes(id.toLowerCase()));
      return urls.length === 0 || !ids.every(carried);
    });
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s passes its source schema and says where its board was seen',
    (_id, entry) => {
      const result = sourceFromEntry(entry, { usajobsEmail: 'ops@example.org' });
      expect('problem' in result ? result.problem : null).toBeNull();
      if ('source' in result)
        expect(result.source).toMatchObject({ id: entry.id, name: entry.name, type: entry.type });
      expect(entry.seenAt).toMatch(/^https:\/\/|OPM occupational series/);
    },
  );

  it('lists no employer the default exclusion rules exclude', () => {
    const score = createScorer();
    const excluded = entries.filter(
      (e) => score({ title: 'Investigator', company: e.name, description: 'Investigations role.' }).excluded,
    );
    expect(excluded.map((e) => e.name)).toEqual([]);
  });

  it('checks every security firm against the exclusion rules, which do catch detention contractors', () => {
    const score = createScorer();
    const firms = entries.filter((e) => e.category === 'security-firm');
    const verdicts = (names: string[]) =>
      names.map((company) => [
        company,
        score({ title: 'Security Officer', company, description: 'Patrol and protect client sites.' })
          .excluded?.reason ?? null,
      ]);
    expect(verdicts(firms.map((e) => e.name))).toEqual(firms.map((e) => [e.name, null]));
    // The same check on firms that run immigration detention or detainee transport excludes them.
    expect(verdicts(['The GEO Group, Inc.', 'CoreCivic', 'Akima Global Services'])).toEqual([
      ['The GEO Group, Inc.', 'Private immigration detention operator (The GEO Group)'],
      ['CoreCivic', 'Private immigration detention operator (CoreCivic)'],
      ['Akima Global Services', 'Immigration detention services contractor (Akima Global Services)'],
    ]);
    expect(firms.map((e) => e.name)).not.toContain('Allied Universal');
    expect(firms.map((e) => e.name)).not.toContain('GardaWorld');
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
    const county = await cli(['sources', 'import', '--catalogue', '--only', 'neogov-seattle'], {
      OFFRAMP_DATA_DIR: dir,
    });
    expect(county.out).toContain(
      "Note: GovernmentJobs' robots.txt admits only named search engines, so until NEOGOV admits other crawlers these sources are recorded as disallowed by robots.txt and read nothing.",
    );
    expect(first.out).not.toContain('Note:');
    expect(unknown.out).toContain('No catalogue entry called "gh-nobody"');
  });
});
