import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../core/search/search-params';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../helpers/synthetic-leads';

/**
 * The engine scores BM25 only for matches that can still reach the page. This checks that the
 * pages it returns are the ones a plain full scoring gives: every match scored with FTS5's bm25(),
 * then ordered by pinned, title hits, BM25, fit and id.
 */
describe('relevance ranking with BM25 scored for the candidates only', () => {
  it('returns the same pages as scoring every match', async () => {
    const db = openMemoryStore();
    migrate(db);
    fillStore(db, 3000);
    const engine = new EmbeddedSearchEngine(db, () => new Date(Date.UTC(2026, 10, 20)));
    // Scored in one pass over the matches first: joined the other way round, SQLite would seek
    // FTS5 row by row, and bm25() gives other figures in that mode.
    const full = db.prepare(
      `WITH m AS MATERIALIZED (SELECT rowid AS r, bm25(leads_fts, 10.0, 5.0, 3.0, 1.0) AS s
         FROM leads_fts WHERE leads_fts MATCH ?)
       SELECT l.id, l.title, l.fit_score, m.s FROM m JOIN leads l ON l.rowid = m.r`,
    );
    // A title "hits" when it holds the word or one of its synonyms.
    for (const [q, term, page, texts] of [
      ['compliance', '"compliance"', '1', ['compliance']],
      ['paralegal', '("paralegal" OR "legal assistant")', '2', ['paralegal', 'legal assistant']],
      [
        'records',
        '("records" OR "records management" OR "recordkeeping")',
        '1',
        ['records', 'recordkeeping'],
      ],
    ] as const) {
      const reference = (full.all(term) as { id: string; title: string; fit_score: number; s: number }[])
        .map((r) => ({ ...r, hits: texts.some((t) => r.title.toLowerCase().includes(t)) ? 1 : 0 }))
        .sort((a, b) => b.hits - a.hits || a.s - b.s || b.fit_score - a.fit_score || (a.id < b.id ? -1 : 1))
        .slice((Number(page) - 1) * 20, Number(page) * 20)
        .map((r) => r.id);
      const result = await engine.search(parseSearchParams({ q, page }));
      expect(reference.length, q).toBe(20);
      expect(
        result.hits.map((h) => h.id),
        q,
      ).toEqual(reference);
    }
  });
});
