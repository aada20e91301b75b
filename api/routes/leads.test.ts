import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { buildTestApp } from '../../tests/helpers/test-app';
import { corpusStore, NOW } from '../../tests/search/corpus';

function appWithCorpus() {
  const { db, idOf } = corpusStore();
  const { app, logLines } = buildTestApp({ db, search: new EmbeddedSearchEngine(db, () => NOW) });
  return { app, idOf, logLines };
}

describe('GET /api/leads', () => {
  it('answers with total, facets, highlighted hits and paging', async () => {
    const { app } = appWithCorpus();
    const res = await app.request('/api/leads?q=fraud&perPage=2');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: expect.any(Number), page: 1, perPage: 2, pages: expect.any(Number) });
    expect(body.hits).toHaveLength(2);
    expect(body.hits[0].highlight.title).toContain('<mark>');
    expect(body.facets.company).toBeDefined();
  });

  it('rejects an unknown facet with 400 naming it', async () => {
    const { app } = appWithCorpus();
    const res = await app.request('/api/leads?colour=blue');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(/^colour: /);
  });

  it('rejects a bad value with 400 naming the parameter', async () => {
    const { app } = appWithCorpus();
    for (const [query, field] of [
      ['minSalary=lots', 'minSalary'],
      ['type=weekends', 'type'],
      ['sort=random', 'sort'],
      ['page=0', 'page'],
      ['lat=500', 'lat'],
    ]) {
      const res = await app.request(`/api/leads?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.details.fields[0].field).toBe(field);
    }
  });

  it('answers a place no lead lists with the same 400, naming the parameter', async () => {
    const { app } = appWithCorpus();
    const res = await app.request('/api/leads?near=Atlantis&radiusKm=25');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toBe(
      'near: no job lists a place called "Atlantis"; check the spelling, try a nearby larger city, or add a state ("Tucson, AZ")',
    );
  });

  it('finds leads near a city, without a degree, posted lately', async () => {
    const { app } = appWithCorpus();
    const res = await app.request('/api/leads?near=Tucson,+AZ&radiusKm=40&noDegree=1&postedWithin=7');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.hits.map((h: { title: string }) => h.title).sort()).toEqual([
      'Claims Adjuster',
      'Records Specialist',
    ]);
  });

  it('never logs what was searched for', async () => {
    const { app, logLines } = appWithCorpus();
    await app.request('/api/leads?q=leaving+ice+quietly');
    expect(logLines.join('\n')).not.toContain('quietly');
    expect(logLines.join('\n')).toContain('/api/leads');
  });
});

describe('GET /api/leads/:id', () => {
  it('returns the lead with its sanitised description and fit', async () => {
    const { app, idOf } = appWithCorpus();
    const res = await app.request(`/api/leads/${idOf('fraud-1')}`);
    expect(res.status).toBe(200);
    const lead = await res.json();
    expect(lead).toMatchObject({ title: 'Fraud Investigator', fit: { reasons: expect.any(Array) } });
    expect(lead.descriptionHtml).toContain('<p>');
  });

  it('answers 404 for an unknown lead and 400 for a malformed id', async () => {
    const { app } = appWithCorpus();
    expect((await app.request('/api/leads/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await app.request('/api/leads/../../etc')).status).toBe(404);
    expect((await app.request('/api/leads/not-an-id')).status).toBe(400);
  });
});

describe('GET /api/facets', () => {
  it('counts the default view', async () => {
    const { app } = appWithCorpus();
    const body = await (await app.request('/api/facets')).json();
    expect(body.total).toBe(10);
    expect(body.facets.remote.remote).toBe(1);
  });
});
