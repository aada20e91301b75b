import { describe, expect, it } from 'vitest';
import type { SearchQueryInput } from '../../core/search/search-query';
import { searchQuerySchema } from '../../core/search/search-query';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../../tests/helpers/synthetic-leads';
import { browsePage } from './browse-page';
import { ColumnIndex } from './column-index';
import { readLeadColumns } from './column-reader';
import { compileFilter } from './compile-filter';
import { facetCounter } from './facet-counter';

const NOW = new Date(Date.UTC(2026, 10, 20));

describe('a browse that counts its passing leads', () => {
  const db = openMemoryStore();
  migrate(db);
  fillStore(db, 3000);
  const index = new ColumnIndex(readLeadColumns(db));

  // From wide (most leads pass: the order is walked) to narrow (a few pass: taken by rank).
  const cases: SearchQueryInput[] = [
    { q: '', minFit: 0.2, sort: 'newest' },
    { q: '', remote: ['remote', 'hybrid'], sort: 'salary', page: 3 },
    { q: '', minSalary: 115_000, sort: 'fit', background: 'criminal-investigator' },
    { q: '', postedWithinDays: 3, sort: 'salary', fitFloor: false },
    { q: '', company: ['Employer 7', 'Employer 300'], sort: 'salary' },
    { q: '', region: 'BE', minFit: 0.9, perPage: 50 },
  ];

  for (const input of cases) {
    it(`pages and counts as filtering every lead and sorting them would: ${JSON.stringify(input)}`, () => {
      const q = searchQuerySchema.parse(input);
      const key = q.sort === 'relevance' ? 'fit' : q.sort;
      const filter = compileFilter(index, q, NOW);
      const facets = facetCounter(index);
      const offset = (q.page - 1) * q.perPage;
      const { total, page } = browsePage(index, key, q.background, filter, facets, offset, q.perPage);

      const passing = [...index.order(key, q.background).toArray()].filter((i) => filter.passes(i));
      const expected = facetCounter(index);
      for (const i of [...passing].sort((a, b) => a - b)) expected.add(i);
      expect(total).toBe(passing.length);
      expect(page).toEqual(passing.slice(offset, offset + q.perPage));
      expect(facets.result()).toEqual(expected.result());
    });
  }

  it('finds nothing, and counts nothing, when no lead passes', () => {
    const q = searchQuerySchema.parse({ q: '', minSalary: 10_000_000 });
    const facets = facetCounter(index);
    const { total, page } = browsePage(index, 'fit', undefined, compileFilter(index, q, NOW), facets, 0, 20);
    expect({ total, page }).toEqual({ total: 0, page: [] });
    expect(Object.values(facets.result()).every((counts) => Object.keys(counts).length === 0)).toBe(true);
  });
});
