import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { buildTestApp } from '../helpers/test-app';
import { corpusStore, NOW } from '../search/corpus';

function appWithCorpus() {
  const { db, idOf } = corpusStore();
  const { app } = buildTestApp({ db, search: new EmbeddedSearchEngine(db, () => NOW) });
  return { app, id: idOf('fraud-1') };
}

describe('scores and reasons for the chosen background', () => {
  it('gives the lead page the same score and first reason as the card, for the chosen background', async () => {
    const { app, id } = appWithCorpus();
    const page = await (await app.request(`/api/leads/${id}?background=border-patrol`)).json();
    const search = await (
      await app.request('/api/leads?q=fraud+investigator&background=border-patrol')
    ).json();
    const card = search.hits.find((h: { id: string }) => h.id === id);
    expect(page.fit.background).toBe('border-patrol');
    expect(page.fit.score).toBe(page.fit.byBackground['border-patrol']);
    expect(Math.round(card.fitScore * 100)).toBe(Math.round(page.fit.score * 100));
    expect(card.topReason).toBe(page.fit.reasons[0]);
    expect(page.fit.reasons[0]).toMatch(/Border Patrol agent/);

    const investigator = await (
      await app.request(`/api/leads/${id}?background=criminal-investigator`)
    ).json();
    expect(investigator.fit.reasons[0]).toBe(
      'Fraud and claims investigation: the same kind of work you did as a criminal investigator',
    );
    expect(investigator.fit.score).toBeGreaterThan(page.fit.score);
  });

  it('keeps the best background’s view without a choice, and names a bad background', async () => {
    const { app, id } = appWithCorpus();
    const plain = await (await app.request(`/api/leads/${id}`)).json();
    expect(plain.fit.background).toBeNull();
    expect(plain.fit.score).toBe(Math.max(...(Object.values(plain.fit.byBackground) as number[])));
    const bad = await app.request(`/api/leads/${id}?background=astronaut`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^background: must be one of criminal-investigator/);
  });
});
