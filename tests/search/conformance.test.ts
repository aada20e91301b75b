import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config';
import type { SearchQueryInput } from '../../core/search/search-query';
import { FIT_FLOOR, searchQuerySchema } from '../../core/search/search-query';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { MeiliSearchEngine } from '../../search/meili/meili-engine';
import type { SearchEngine } from '../../search/search-engine';
import { indexableLeads } from '../../store/indexable-leads';
import type { Store } from '../../store/open-store';
import { corpusStore, NOW } from './corpus';

const env = parseConfig(process.env);

interface EngineUnderTest {
  name: string;
  create: (db: Store) => Promise<SearchEngine>;
}

const engines: EngineUnderTest[] = [
  { name: 'embedded (SQLite FTS5)', create: async (db) => new EmbeddedSearchEngine(db, () => NOW) },
];
if (env.MEILI_URL) {
  engines.push({
    name: 'meilisearch',
    create: async (db) => {
      const engine = new MeiliSearchEngine({
        url: env.MEILI_URL as string,
        key: env.MEILI_KEY,
        index: `offramp-conformance-${process.pid}-${Date.now()}`,
        clock: () => NOW,
      });
      await engine.reindex(db);
      return engine;
    },
  });
} else {
  console.log(
    'Meilisearch conformance run skipped: MEILI_URL is not set. Set MEILI_URL (and MEILI_KEY) to run the same suite against a Meilisearch server.',
  );
}

