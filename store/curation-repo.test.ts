import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../core/search/search-query';
import { EmbeddedSearchEngine } from '../search/embedded/embedded-engine';
import { corpusStore, NOW } from '../tests/search/corpus';
import { curateLead } from './curation-repo';

describe('curation', () => {
  it('ranks a pinned lead first and shows its note', async () => {
    const { db, idOf } = corpusStore();
    const engine = new EmbeddedSearchEngine(db, () => NOW);
    expect(
      curateLead(db, idOf('records-1'), { pinned: true, note: 'Good first step for admin staff' }, 'admin'),
    ).toBe(true);
    const [first] = (await engine.search(searchQuerySchema.parse({ q: '' }))).hits;
    expect(first).toMatchObject({
      title: 'Records Specialist',
      curated: { note: 'Good first step for admin staff' },
    });
    const curatedOnly = await engine.search(searchQuerySchema.parse({ curatedOnly: true }));
    expect(curatedOnly.hits.map((h) => h.title)).toEqual(['Records Specialist']);
  });

  it('hides a lead from search', async () => {
    const { db, idOf } = corpusStore();
    const engine = new EmbeddedSearchEngine(db, () => NOW);
    curateLead(db, idOf('eng-1'), { hidden: true }, 'admin');
    expect((await engine.search(searchQuerySchema.parse({ q: 'software' }))).total).toBe(0);
  });

  it('corrects tracks, and removing the correction restores the scorer’s', async () => {
    const { db, idOf } = corpusStore();
    const engine = new EmbeddedSearchEngine(db, () => NOW);
    curateLead(db, idOf('interp-1'), { tracks: ['court-legal-support'] }, 'admin');
    expect(
      (await engine.search(searchQuerySchema.parse({ tracks: ['court-legal-support'] }))).hits.map(
        (h) => h.title,
      ),
    ).toContain('Spanish Interpreter');
    curateLead(db, idOf('interp-1'), { tracks: null }, 'admin');
    expect(
      (await engine.search(searchQuerySchema.parse({ tracks: ['court-legal-support'] }))).hits.map(
        (h) => h.title,
      ),
    ).not.toContain('Spanish Interpreter');
  });

  it('answers false for an unknown lead', () => {
    const { db } = corpusStore();
    expect(curateLead(db, '00000000-0000-4000-8000-000000000000', { pinned: true }, 'admin')).toBe(false);
  });
});