describe.each(engines)('search conformance: $name', ({ create }) => {
  let engine: SearchEngine;
  let db: Store;
  let idOf: (id: string) => string;
  const search = (input: SearchQueryInput) => engine.search(searchQuerySchema.parse(input));
  const titles = async (input: SearchQueryInput) => (await search(input)).hits.map((h) => h.title);

  beforeAll(async () => {
    ({ db, idOf } = corpusStore());
    engine = await create(db);
  });
  afterAll(async () => engine?.close());

  it('ranks a title match above a description-only match', async () => {
    const hits = await titles({ q: 'fraud' });
    expect(hits[0]).toMatch(/Fraud/);
    expect(hits.indexOf('Claims Adjuster')).toBeGreaterThan(hits.indexOf('Fraud Investigator'));
  });

  it('finds words with one typo from 5 letters and two from 9', async () => {
    expect(await titles({ q: 'frawd investigator' })).toContain('Fraud Investigator');
    expect(await titles({ q: 'interpretr' })).toContain('Spanish Interpreter');
    expect(await titles({ q: 'securty manager' })).toContain('Corporate Security Manager');
  });

  it('matches the last word as a prefix from 3 letters, for search as you type', async () => {
    expect(await titles({ q: 'spanish interp' })).toContain('Spanish Interpreter');
    expect(await titles({ q: 'rec' })).toContain('Records Specialist');
  });

  it('expands synonyms such as LEO to law enforcement', async () => {
    expect(await titles({ q: 'leo' })).toEqual(
      expect.arrayContaining(['Fraud Investigator', 'Protective Services Coordinator']),
    );
  });

  it('hides excluded and closed leads by default and shows them when asked', async () => {
    const all = await titles({ q: '', perPage: 50 });
    expect(all).not.toContain('Detention Officer');
    expect(all).not.toContain('Fraud Examiner');
    expect(await titles({ q: '', showExcluded: true, perPage: 50 })).toContain('Detention Officer');
    expect(await titles({ q: '', status: 'closed' })).toEqual(['Fraud Examiner']);
    expect((await search({ q: '', status: 'all', showExcluded: true, perPage: 50 })).total).toBe(12);
  });

  it.each<[SearchQueryInput, string[]]>([
    [{ remote: ['remote'] }, ['Corporate Security Manager']],
    [{ remote: ['hybrid'] }, ['Software Engineer']],
    [{ city: 'tucson' }, ['Claims Adjuster', 'Records Specialist']],
    [{ region: 'CO' }, ['AML Compliance Analyst']],
    [{ country: 'de' }, ['Software Engineer']],
    [{ employmentType: ['part_time'] }, ['Claims Adjuster']],
    [{ employmentType: ['contract'] }, ['Software Engineer']],
    [{ sourceType: ['usajobs'] }, ['Records Specialist']],
    [{ company: ['Granite Mutual'] }, ['Claims Adjuster', 'Fraud Investigator']],
    [{ minSalary: 100000 }, ['Corporate Security Manager', 'Senior Fraud Analyst', 'Software Engineer']],
    [{ postedWithinDays: 2 }, ['AML Compliance Analyst', 'Fraud Investigator']],
    [{ near: { lat: 32.22, lon: -110.97, radiusKm: 50 } }, ['Claims Adjuster', 'Records Specialist']],
    [{ nearPlace: { name: 'Tucson, AZ', radiusKm: 50 } }, ['Claims Adjuster', 'Records Specialist']],
    [
      { nearPlace: { name: 'phoenix', radiusKm: 200 } },
      ['Claims Adjuster', 'Fraud Investigator', 'Records Specialist'],
    ],
    [{ nearPlace: { name: 'Phoenix, Arizona', radiusKm: 50 } }, ['Fraud Investigator']],
    // No Denver lead gives coordinates: the city's own leads still match.
    [{ nearPlace: { name: 'Denver, CO', radiusKm: 50 } }, ['AML Compliance Analyst']],
    [{ remote: ['remote', 'hybrid'] }, ['Corporate Security Manager', 'Software Engineer']],
    [{ noDegree: true }, ['Claims Adjuster', 'Records Specialist']],
    [{ tracks: ['financial-crimes-compliance'] }, ['AML Compliance Analyst']],
    [{ hideEnforcement: true, q: 'officer' }, ['Protective Services Coordinator']],
    [{ q: 'officer' }, ['Police Officer', 'Protective Services Coordinator']],
  ])('filters by %j', async (filter, expected) => {
    expect((await titles({ ...filter, perPage: 50 })).sort()).toEqual(expected.sort());
  });

  it('says plainly when no lead lists the place a search is near', async () => {
    await expect(search({ nearPlace: { name: 'Atlantis', radiusKm: 50 } })).rejects.toMatchObject({
      fields: [{ field: 'near', message: expect.stringContaining('no job lists a place called "Atlantis"') }],
    });
  });

  it('sorts by pay or date only among leads at or above the fit floor, unless it is turned off', async () => {
    for (const sort of ['salary', 'newest'] as const) {
      const floored = await search({ sort, background: 'criminal-investigator', perPage: 50 });
      const everything = await search({
        sort,
        background: 'criminal-investigator',
        fitFloor: false,
        perPage: 50,
      });
      expect(everything.total).toBe(10);
      expect(floored.total).toBeLessThan(everything.total);
      expect(floored.hits.map((h) => h.title)).toContain('Fraud Investigator');
      for (const hit of floored.hits) expect(hit.fitScore).toBeGreaterThanOrEqual(FIT_FLOOR);
      expect(everything.hits.some((h) => (h.fitScore ?? 0) < FIT_FLOOR)).toBe(true);
    }
    // A relevance search is not floored, and an explicit minimum fit replaces the floor.
    expect((await search({ q: '', perPage: 1 })).total).toBe(10);
    const low = await search({ sort: 'salary', minFit: 0, background: 'criminal-investigator', perPage: 1 });
    expect(low.total).toBe(10);
  });

  it('filters and ranks by fit for a chosen background', async () => {
    const strong = await search({ minFit: 0.5, background: 'criminal-investigator', perPage: 50 });
    expect(strong.hits.map((h) => h.title)).toContain('Fraud Investigator');
    expect(strong.hits.map((h) => h.title)).not.toContain('Software Engineer');
    for (const hit of strong.hits) expect(hit.fitScore).toBeGreaterThanOrEqual(0.5);
    const byFit = (await search({ sort: 'fit', background: 'criminal-investigator', perPage: 50 })).hits.map(
      (h) => h.fitScore ?? 0,
    );
    expect(byFit).toEqual([...byFit].sort((a, b) => b - a));
  });

  it('counts facets over the filtered results', async () => {
    const result = await search({ q: '', perPage: 1 });
    expect(result.total).toBe(10);
    expect(result.facets.remote).toMatchObject({ remote: 1, hybrid: 1 });
    expect(result.facets.company['Granite Mutual']).toBe(2);
    expect(result.facets.sourceType).toMatchObject({ greenhouse: 7, lever: 2, usajobs: 1 });
    expect(result.facets.employmentType.part_time).toBe(1);
    const arizona = await search({ region: 'AZ', perPage: 1 });
    expect(Object.values(arizona.facets.region)).toEqual([arizona.total]);
  });

  it('sorts by newest, salary and fit', async () => {
    const newest = (await search({ sort: 'newest', fitFloor: false, perPage: 50 })).hits.map(
      (h) => h.postedAt ?? '',
    );
    expect(newest).toEqual([...newest].sort().reverse());
    const salary = (await search({ sort: 'salary', fitFloor: false, perPage: 3 })).hits.map((h) => h.title);
    expect(salary[0]).toBe('Corporate Security Manager');
    const fit = (await search({ sort: 'fit', perPage: 50 })).hits.map((h) => h.fitScore ?? 0);
    expect(fit).toEqual([...fit].sort((a, b) => b - a));
  });

  it('pages through results without gaps or repeats, and past the end returns no hits', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => search({ q: '', perPage: 3, page, sort: 'newest', fitFloor: false })),
    );
    const ids = pages.flatMap((p) => p.hits.map((h) => h.id));
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(pages[0]?.pages).toBe(4);
    const beyond = await search({ q: '', perPage: 3, page: 9 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(10);
  });

  it('highlights matches as safe HTML', async () => {
    const [hit] = (await search({ q: 'fraud investigator' })).hits;
    expect(hit?.highlight.title).toMatch(/<mark>Fraud<\/mark>/);
    const engineer = (await search({ q: 'typescript' })).hits[0];
    expect(engineer?.highlight.description).toContain('<mark>TypeScript</mark>');
    expect(engineer?.highlight.description).toContain('&lt;and&gt;');
  });

  it('shows updates and deletes after sync', async () => {
    db.prepare("UPDATE leads SET title = 'Fraud Investigator (Night Shift)' WHERE id = ?").run(
      idOf('fraud-1'),
    );
    db.prepare('DELETE FROM leads WHERE id = ?').run(idOf('eng-1'));
    const { found, missing } = indexableLeads(db, [idOf('fraud-1'), idOf('eng-1')]);
    await engine.sync({ upserted: found, deleted: missing });
    expect(await titles({ q: 'night shift' })).toEqual(['Fraud Investigator (Night Shift)']);
    expect(await titles({ q: 'typescript' })).toEqual([]);
  });
});
